import { describe, expect, it } from "vitest";
import { annotatedArticle } from "../../bench/annotated-articles.ts";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated, ingestMany } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";

/**
 * Writing new articles must cost what they write, not what the archive holds. The same articles
 * are written into a graph of N and of 10N articles over the same entity graph
 * (bench/annotated-articles.ts, "fixed"), every article of one date, so the hubs' relationships
 * have ten times the evidence and the date ten times the articles; the database hits of every
 * statement of the write (PROFILE) may grow by at most 1.5×. This caught merge-relationships'
 * MERGE with a dynamic type, which scanned every relationship of the graph per row, and the tie
 * check's seek of every article of a date.
 *
 * The entity graph is the same at both sizes, so growth alone cannot see a statement that reads a
 * whole relationship type: merge-relationships also has a budget per relationship row. Its lookup
 * over the type union was planned, by the statistics of the moment, as a scan of a type's id
 * index in about one run of six (136 db hits per row instead of 33; now 22–30). Later, with one
 * branch per type under `USING INDEX`, the hint was still met by a scan of the type's id index for
 * some types (1,517 → 2,476 db hits, 1.63×, failing the growth check in CI); `USING INDEX SEEK`
 * now forces the seek, and six runs in a row measured 1,517 → 1,517.
 *
 * Left out on purpose: a changed or deleted article's relationships are recomputed from all
 * their remaining evidence (summarise-relationships), which grows with that evidence by design.
 */
const N = 20;
const GROWTH = 1.5;
const DATE = "2020-01-01";
/**
 * db hits per relationship row of merge-relationships. With one seek per row the batch's 65 rows
 * measured 1,452–1,981 (22–30 a row: the tie checks and the created relationships' writes vary
 * from run to run); the scan of a type's id index cost 8,862 (136 a row). The budget sits between
 * the two with room on both sides, so it fails on a scan and not on noise.
 */
const MERGE_RELATIONSHIPS_HITS_PER_ROW = 50;

const doc = (i: number): AnnotatedArticle => {
  const generated = annotatedArticle(i, "fixed");
  return { ...generated, article: { ...generated.article, publishedAt: DATE } };
};
const items = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => ({
    kind: "annotated" as const,
    file: "cost.jsonl",
    line: k + 1,
    value: doc(from + k),
  }));

describe("write cost as the archive grows", () => {
  const graph = useTestGraph();

  /** Per statement, the db hits of a batch of 10 new articles and of one new article alone. */
  async function profiledWrites(archive: number) {
    await graph.reset();
    await migrate(graph.executor);
    const repo = createArticleRepository(graph.executor);
    for await (const o of ingestMany(repo, items(0, archive), { batchSize: 100 })) {
      expect(o.status).toBe("created");
    }
    const hits = new Map<string, number>();
    const rows = new Map<string, number>();
    const profiled = createArticleRepository(
      graph.executor.with({
        profile: true,
        observer: ({ name, dbHits, params }) => {
          hits.set(name, (hits.get(name) ?? 0) + (dbHits ?? Number.NaN));
          const list = params.relationships;
          if (Array.isArray(list)) rows.set(name, (rows.get(name) ?? 0) + list.length);
        },
      }),
    );
    const batch: string[] = [];
    for await (const o of ingestMany(profiled, items(1000, 1010), { batchSize: 100 })) {
      batch.push(o.status);
    }
    expect(batch).toEqual(Array(10).fill("created"));
    const cost = new Map([...hits].map(([name, n]) => [`batch ${name}`, n]));
    const merged = rows.get("ingest/merge-relationships") ?? 0;
    expect(merged).toBeGreaterThan(0);
    expect(hits.get("ingest/merge-relationships")).toBeLessThanOrEqual(
      merged * MERGE_RELATIONSHIPS_HITS_PER_ROW,
    );
    hits.clear();
    expect((await ingestAnnotated(profiled, doc(2000))).status).toBe("created");
    for (const [name, n] of hits) cost.set(`one ${name}`, n);
    const [row] = await graph.executor.read(
      {
        name: "test",
        text: "MATCH (a:Article {publishedAt: $date}) RETURN count(a) AS n",
      },
      { date: DATE },
    );
    expect(Number(row?.n)).toBe(archive + 11);
    return cost;
  }

  it(`grows the db hits of every statement of a write of new articles by at most ${GROWTH}x from ${N} to ${10 * N} articles`, {
    timeout: 900_000,
  }, async () => {
    const small = await profiledWrites(N);
    const large = await profiledWrites(10 * N);
    expect([...large.keys()]).toEqual([...small.keys()]);
    expect(small.get("batch ingest/merge-relationships")).toBeGreaterThan(0);
    const report: string[] = [];
    const tooCostly: string[] = [];
    for (const [name, before] of small) {
      const after = large.get(name) ?? Number.NaN;
      const line = `${name}: ${before} → ${after} db hits`;
      report.push(line);
      if (!(after <= before * GROWTH)) tooCostly.push(line);
    }
    console.log(report.join("\n"));
    expect(tooCostly).toEqual([]);
  });
});
