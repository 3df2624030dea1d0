/**
 * The evidence write alone, two shapes alternating in one throwaway Neo4j (so both share its JIT
 * state, page cache and the machine's load of the moment): the shape before migrations 056–057
 * (12 properties: the whole id and the ingest time; no date when undated; indexes on relId and on
 * (relId, publishedAt)) against the current one (`n` only when not 0, no ingest time, '' when
 * undated; the (relId, publishedAt) index alone). The old shape is written under another label
 * (`OldEvidence`) with its two indexes. Each round writes one batch of the bench's articles'
 * evidence (85 articles, as `newsgraph ingest` batches them) per shape, in one transaction each,
 * the order swapped every round; Neo4j's CPU without its JIT compiler threads is read from /proc
 * around each. `npx tsx bench/evidence-write.ts`; BENCH_EVIDENCE_ROUNDS (12), of which the first
 * BENCH_EVIDENCE_WARMUP (4) are not counted.
 */
import { appendFile, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { AnnotatedArticle } from "../src/domain/article.ts";
import { articleText } from "../src/domain/article.ts";
import type { WritePlan } from "../src/graph/article-write.ts";
import { readInputs } from "../src/ingest/ingest.ts";
import { planArticle } from "../src/ingest/plan.ts";
import { createInlineWork } from "../src/ingest/work.ts";
import { syntheticArticle } from "./articles.ts";
import { startBenchNeo4j } from "./throwaway-neo4j.ts";

const ROUNDS = Number(process.env.BENCH_EVIDENCE_ROUNDS ?? 12);
const WARMUP = Number(process.env.BENCH_EVIDENCE_WARMUP ?? 4);
const BATCH = 85;

const OLD = `UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.evidence AS row
CREATE (ev:OldEvidence {
  id: row.id, relId: row.relId, articleId: article.id, sentence: row.sentence,
  start: row.start, end: row.end, confidence: row.confidence, extractor: row.extractor,
  rule: row.rule, properties: row.properties, publishedAt: article.publishedAt,
  ingestedAt: article.ingestedAt
})-[:IN_ARTICLE]->(a)
RETURN count(ev) AS evidence`;

const NEW = `UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.evidence AS row
CREATE (ev:Evidence {
  relId: row.relId, articleId: article.id, n: toInteger(row.n), sentence: row.sentence,
  start: row.start, end: row.end, confidence: row.confidence, extractor: row.extractor,
  rule: row.rule, properties: row.properties, publishedAt: coalesce(article.publishedAt, '')
})-[:IN_ARTICLE]->(a)
RETURN count(ev) AS evidence`;

async function cpuWithoutJit(pid: string): Promise<number> {
  let ms = 0;
  for (const tid of await readdir(`/proc/${pid}/task`)) {
    try {
      const comm = (await readFile(`/proc/${pid}/task/${tid}/comm`, "utf8")).trim();
      if (/^C[12] CompilerThre/.test(comm)) continue;
      const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      ms += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      // ended meanwhile
    }
  }
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const neo4j = await startBenchNeo4j("evidence-write");
  try {
    const pid = (await readFile(join(neo4j.dir, "neo4j", "neo4j.pid"), "utf8")).trim();
    for (const text of [
      "CREATE INDEX old_evidence_rel_id IF NOT EXISTS FOR (e:OldEvidence) ON (e.relId)",
      "CREATE INDEX old_evidence_rel_published_at IF NOT EXISTS FOR (e:OldEvidence) ON (e.relId, e.publishedAt)",
    ]) {
      await neo4j.executor.write({ name: "bench/old-index", text });
    }
    await neo4j.executor.write({ name: "bench/await", text: "CALL db.awaitIndexes(300)" });
    // The bench's 300-word articles, extracted once; each round writes new article ids.
    const inline = createInlineWork();
    const plainFile = join(neo4j.dir, "plain.jsonl");
    const lines: string[] = [];
    for (let i = 0; i < BATCH * 4; i++) {
      lines.push(
        JSON.stringify({
          id: `bench-${i}`,
          ...syntheticArticle(i, i % 2 ? "en" : "nl", 300),
          source: `bench ${i % 5}`,
          publishedAt: `2019-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
        }),
      );
    }
    await appendFile(plainFile, `${lines.join("\n")}\n`);
    const plans: WritePlan[] = [];
    for await (const item of readInputs([plainFile])) {
      if (item.kind === "invalid") throw item.error;
      const prepared = await inline.prepare(item);
      if (!prepared.ok) throw new Error(prepared.problem.message);
      plans.push(planArticle(JSON.parse(prepared.docJson) as AnnotatedArticle));
    }
    const batchOf = (round: number, shape: string) =>
      Array.from({ length: BATCH }, (_, k) => {
        const plan = plans[(round * BATCH + k) % plans.length]!;
        const id = `${shape}-${round}-${k}`;
        return {
          id,
          publishedAt: plan.article.publishedAt,
          ingestedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, round * BATCH + k)).toISOString(),
          evidence: plan.evidence.map((ev) => ({
            ...ev,
            id: `${ev.relId}@${id}#${ev.id.slice(ev.id.lastIndexOf("#") + 1)}`,
            n: Number(ev.id.slice(ev.id.lastIndexOf("#") + 1)) || null,
          })),
          text: articleText(plan.article).length,
        };
      });
    const rows = plans.slice(0, BATCH).reduce((n, p) => n + p.evidence.length, 0);
    const figures: Record<string, number[]> = { old: [], new: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? (["new", "old"] as const) : (["old", "new"] as const);
      for (const shape of order) {
        const articles = batchOf(round, shape);
        await neo4j.executor.write(
          { name: "bench/articles", text: "UNWIND $ids AS id CREATE (:Article {id: id})" },
          { ids: articles.map((a) => a.id) },
        );
        const before = await cpuWithoutJit(pid);
        await neo4j.executor.write(
          { name: `bench/evidence-${shape}`, text: shape === "old" ? OLD : NEW },
          { articles },
        );
        const ms = (await cpuWithoutJit(pid)) - before;
        if (round >= WARMUP) figures[shape]!.push(ms / BATCH);
      }
    }
    const round2 = (x: number) => Math.round(x * 100) / 100;
    console.log(
      JSON.stringify({
        batch: BATCH,
        evidenceRowsPerBatch: rows,
        counted: ROUNDS - WARMUP,
        msPerArticleWithoutJit: {
          old: { median: round2(median(figures.old!)), all: figures.old!.map(round2) },
          new: { median: round2(median(figures.new!)), all: figures.new!.map(round2) },
        },
      }),
    );
  } finally {
    await neo4j.stop();
  }
}

await main();
