import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { SetScore } from "../../../src/ingest/evaluate.ts";
import { formatScore, scoreSet } from "../../../src/ingest/evaluate.ts";
import { createDefaultExtractor } from "../../../src/ingest/extract/default.ts";
import { extractRead, outputBaseName, toGoldFormat } from "../../../src/ingest/extract/run.ts";
import { readArticleInputs } from "../../../src/ingest/input/read.ts";

/**
 * The quality bar of issue 3, measured on the sample articles from their plain text with the
 * shipped knowledge base, against the gold copies kept in this repository.
 */
const ROOT = resolve(import.meta.dirname, "../../..");
const SHARED_TOOL = resolve(ROOT, "../shared/tools/score-extraction");
// Issue 8's bars, raised after the recall work (dev relations F1 0.887 at precision 0.988, seed
// 0.986): a rule change that costs precision or recall on either set fails here. The dev set is
// a copy of ../shared/corpus/dev and ../shared/gold/dev (17 real articles, Dutch and English).
const BARS = {
  seed: { entities: 0.95, relations: 0.95, relationPrecision: 0.95 },
  dev: { entities: 0.93, relations: 0.8, relationPrecision: 0.95 },
} as const;

async function run(
  set: "seed" | "dev",
): Promise<{ score: SetScore; predDir: string; goldDir: string }> {
  const extractor = createDefaultExtractor();
  const goldDir = join(ROOT, "test/fixtures/gold", set);
  const predDir = mkdtempSync(join(tmpdir(), `newsgraph-${set}-`));
  const preds = new Map<string, unknown>();
  for await (const read of readArticleInputs([join(ROOT, "test/fixtures/corpus", set)])) {
    const result = await extractRead(extractor, read);
    if ("error" in result) throw new Error(`${read.file}: ${result.error}`);
    const out = toGoldFormat(result);
    const name = `${outputBaseName(read)}.json`;
    writeFileSync(join(predDir, name), JSON.stringify(out));
    preds.set(name, out);
  }
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const score = scoreSet(
    files.map((name) => ({
      name,
      gold: JSON.parse(readFileSync(join(goldDir, name), "utf8")),
      pred: preds.get(name) as never,
    })),
  );
  return { score, predDir, goldDir };
}

describe.each(["seed", "dev"] as const)("extraction quality on the %s articles", (set) => {
  it(`reaches entity F1 ≥ ${BARS[set].entities}, relation F1 ≥ ${BARS[set].relations} and relation precision ≥ ${BARS[set].relationPrecision}`, async () => {
    const { score } = await run(set);
    console.log(`${set}\n${formatScore(score)}`);
    expect(score.entities.f1).toBeGreaterThanOrEqual(BARS[set].entities);
    expect(score.relations.f1).toBeGreaterThanOrEqual(BARS[set].relations);
    expect(score.relations.precision).toBeGreaterThanOrEqual(BARS[set].relationPrecision);
  });

  it.skipIf(!existsSync(SHARED_TOOL))(
    "gives the same figures as the shared scoring tool",
    async () => {
      const { score, predDir, goldDir } = await run(set);
      const output = execFileSync(SHARED_TOOL, [goldDir, predDir], { encoding: "utf8" });
      expect(formatScore(score)).toBe(output.trim());
    },
  );
});
