import fs from "node:fs";
import path from "node:path";
import type { AnnotatedArticle } from "../domain/article.ts";
import { NewsgraphError } from "../domain/errors.ts";
import type { ArticleRepository } from "../graph/article-repository.ts";
import { AnnotatedArticleError, parseAnnotatedArticle, parseJsonText } from "./annotated-schema.ts";
import {
  ArticleTooLargeError,
  checkArticleSize,
  DEFAULT_MAX_ARTICLE_BYTES,
  titleAndBody,
} from "./article-size.ts";
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

export interface IngestOptions {
  file?: string;
  line?: number;
  /** Articles whose text is larger are refused before anything else. @default 1 MB */
  maxArticleBytes?: number;
}

/** How an article is named in messages: its file (and line), else its id, else its title. */
export function articleLabel(
  article: { id?: unknown; title?: unknown } | undefined,
  where: { file?: string; line?: number } = {},
): string {
  if (where.file) return `${where.file}${where.line ? `:${where.line}` : ""}`;
  if (typeof article?.id === "string" && article.id) return `article ${article.id}`;
  const title = typeof article?.title === "string" ? article.title.trim() : "";
  return title ? `article "${title.length > 60 ? `${title.slice(0, 57)}…` : title}"` : "article";
}

/**
 * Refuses an article (plain, or the `article` of an annotated one; untrusted values too) whose
 * text is over the limit, as an IngestError naming it, the size and the limit.
 */
export function checkIngestSize(article: unknown, options: IngestOptions = {}): void {
  const text = titleAndBody(article);
  if (!text) return;
  try {
    checkArticleSize(
      text,
      options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
      articleLabel(article as { id?: unknown; title?: unknown }, options),
    );
  } catch (error) {
    if (!(error instanceof ArticleTooLargeError)) throw error;
    throw new IngestError(error.message, options.file, options.line, error);
  }
}

/**
 * Validates, plans and writes one annotated article in one transaction. Unchanged content (same
 * hash as the stored version) writes nothing; changed content replaces the article's mentions and
 * evidence. `annotated` may be untrusted JSON: it is validated here, after its size is checked.
 */
export async function ingestAnnotated(
  repo: ArticleRepository,
  annotated: AnnotatedArticle | unknown,
  options: IngestOptions = {},
): Promise<IngestResult> {
  checkIngestSize((annotated as { article?: unknown } | null)?.article, options);
  let doc: AnnotatedArticle;
  try {
    doc = parseAnnotatedArticle(annotated, options);
  } catch (error) {
    if (error instanceof AnnotatedArticleError) {
      throw new IngestError(error.message, options.file, options.line, error);
    }
    throw error;
  }
  const unresolved = planArticle(doc);
  const countsOf = (plan: typeof unresolved) => ({
    articleId: plan.article.id,
    entities: plan.counts.entities,
    relations: plan.counts.relations,
    mentions: plan.counts.mentions,
  });
  const storedHash = await repo.findArticleHash(unresolved.article.id);
  if (storedHash === unresolved.article.contentHash) {
    return { ...countsOf(unresolved), status: "unchanged" };
  }
  // Ids come from names: a name whose entity was merged into another must be written to the kept
  // entity, or re-ingesting an article that still names it would undo the merge.
  const redirects = await repo.findRedirects(unresolved.entities.map((e) => e.id));
  const plan = redirects.size > 0 ? planArticle(doc, { redirects }) : unresolved;
  const counts = countsOf(plan);
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

/** Files the ingest command reads from a directory; anything else there is left alone. */
export const ARTICLE_FILE_EXTENSIONS = [
  ".json",
  ".jsonl",
  ".ndjson",
  ".txt",
  ".text",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".xhtml",
] as const;

/** One thing to ingest found in the input: an annotated article, a plain article, or a failure. */
export type InputItem =
  | { kind: "annotated"; file: string; line?: number; value: unknown }
  /** A plain article (needs extraction); `value` is its JSON object when it came from JSON. */
  | { kind: "plain"; file: string; line?: number; value?: unknown }
  | { kind: "invalid"; file: string; line?: number; error: IngestError };

/**
 * Expands files and directories (recursively, sorted, hidden entries skipped) into files. A path
 * that does not exist becomes an `invalid` item, so one typo does not stop the others.
 */
export function listInputFiles(paths: readonly string[]): (string | InputItem)[] {
  const out: (string | InputItem)[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isArticleFile(entry.name)) out.push(full);
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      out.push({
        kind: "invalid",
        file: p,
        error: new IngestError(`${p}: no such file or directory`, p),
      });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** An object with an `entities` field is an annotated article; other JSON objects are plain ones. */
function isAnnotated(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && "entities" in value
  );
}

function invalid(file: string, error: unknown, line?: number): InputItem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: "invalid",
    file,
    ...(line ? { line } : {}),
    error:
      error instanceof IngestError
        ? error
        : new IngestError(
            message.startsWith(file) ? message : `${file}: ${message}`,
            file,
            line,
            error,
          ),
  };
}

/**
 * A JSON item as an input item: annotated when it has `entities`, else plain; `invalid` when its
 * article text is over the size limit, so nothing is extracted or written for it.
 */
function jsonItem(
  value: unknown,
  where: { file: string; line?: number },
  options: { maxArticleBytes?: number },
): InputItem {
  const annotated = isAnnotated(value);
  try {
    checkIngestSize(annotated ? (value as { article?: unknown }).article : value, {
      ...where,
      ...options,
    });
  } catch (error) {
    return invalid(where.file, error, where.line);
  }
  return { kind: annotated ? "annotated" : "plain", ...where, value };
}

/**
 * Reads one file into items: a JSON object (annotated when it has `entities`), a JSON array of
 * them, JSON Lines (one per line; blank lines skipped), or any other file as a plain article.
 * Articles of other files are checked for size when they are read (readArticleInputs).
 */
export function readInputItems(
  file: string,
  options: { maxArticleBytes?: number } = {},
): InputItem[] {
  const lower = file.toLowerCase();
  const isJsonLines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  if (!isJsonLines && !lower.endsWith(".json")) return [{ kind: "plain", file }];
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return [invalid(file, error)];
  }
  if (isJsonLines) {
    return text.split("\n").flatMap((raw, i): InputItem[] => {
      const line = i + 1;
      if (raw.trim() === "") return [];
      try {
        const value = parseJsonText(raw, { file, line });
        return [jsonItem(value, { file, line }, options)];
      } catch (error) {
        return [invalid(file, error, line)];
      }
    });
  }
  let value: unknown;
  try {
    value = parseJsonText(text, { file });
  } catch (error) {
    return [invalid(file, error)];
  }
  if (Array.isArray(value)) {
    // Items are named "file.json[3]", as the extraction reader names them.
    return value.map((item, i) => jsonItem(item, { file: `${file}[${i}]` }, options));
  }
  return [jsonItem(value, { file }, options)];
}
