import type { ArticleInput } from "../../domain/article.ts";
import { openingDate } from "./opening-date.ts";

const SOURCE_LINE = /^\s*(?:bron|source|sources|bronnen)\s*:\s*(.+?)\s*$/iu;

/**
 * Plain news text: the title on the first non-empty line, the body after it, and an optional
 * closing "Bron: …" / "Source: …" line that names the publisher (and is not part of the body).
 * A date line or dateline at the top of the body gives the publication date (opening-date.ts);
 * it stays in the body, as the text was given.
 */
export function parsePlainText(raw: string): ArticleInput {
  const lines = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  const title = (lines.shift() ?? "").trim();
  let source: string | null = null;
  const last = lines[lines.length - 1];
  const sourceMatch = last === undefined ? null : SOURCE_LINE.exec(last);
  if (sourceMatch) {
    source = sourceMatch[1]!;
    lines.pop();
  }
  const body = lines.join("\n").trim();
  const publishedAt = openingDate(body);
  return publishedAt ? { title, body, source, publishedAt } : { title, body, source };
}

/** The source line may also close a body that came from Markdown, HTML or JSON. */
export function splitSourceLine(body: string): { body: string; source: string | null } {
  const lines = body.trimEnd().split("\n");
  const last = lines[lines.length - 1];
  const match = last === undefined ? null : SOURCE_LINE.exec(last);
  if (!match) return { body: body.trim(), source: null };
  lines.pop();
  return { body: lines.join("\n").trim(), source: match[1]! };
}
