import type { AnnotatedArticle } from "../domain/article.ts";
import { NewsgraphError } from "../domain/errors.ts";
import type { ArticleRepository } from "../graph/article-repository.ts";
import { AnnotatedArticleError, parseAnnotatedArticle } from "./annotated-schema.ts";
import { planArticle } from "./plan.ts";

export type IngestStatus = "created" | "updated" | "unchanged";

export interface IngestResult {
  articleId: string;
  status: IngestStatus;
  entities: number;
  relations: number;
  mentions: number;
}

/** An article that could not be ingested; names the file (and line) it came from. */
export class IngestError extends NewsgraphError {
  override name = "IngestError";
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    override readonly cause?: unknown,
  ) {
    super(
      cause instanceof NewsgraphError ? cause.code : "BAD_USER_INPUT",
      message,
      file ? { file, ...(line ? { line } : {}) } : undefined,
    );
  }
}

/**
 * Validates, plans and writes one annotated article in one transaction. Unchanged content (same
 * hash as the stored version) writes nothing; changed content replaces the article's mentions and
 * evidence. `annotated` may be untrusted JSON: it is validated here.
 */
export async function ingestAnnotated(
  repo: ArticleRepository,
  annotated: AnnotatedArticle | unknown,
  options: { file?: string; line?: number } = {},
): Promise<IngestResult> {
  let doc: AnnotatedArticle;
  try {
    doc = parseAnnotatedArticle(annotated, options);
  } catch (error) {
    if (error instanceof AnnotatedArticleError) {
      throw new IngestError(error.message, options.file, options.line, error);
    }
    throw error;
  }
  const plan = planArticle(doc);
  const counts = {
    articleId: plan.article.id,
    entities: plan.counts.entities,
    relations: plan.counts.relations,
    mentions: plan.counts.mentions,
  };
  const storedHash = await repo.findArticleHash(plan.article.id);
  if (storedHash === plan.article.contentHash) return { ...counts, status: "unchanged" };
  try {
    const written = await repo.writeArticle(plan);
    return { ...counts, status: written.replaced ? "updated" : "created" };
  } catch (error) {
    const where = options.file ? `${options.file}${options.line ? `:${options.line}` : ""}: ` : "";
    const reason = error instanceof Error ? error.message : String(error);
    throw new IngestError(
      `${where}article ${plan.article.id} was not written: ${reason}`,
      options.file,
      options.line,
      error,
    );
  }
}
