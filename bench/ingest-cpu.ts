/**
 * Neo4j's CPU per article of an annotated bulk ingest, by thread kind, in parts: the figure that
 * compares two builds' write paths on a shared machine (wall time moves with the other agents'
 * load, a process's CPU time much less). `npx tsx bench/ingest-cpu.ts`: a fresh throwaway Neo4j
 * takes `BENCH_WARMUP_ARTICLES` (300) of the bench's 300-word articles (its JIT compiles the
 * write path meanwhile), then `BENCH_CPU_PARTS` (3) parts of `BENCH_CPU_ARTICLES` (400) more,
 * as `newsgraph ingest` writes them (ingestMany, batches of NEWSGRAPH_INGEST_BATCH_SIZE); per part
 * it prints Neo4j's CPU per article, all threads and without the JIT compiler's, by thread kind,
 * and this process's CPU (its main thread apart). `BENCH_CPU_JSON` names a file the figures are
 * appended to (JSON Lines). `BENCH_CPU_INPUT=plain`: the parts are the plain articles instead,
 * extracted in the worker pool as `newsgraph ingest` runs them (NEWSGRAPH_WORKERS threads, the
 * annotated path inline); the command's CPU is then mostly extraction and its hand-over.
 */
import { appendFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import type { AnnotatedArticle } from "../src/domain/article.ts";
import { createArticleRepository } from "../src/graph/article-repository.ts";
import { createExecutor } from "../src/graph/executor.ts";
import { ingestMany, readInputs } from "../src/ingest/ingest.ts";
import { createIngestWork } from "../src/ingest/pool.ts";
import { createInlineWork } from "../src/ingest/work.ts";
import { syntheticArticle } from "./articles.ts";
import { threadsMs } from "./proc-threads.ts";
import { startBenchNeo4j } from "./throwaway-neo4j.ts";

const WARMUP = Number(process.env.BENCH_WARMUP_ARTICLES ?? 300);
const PARTS = Number(process.env.BENCH_CPU_PARTS ?? 3);
const PER_PART = Number(process.env.BENCH_CPU_ARTICLES ?? 400);
const BATCH_SIZE = Number(process.env.NEWSGRAPH_INGEST_BATCH_SIZE ?? 250);
const PLAIN = process.env.BENCH_CPU_INPUT === "plain";

async function processMs(pid: string): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function main() {
  const neo4j = await startBenchNeo4j("ingest-cpu");
  const work = PLAIN
    ? await createIngestWork(loadConfig().ingest.workers, { annotatedInline: true })
    : createInlineWork();
  try {
    const pid = (await readFile(join(neo4j.dir, "neo4j", "neo4j.pid"), "utf8")).trim();
    // Wall time per statement name, per part (BENCH_CPU_STATEMENTS=1 prints it): a statement whose
    // plan goes stale as the graph grows shows as a rising share from part to part.
    const byStatement = new Map<string, number>();
    const executor = createExecutor(neo4j.driver, {
      database: neo4j.settings.database,
      observers: [({ name, ms }) => byStatement.set(name, (byStatement.get(name) ?? 0) + ms)],
    });
    const repo = createArticleRepository(executor);
    // The bench's 300-word articles (bench/graph-ingest.ts), extracted once (not measured).
    const inline = createInlineWork();
    const total = WARMUP + PARTS * PER_PART;
    const plainFile = join(neo4j.dir, "plain.jsonl");
    const lines: string[] = [];
    const plainDocs: Record<string, unknown>[] = [];
    for (let i = 0; i < Math.min(total, 2_000); i++) {
      const language = i % 2 ? "en" : "nl";
      plainDocs.push({
        id: `bench-${i}`,
        ...syntheticArticle(i, language, 300),
        source: `bench ${i % 5}`,
        publishedAt: `2019-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      });
      lines.push(JSON.stringify(plainDocs[i]));
    }
    await appendFile(plainFile, `${lines.join("\n")}\n`);
    const annotated: AnnotatedArticle[] = [];
    for await (const item of PLAIN ? [] : readInputs([plainFile])) {
      if (item.kind === "invalid") throw item.error;
      const prepared = await inline.prepare(item);
      if (!prepared.ok) throw new Error(prepared.problem.message);
      annotated.push(JSON.parse(prepared.docJson) as AnnotatedArticle);
    }
    const file = join(neo4j.dir, "articles");
    const write = async (name: string, from: number, count: number) => {
      const path = `${file}-${name}.jsonl`;
      const lines: string[] = [];
      for (let i = from; i < from + count; i++) {
        if (PLAIN) {
          lines.push(JSON.stringify({ ...plainDocs[i % plainDocs.length], id: `cpu-${i}` }));
          continue;
        }
        const doc = annotated[i % annotated.length]!;
        lines.push(JSON.stringify({ ...doc, article: { ...doc.article, id: `cpu-${i}` } }));
      }
      await appendFile(path, `${lines.join("\n")}\n`);
      return path;
    };
    const part = async (name: string, from: number, count: number) => {
      const path = await write(name, from, count);
      const before = await threadsMs(pid);
      const cpuBefore = await processMs(pid);
      const own = process.cpuUsage();
      const mainBefore = await mainThreadMs();
      byStatement.clear();
      const start = performance.now();
      let created = 0;
      for await (const outcome of ingestMany(repo, readInputs([path]), {
        work,
        batchSize: BATCH_SIZE,
      })) {
        if (outcome.status === "failed") throw outcome.error;
        if (outcome.status === "created") created += 1;
      }
      const seconds = (performance.now() - start) / 1000;
      const ownUsage = process.cpuUsage(own);
      const mainMs = (await mainThreadMs()) - mainBefore;
      const after = await threadsMs(pid);
      const cpu = (await processMs(pid)) - cpuBefore;
      const kinds: Record<string, number> = {};
      for (const [kind, ms] of [...after].sort((a, b) => b[1] - a[1])) {
        const per = (ms - (before.get(kind) ?? 0)) / created;
        if (per >= 0.05) kinds[kind] = Math.round(per * 100) / 100;
      }
      const round = (x: number) => Math.round(x * 100) / 100;
      const figures = {
        part: name,
        articles: created,
        perSecond: Math.round((created / seconds) * 10) / 10,
        neo4jMsPerArticle: round(cpu / created),
        withoutJitMsPerArticle: round(cpu / created - (kinds["JIT compiler"] ?? 0)),
        commandMsPerArticle: round((ownUsage.user + ownUsage.system) / 1000 / created),
        commandMainThreadMsPerArticle: round(mainMs / created),
        byThread: kinds,
        ...(process.env.BENCH_CPU_STATEMENTS === "1"
          ? {
              statementMsPerArticle: Object.fromEntries(
                [...byStatement]
                  .sort((a, b) => b[1] - a[1])
                  .map(([statement, ms]) => [statement, round(ms / created)]),
              ),
            }
          : {}),
      };
      console.log(JSON.stringify(figures));
      if (process.env.BENCH_CPU_JSON) {
        await appendFile(process.env.BENCH_CPU_JSON, `${JSON.stringify(figures)}\n`);
      }
    };
    if (WARMUP > 0) await part("warmup", 0, WARMUP);
    for (let k = 0; k < PARTS; k++) await part(`part${k + 1}`, WARMUP + k * PER_PART, PER_PART);
  } finally {
    await work.close();
    await neo4j.stop();
  }
}

/** This process's main thread's CPU (its thread id is the process id). */
function mainThreadMs(): Promise<number> {
  return processMs(`${process.pid}/task/${process.pid}`);
}

await main();
