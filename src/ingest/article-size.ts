import type { ArticleInput } from "../domain/article.ts";
import { TITLE_SEPARATOR } from "../domain/article.ts";
import { NewsgraphError } from "../domain/errors.ts";

/**
 * The article size limit (issue 8): an article whose text (title, blank line, body) is larger
 * than this many UTF-8 bytes is refused where it enters — the input readers, the ingest use case,
 * the API — before any extraction or write. Configured by NEWSGRAPH_MAX_ARTICLE_BYTES
 * (src/config.ts); this is its default, 1 MB.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 1_048_576;

/** An article refused for its size; names the article, its size and the limit. */
export class ArticleTooLargeError extends NewsgraphError {
  override name = "ArticleTooLargeError";
  /** The message without the article's name. */
  readonly reason: string;
  constructor(
    readonly article: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    const reason = `the article text is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)} (NEWSGRAPH_MAX_ARTICLE_BYTES); nothing of it was extracted or written`;
    super("BAD_USER_INPUT", `${article}: ${reason}`, { article, bytes, limit });
    this.reason = reason;
  }
}

/** Size of `articleText(article)` in UTF-8 bytes, without building the text. */
export function articleTextBytes(article: Pick<ArticleInput, "title" | "body">): number {
  return (
    Buffer.byteLength(article.title, "utf8") +
    TITLE_SEPARATOR.length +
    Buffer.byteLength(article.body, "utf8")
  );
}

/** Throws ArticleTooLargeError when the article's text is over `limit` bytes. */
export function checkArticleSize(
  article: Pick<ArticleInput, "title" | "body">,
  limit: number,
  name: string,
): void {
  // Cheap bound first: a UTF-8 byte count is at most three per UTF-16 code unit.
  if ((article.title.length + article.body.length + TITLE_SEPARATOR.length) * 3 <= limit) return;
  const bytes = articleTextBytes(article);
  if (bytes > limit) throw new ArticleTooLargeError(name, bytes, limit);
}

/**
 * The title and body of an untrusted article value when both are strings (validation reports
 * anything else), so its size can be checked before the value is validated.
 */
export function titleAndBody(value: unknown): { title: string; body: string } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { title, body } = value as Record<string, unknown>;
  return typeof title === "string" && typeof body === "string" ? { title, body } : undefined;
}

/** "1 MB", "1.4 MB", "900 KB", "512 bytes" (binary units, as the default is written). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_048_576) return `${round(bytes / 1_048_576)} MB (${bytes} bytes)`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
