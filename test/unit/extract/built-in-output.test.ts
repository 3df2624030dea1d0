import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { syntheticArticle } from "../../../bench/articles.ts";
import type { ArticleInput, Extractor } from "../../../src/domain/article.ts";
import { parseAnnotatedArticle } from "../../../src/ingest/annotated-schema.ts";
import { isBuiltIn, markBuiltIn } from "../../../src/ingest/extract/built-in.ts";
import { createDefaultExtractor } from "../../../src/ingest/extract/default.ts";
import { planArticle } from "../../../src/ingest/plan.ts";
import { createInlineWork, type IngestTask, type Prepared } from "../../../src/ingest/work.ts";

/**
 * Ingest plans the built-in rules' output without validating it as an annotated article
 * (src/ingest/extract/built-in.ts). What it plans must be what the validated path planned: on
 * every committed article and the bench's articles, the validator accepts the output unchanged
 * and its plan is the one ingest made. A plugged-in extractor's output is still validated.
 */
const CORPUS = fileURLToPath(new URL("../../fixtures/corpus/", import.meta.url));

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return corpusFiles(full);
    return entry.name.endsWith(".txt") ? [full] : [];
  });
}

/** What the validated path gives for the same output: the plan of the validated document. */
function validatedPlan(prepared: Extract<Prepared, { ok: true }>) {
  const doc = parseAnnotatedArticle(JSON.parse(prepared.docJson));
  expect(doc).toEqual(JSON.parse(prepared.docJson));
  return JSON.stringify(planArticle(doc));
}

const extractor = createDefaultExtractor();
const work = createInlineWork(() => extractor);

describe("the built-in extractor's output, planned without validation", () => {
  it("is the default extractor's, and only its", () => {
    expect(isBuiltIn(extractor)).toBe(true);
    expect(isBuiltIn({ name: "other@1", extract: extractor.extract })).toBe(false);
  });

  it("validates unchanged and plans as validated, on every committed article and the bench's", async () => {
    const tasks: IngestTask[] = corpusFiles(CORPUS).map((file) => ({ kind: "plain", path: file }));
    for (let i = 0; i < 60; i++) {
      const language = i % 2 ? ("en" as const) : ("nl" as const);
      const article = { id: `bench-${i}`, ...syntheticArticle(i, language, 300), language };
      tasks.push({ kind: "plain", article: { ...article, source: `bench ${i % 5}` } });
    }
    expect(tasks.length).toBeGreaterThan(250);
    let relations = 0;
    for (const task of tasks) {
      const prepared = await work.prepare(task);
      if (!prepared.ok) throw new Error(prepared.problem.message);
      expect(JSON.stringify(prepared.plan)).toBe(validatedPlan(prepared));
      relations += prepared.plan.relationships.length;
    }
    expect(relations).toBeGreaterThan(500);
  }, 60_000);

  it("an article the validation would change (a title with spaces around it) has the validated path's outcome", async () => {
    const article: ArticleInput = {
      title: "  Nederland stuurt F-35's naar Litouwen  ",
      body: "Nederland stuurt vier F-35's naar Litouwen. Minister Brekelmans bezocht de NAVO in Brussel.",
      language: "nl",
    };
    // The same rules, not marked built in: their output is validated as a plugged-in one's.
    const validated: Extractor = { name: extractor.name, extract: (a) => extractor.extract(a) };
    const expected = await createInlineWork(() => validated).prepare({ kind: "plain", article });
    const got = await work.prepare({ kind: "plain", article });
    // docJson is parsed again before use: its key order (zod's, on the validated path) is not part of it.
    const parsed = (p: typeof got) => (p.ok ? { ...p, docJson: JSON.parse(p.docJson) } : p);
    expect(parsed(got)).toEqual(parsed(expected));
    // The title is trimmed before the rules count offsets in it, as a file's title is: accepted.
    expect(expected.ok).toBe(true);
    if (expected.ok) {
      expect(JSON.parse(expected.docJson).article.title).toBe(
        "Nederland stuurt F-35's naar Litouwen",
      );
    }
  });

  const badOutput = {
    language: "nl" as const,
    entities: [{ type: "Country" as const, name: "Nederland", mentions: [{ start: 0, end: 9 }] }],
    relations: [{ type: "PARTICIPATES_IN" as const, source: "Nederland", target: "Atlantis" }],
  };
  const article: ArticleInput = { title: "Nederland", body: "Nederland stuurt.", language: "nl" };

  it("a plugged-in extractor's bad output is refused with the validator's message", async () => {
    const plugged: Extractor = { name: "plugged@1", extract: () => badOutput };
    const prepared = await createInlineWork(() => plugged).prepare({ kind: "plain", article });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) {
      expect(prepared.problem.code).toBe("BAD_USER_INPUT");
      expect(prepared.problem.message).toBe(
        'relations[0].target: "Atlantis" is not the name or alias of an entity in this article',
      );
    }
  });

  it("built-in output the planner refuses (a bug in the rules) is validated, and named the same way", async () => {
    const buggy = markBuiltIn({ name: "rules-with-a-bug@1", extract: () => badOutput });
    const prepared = await createInlineWork(() => buggy).prepare({ kind: "plain", article });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) {
      expect(prepared.problem.message).toBe(
        'relations[0].target: "Atlantis" is not the name or alias of an entity in this article',
      );
    }
  });
});
