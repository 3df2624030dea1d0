import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../src/domain/article.ts";
import type { Language } from "../src/domain/vocabulary.ts";
import { parsePlainText } from "../src/ingest/input/plain-text.ts";

/**
 * One very long article of about `bytes` of text: the bodies of the article files in `dir` of one
 * language, repeated in turn. Real sentences, so every recogniser and rule has work at every size;
 * the same names recur, as they do in a long report.
 */
export function largeArticle(
  bytes: number,
  language: Language,
  dir = join(import.meta.dirname, "../data/samples"),
): ArticleInput & { language: Language } {
  const bodies = readdirSync(dir)
    // Files are named by language: "en-…" are English, the others Dutch.
    .filter((f) => f.endsWith(".txt") && f.startsWith("en-") === (language === "en"))
    .sort()
    .map((f) => parsePlainText(readFileSync(join(dir, f), "utf8")).body);
  if (bodies.length === 0) throw new Error(`no ${language} articles in ${dir}`);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    size += Buffer.byteLength(body, "utf8") + 2;
  }
  return {
    title: `Long report (${Math.round(bytes / 1024)} KB)`,
    body: parts.join("\n\n"),
    language,
  };
}
