/**
 * Validation and planning of one large annotated article (5,000 entities, 2,000 relations): the
 * work `ingestArticle(annotated:)` hands to a worker thread. Measured against reading the same
 * article's JSON text in the same process (the least any ingest of it must do). Issue 10's target:
 * under 2 s.
 */
import { parseAnnotatedArticle } from "../src/ingest/annotated-schema.ts";
import { planArticle } from "../src/ingest/plan.ts";
import { largeAnnotatedArticle } from "./annotated-articles.ts";

export function validationBench(): { ms: number; baselineMs: number } {
  const doc = largeAnnotatedArticle(5_000, 2_000);
  const text = JSON.stringify(doc);
  const best = (run: () => void) => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      run();
      min = Math.min(min, performance.now() - start);
    }
    return min;
  };
  const baselineMs = best(() => JSON.parse(text));
  const ms = best(() => planArticle(parseAnnotatedArticle(JSON.parse(text))));
  console.log(
    `validation of one annotated article (5,000 entities, 2,000 relations, ${(text.length / 1e6).toFixed(1)} MB of JSON)`,
  );
  console.log(`  baseline  JSON.parse:            ${baselineMs.toFixed(0)} ms`);
  console.log(`  validate  parse+validate+plan:   ${ms.toFixed(0)} ms`);
  console.log(
    `  ratio     ${(ms / baselineMs).toFixed(1)}x the baseline; under 2 s: ${ms < 2_000 ? "met" : "NOT met"}`,
  );
  return { ms, baselineMs };
}
