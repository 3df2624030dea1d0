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

/** Shapes of text no news article has, but hostile or broken input can: see `hostileArticle`. */
export const HOSTILE_SHAPES = ["comma list", "counted equipment", "one paragraph"] as const;
export type HostileShape = (typeof HOSTILE_SHAPES)[number];

/**
 * One article of about `bytes` of text in a shape that has made rules cost the square of its
 * size: a comma list with no sentence end (one "sentence" of the whole text), counted equipment
 * with no sentence end ("12 F-16's en 13 F-16's en …"), and the sample articles' sentences run
 * together into one paragraph with no line break.
 */
export function hostileArticle(
  bytes: number,
  shape: HostileShape,
  dir = join(import.meta.dirname, "../data/samples"),
): ArticleInput & { language: Language } {
  const sample = largeArticle(20_000, "nl", dir).body;
  const words = sample.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part =
      shape === "comma list"
        ? `${words[i % words.length]}, `
        : shape === "counted equipment"
          ? `${i + 2} F-16's en `
          : `${sample.replace(/\s*\n\s*/g, " ")} `;
    parts.push(part);
    size += Buffer.byteLength(part, "utf8");
  }
  return { title: `Hostile input (${shape})`, body: parts.join("").trim(), language: "nl" };
}
