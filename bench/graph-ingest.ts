/**
 * Ingest into a real Neo4j (issue 9, "A benchmark that shows it"): a generated JSON Lines file
 * streamed through `ingestMany` (extraction in the worker pool, annotated articles validated on
 * the main thread, new articles
 * written `NEWSGRAPH_INGEST_BATCH_SIZE` per transaction), as `newsgraph ingest` runs it:
 *
 *   - annotated articles end to end (read, validate, plan, write);
 *   - plain articles with extraction;
 *   - the same annotated file again (unchanged: one hash lookup per batch);
 *   - a per-row baseline: every node and relationship of the same articles sent as its own
 *     auto-commit MERGE, aggregates recomputed per relationship row;
 *   - peak RSS of `newsgraph ingest` (a child process) of a large JSON Lines file.
 *
 * Runs on a throwaway local Neo4j (fresh data directory, free port) so it never writes into a
 * user's graph, whatever NEO4J_URI says. Figures are printed and merged into bench-results.json
 * under "ingest".
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import type { AnnotatedArticle } from "../src/domain/article.ts";
import { createArticleRepository } from "../src/graph/article-repository.ts";
import { ingestMany, readInputs } from "../src/ingest/ingest.ts";
import { planArticle } from "../src/ingest/plan.ts";
import { createIngestWork } from "../src/ingest/pool.ts";
import { createInlineWork } from "../src/ingest/work.ts";
import { neo4jEnv } from "../test/support/neo4j-env.ts";
import { syntheticArticle } from "./articles.ts";
import { threadsMs } from "./proc-threads.ts";
import { mergeResults } from "./results.ts";
import { startBenchNeo4j } from "./throwaway-neo4j.ts";

const GRAPH_ARTICLES = Number(process.env.BENCH_GRAPH_ARTICLES ?? 2_000);
const BASELINE_ARTICLES = Number(process.env.BENCH_BASELINE_ARTICLES ?? 100);
const RSS_ARTICLES = Number(process.env.BENCH_RSS_ARTICLES ?? 20_000);
const BATCH_SIZE = Number(process.env.NEWSGRAPH_INGEST_BATCH_SIZE ?? 250);
/**
 * Articles written (and kept) before the timed runs, into the fresh Neo4j: its JVM compiles the
 * write path's code during the first few hundred articles (several times their steady cost in
 * CPU), a one-time cost per Neo4j process that the rates below leave out; its own rate is
 * reported as `warmupPerSecond`.
 */
const WARMUP_ARTICLES = Number(process.env.BENCH_WARMUP_ARTICLES ?? 300);
/**
 * The annotated and the with-extraction runs are each timed in consecutive windows of
 * GRAPH_ARTICLES new articles into the same Neo4j. The first window is the "cold" figure (the
 * one the bench always reported: Neo4j's JIT still compiling much of the write path, and with
 * extraction the worker thread starting); the last is the "steady" rate a long ingest settles
 * at. Both are printed and kept, with every window between.
 */
const ANNOTATED_WINDOWS = Math.max(1, Number(process.env.BENCH_ANNOTATED_WINDOWS ?? 3));
const EXTRACTION_WINDOWS = Math.max(1, Number(process.env.BENCH_EXTRACTION_WINDOWS ?? 2));
const RESULTS = process.env.BENCH_RESULTS ?? "bench-results.json";

async function writeLines(file: string, count: number, line: (i: number) => string) {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${line(i)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

function plainLine(i: number): string {
  const language = i % 2 ? "en" : "nl";
  const article = syntheticArticle(i, language, 300);
  return JSON.stringify({
    id: `graph-bench-${i}`,
    ...article,
    source: `bench ${i % 5}`,
    publishedAt: `2019-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
  });
}

/** Peak RSS (VmHWM) of a child process, read from /proc while it runs. */
async function peakRssOf(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk;
  });
  let peak = 0;
  const timer = setInterval(async () => {
    try {
      const status = await readFile(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      // gone already
    }
  }, 100);
  const [code] = (await once(child, "close")) as [number];
  clearInterval(timer);
  return { code, peak, stderr };
}

export async function graphIngestBench(): Promise<void> {
  const config = loadConfig();
  const neo4j = await startBenchNeo4j("graph");
  const { dir, driver } = neo4j;
  const plainFile = join(dir, "plain.jsonl");
  const annotatedFile = join(dir, "annotated.jsonl");
  const rssFile = join(dir, "rss.jsonl");
  // As `newsgraph ingest` runs it.
  const pool = await createIngestWork(config.ingest.workers, { annotatedInline: true });
  try {
    const byStatement = new Map<string, { n: number; ms: number }>();
    const executor = neo4j.executor.with({
      observer: ({ name, ms }) => {
        const entry = byStatement.get(name) ?? { n: 0, ms: 0 };
        entry.n += 1;
        entry.ms += ms;
        byStatement.set(name, entry);
      },
    });
    const repo = createArticleRepository(executor);

    // The annotated file: the synthetic articles extracted once (not timed).
    await writeLines(plainFile, GRAPH_ARTICLES, plainLine);
    const inline = createInlineWork();
    const annotated: AnnotatedArticle[] = [];
    for await (const item of readInputs([plainFile])) {
      if (item.kind === "invalid") throw item.error;
      const prepared = await inline.prepare(item);
      if (!prepared.ok) throw new Error(prepared.problem.message);
      annotated.push(JSON.parse(prepared.docJson) as AnnotatedArticle);
    }
    await writeLines(annotatedFile, annotated.length, (i) => JSON.stringify(annotated[i]));

    // Neo4j's own CPU time (all its threads, JIT compiler and GC included, from /proc): steadier
    // than wall time on a shared machine. Null when not on Linux or not a throwaway Neo4j.
    const neo4jCpuMs = async (): Promise<number | null> => {
      try {
        const pid = (await readFile(join(dir, "neo4j", "neo4j.pid"), "utf8")).trim();
        const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]!.split(" ");
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
      } catch {
        return null;
      }
    };
    // The same per thread, grouped by kind (thread names from /proc/PID/task/TID/comm): the JIT
    // compiler's share of a fresh Neo4j is large and falls as it warms, so "without the
    // compiler" is the figure that compares two builds' write paths.
    const neo4jThreadsMs = async (): Promise<Map<string, number> | null> => {
      try {
        const pid = (await readFile(join(dir, "neo4j", "neo4j.pid"), "utf8")).trim();
        return await threadsMs(pid);
      } catch {
        return null;
      }
    };
    const ingestFile = async (file: string) => {
      const counts = { created: 0, updated: 0, unchanged: 0, failed: 0, planned: 0 };
      const threadsBefore = await neo4jThreadsMs();
      const cpuBefore = await neo4jCpuMs();
      const ownBefore = process.cpuUsage();
      const start = performance.now();
      for await (const outcome of ingestMany(repo, readInputs([file]), {
        work: pool,
        batchSize: BATCH_SIZE,
      })) {
        counts[outcome.status] += 1;
        if (outcome.status === "failed") throw outcome.error;
      }
      const seconds = (performance.now() - start) / 1000;
      const own = process.cpuUsage(ownBefore);
      const cpuAfter = await neo4jCpuMs();
      const threadsAfter = await neo4jThreadsMs();
      const written = counts.created + counts.updated + counts.unchanged;
      const neo4jMsPerArticle =
        cpuBefore === null || cpuAfter === null || written === 0
          ? null
          : Math.round(((cpuAfter - cpuBefore) / written) * 10) / 10;
      // Threads that ended during the run are missing from both readings' difference (their CPU
      // is in neo4jMsPerArticle): the kinds are a lower bound of each share.
      let neo4jThreadsMsPerArticle: Record<string, number> | null = null;
      if (threadsBefore && threadsAfter && written > 0) {
        neo4jThreadsMsPerArticle = {};
        for (const [kind, ms] of [...threadsAfter].sort((a, b) => b[1] - a[1])) {
          const perArticle = (ms - (threadsBefore.get(kind) ?? 0)) / written;
          if (perArticle >= 0.05)
            neo4jThreadsMsPerArticle[kind] = Math.round(perArticle * 100) / 100;
        }
      }
      // This process's CPU (main thread and extraction workers) per article, and how busy the
      // two of them kept the machine's cores: (its CPU + Neo4j's) / wall time.
      const ownMsPerArticle =
        written === 0 ? null : Math.round(((own.user + own.system) / 1000 / written) * 10) / 10;
      const coresBusy =
        cpuBefore === null || cpuAfter === null
          ? null
          : Math.round(((own.user + own.system) / 1000 + cpuAfter - cpuBefore) / seconds / 10) /
            100;
      return {
        counts,
        seconds,
        neo4jMsPerArticle,
        neo4jThreadsMsPerArticle,
        ownMsPerArticle,
        coresBusy,
      };
    };

    const warmupFile = join(dir, "warmup.jsonl");
    await writeLines(warmupFile, WARMUP_ARTICLES, (i) => {
      const doc = annotated[i % annotated.length]!;
      return JSON.stringify({ ...doc, article: { ...doc.article, id: `warmup-${i}` } });
    });
    const warmupRun = WARMUP_ARTICLES > 0 ? await ingestFile(warmupFile) : null;

    // Windows after the first: the same annotated articles under new ids (as the RSS file
    // below), and further plain articles of the generator.
    const annotatedFiles = [annotatedFile];
    for (let k = 1; k < ANNOTATED_WINDOWS; k++) {
      const file = join(dir, `annotated-${k}.jsonl`);
      await writeLines(file, annotated.length, (i) => {
        const doc = annotated[i]!;
        return JSON.stringify({ ...doc, article: { ...doc.article, id: `window-${k}-${i}` } });
      });
      annotatedFiles.push(file);
    }
    const plainFiles = [plainFile];
    for (let k = 1; k < EXTRACTION_WINDOWS; k++) {
      const file = join(dir, `plain-${k}.jsonl`);
      await writeLines(file, GRAPH_ARTICLES, (i) => plainLine(k * GRAPH_ARTICLES + i));
      plainFiles.push(file);
    }

    const cpu0 = process.cpuUsage();
    const annotatedRuns: Awaited<ReturnType<typeof ingestFile>>[] = [];
    for (const file of annotatedFiles) annotatedRuns.push(await ingestFile(file));
    const annotatedRun = annotatedRuns[0]!;
    const graph = await repo.countGraph();
    const unchangedRun = await ingestFile(annotatedFile);
    await neo4j.clear();
    const plainRuns: Awaited<ReturnType<typeof ingestFile>>[] = [];
    for (const file of plainFiles) plainRuns.push(await ingestFile(file));
    const plainRun = plainRuns[0]!;
    const cpu = process.cpuUsage(cpu0);
    await neo4j.clear();

    // Per-row auto-commit MERGE: the same articles, one statement per node or relationship.
    const baseline = annotated.slice(0, Math.min(BASELINE_ARTICLES, annotated.length));
    const session = driver.session({ database: "neo4j" });
    let rows = 0;
    const baselineStart = performance.now();
    try {
      for (const doc of baseline) {
        const plan = planArticle(doc);
        const run = async (text: string, params: Record<string, unknown>) => {
          rows += 1;
          await session.run(text, params);
        };
        await run("MERGE (a:Article {id: $a.id}) SET a += $a, a.ingestedAt = $now", {
          a: plan.article,
          now: new Date().toISOString(),
        });
        if (plan.source) {
          await run(
            "MERGE (s:Source {id: $s.id}) ON CREATE SET s.name = $s.name WITH s MATCH (a:Article {id: $id}) MERGE (a)-[:PUBLISHED_BY]->(s)",
            { s: plan.source, id: plan.article.id },
          );
        }
        for (const e of plan.entities) {
          await run(
            "MERGE (e:Entity {id: $e.id}) ON CREATE SET e.name = $e.name SET e:$($e.type), e += $e.properties",
            { e },
          );
          await run(
            "MATCH (a:Article {id: $id}), (e:Entity {id: $e.id}) MERGE (a)-[m:MENTIONS]->(e) SET m.count = $e.mention.count",
            { id: plan.article.id, e },
          );
        }
        for (const r of plan.relationships) {
          await run(
            "MATCH (s:Entity {id: $r.sourceId}), (t:Entity {id: $r.targetId}) MERGE (s)-[:$($r.type) {id: $r.id}]->(t)",
            { r },
          );
        }
        for (const ev of plan.evidence) {
          await run(
            "MATCH (a:Article {id: $ev.articleId}) CREATE (e:Evidence) SET e = $ev CREATE (e)-[:IN_ARTICLE]->(a)",
            { ev },
          );
          await run(
            `MATCH ()-[r:$($ev.relType) {id: $ev.relId}]->()
             CALL (r) { MATCH (e:Evidence {relId: r.id}) RETURN count(e) AS n, max(e.confidence) AS c,
                        min(e.publishedAt) AS f, max(e.publishedAt) AS l }
             SET r.evidenceCount = n, r.confidence = c, r.firstSeen = f, r.lastSeen = l`,
            { ev },
          );
        }
      }
    } finally {
      await session.close();
    }
    const baselineSeconds = (performance.now() - baselineStart) / 1000;
    await neo4j.clear();

    // Peak RSS of the CLI on a large file: the annotated articles again and again, new ids.
    await writeLines(rssFile, RSS_ARTICLES, (i) => {
      const doc = annotated[i % annotated.length]!;
      return JSON.stringify({ ...doc, article: { ...doc.article, id: `rss-${i}` } });
    });
    const rssSize = (await stat(rssFile)).size;
    const rssStart = performance.now();
    const rss = await peakRssOf(
      ["--import", "tsx", "src/cli/main.ts", "ingest", rssFile, "--no-progress"],
      neo4jEnv(neo4j.settings),
    );
    const rssSeconds = (performance.now() - rssStart) / 1000;
    if (rss.code !== 0) throw new Error(`ingest of the RSS file failed: ${rss.stderr}`);

    const rate = (n: number, s: number) => Math.round((n / s) * 10) / 10;
    // Each window: where it starts (articles already written into this Neo4j, warm-up
    // included), its rate and CPU figures.
    const windows = (runs: Awaited<ReturnType<typeof ingestFile>>[], before: number) =>
      runs.map((run, k) => ({
        afterArticles: before + k * GRAPH_ARTICLES,
        perSecond: rate(run.counts.created, run.seconds),
        neo4jCpuMsPerArticle: run.neo4jMsPerArticle,
        neo4jJitMsPerArticle: run.neo4jThreadsMsPerArticle?.["JIT compiler"] ?? 0,
        commandCpuMsPerArticle: run.ownMsPerArticle,
        coresBusy: run.coresBusy,
      }));
    const annotatedWindows = windows(annotatedRuns, WARMUP_ARTICLES);
    // The with-extraction runs come after the annotated ones and the unchanged re-ingest, into
    // the same (cleared) Neo4j: its process has written this many articles before them.
    const extractionWindows = windows(
      plainRuns,
      WARMUP_ARTICLES + ANNOTATED_WINDOWS * GRAPH_ARTICLES + GRAPH_ARTICLES,
    );
    const baselinePerSecond = baseline.length / baselineSeconds;
    const figures = {
      machine: {
        cores: availableParallelism(),
        note: "shared machine: other processes competed for the cores during the run",
        workers: config.ingest.workers,
        batchSize: BATCH_SIZE,
        neo4j: "local Neo4j 5.26 Community (throwaway)",
      },
      articles: GRAPH_ARTICLES,
      warmupArticles: WARMUP_ARTICLES,
      warmupPerSecond: warmupRun ? rate(warmupRun.counts.created, warmupRun.seconds) : null,
      annotatedPerSecond: rate(annotatedRun.counts.created, annotatedRun.seconds),
      neo4jThreadsMsPerArticle: {
        warmup: warmupRun?.neo4jThreadsMsPerArticle ?? null,
        annotated: annotatedRun.neo4jThreadsMsPerArticle,
        withExtraction: plainRun.neo4jThreadsMsPerArticle,
        annotatedSteady: annotatedRuns.at(-1)!.neo4jThreadsMsPerArticle,
        withExtractionSteady: plainRuns.at(-1)!.neo4jThreadsMsPerArticle,
      },
      neo4jCpuMsPerArticle: {
        warmup: warmupRun?.neo4jMsPerArticle ?? null,
        annotated: annotatedRun.neo4jMsPerArticle,
        withExtraction: plainRun.neo4jMsPerArticle,
        unchanged: unchangedRun.neo4jMsPerArticle,
      },
      commandCpuMsPerArticle: {
        annotated: annotatedRun.ownMsPerArticle,
        withExtraction: plainRun.ownMsPerArticle,
      },
      coresBusy: { annotated: annotatedRun.coresBusy, withExtraction: plainRun.coresBusy },
      withExtractionPerSecond: rate(plainRun.counts.created, plainRun.seconds),
      annotatedSteadyPerSecond: annotatedWindows.at(-1)!.perSecond,
      withExtractionSteadyPerSecond: extractionWindows.at(-1)!.perSecond,
      annotatedWindows,
      extractionWindows,
      unchangedPerSecond: rate(unchangedRun.counts.unchanged, unchangedRun.seconds),
      perRowBaseline: {
        articles: baseline.length,
        statements: rows,
        perSecond: rate(baseline.length, baselineSeconds),
      },
      annotatedOverBaseline:
        Math.round((annotatedRun.counts.created / annotatedRun.seconds / baselinePerSecond) * 10) /
        10,
      annotatedSteadyOverBaseline:
        Math.round((annotatedWindows.at(-1)!.perSecond / baselinePerSecond) * 10) / 10,
      graph,
      ingestProcessCpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 10) / 10,
      peakRss: {
        articles: RSS_ARTICLES,
        fileMB: Math.round(rssSize / 1e5) / 10,
        peakRssMB: Math.round(rss.peak / 1e6),
        perSecond: rate(RSS_ARTICLES, rssSeconds),
      },
      targets: {
        annotatedPerSecond: 150,
        withExtractionPerSecond: 100,
        annotatedOverBaseline: 20,
        peakRssMB: 300,
      },
    };
    console.log(
      `ingest into Neo4j (${GRAPH_ARTICLES} articles, batches of ${BATCH_SIZE}, ${config.ingest.workers} worker thread(s); local Neo4j 5.26)`,
    );
    console.log(
      `  warm-up of the fresh Neo4j: ${figures.warmupPerSecond} articles/s  (${WARMUP_ARTICLES} annotated articles, kept in the graph, not counted below)`,
    );
    const describe = (list: typeof annotatedWindows) =>
      list
        .map(
          (w) =>
            `after ${w.afterArticles}: ${w.perSecond}/s, Neo4j ${w.neo4jCpuMsPerArticle} ms (JIT ${w.neo4jJitMsPerArticle}), command ${w.commandCpuMsPerArticle} ms, cores ${w.coresBusy}`,
        )
        .join("; ");
    console.log(
      `  annotated, end to end:     ${figures.annotatedPerSecond} articles/s cold, ${figures.annotatedSteadyPerSecond} steady  (target ≥ 150; cold: the first ${GRAPH_ARTICLES} after the warm-up, steady: the last of ${ANNOTATED_WINDOWS} windows of ${GRAPH_ARTICLES}; graph after them: ${graph.articles} articles, ${graph.entities} entities, ${graph.relationships} relationships, ${graph.evidence} evidence)`,
    );
    console.log(`    windows: ${describe(annotatedWindows)}`);
    console.log(
      `  with extraction:           ${figures.withExtractionPerSecond} articles/s cold, ${figures.withExtractionSteadyPerSecond} steady  (target ≥ 100; ${EXTRACTION_WINDOWS} windows of ${GRAPH_ARTICLES} into the cleared graph, same Neo4j; cold includes the extraction worker's start)`,
    );
    console.log(`    windows: ${describe(extractionWindows)}`);
    const neo4jCpu = figures.neo4jCpuMsPerArticle;
    console.log(
      `  Neo4j CPU per article:     warm-up ${neo4jCpu.warmup} ms, annotated ${neo4jCpu.annotated} ms, with extraction ${neo4jCpu.withExtraction} ms, unchanged ${neo4jCpu.unchanged} ms (all its threads)`,
    );
    for (const [part, threads] of Object.entries(figures.neo4jThreadsMsPerArticle)) {
      if (!threads) continue;
      const list = Object.entries(threads)
        .map(([kind, ms]) => `${kind} ${ms}`)
        .join(", ");
      console.log(`    by thread, ${part}: ${list} ms`);
    }
    console.log(
      `  command CPU per article:   annotated ${figures.commandCpuMsPerArticle.annotated} ms, with extraction ${figures.commandCpuMsPerArticle.withExtraction} ms (worker threads included); cores busy (command + Neo4j CPU over wall time): ${figures.coresBusy.annotated}, ${figures.coresBusy.withExtraction}`,
    );
    console.log(
      `  this process's CPU:        ${figures.ingestProcessCpuSeconds} s over the annotated, unchanged and with-extraction runs (worker threads included)`,
    );
    console.log(`  unchanged re-ingest:       ${figures.unchangedPerSecond} articles/s`);
    console.log(
      `  per-row auto-commit MERGE: ${figures.perRowBaseline.perSecond} articles/s  (${baseline.length} articles, ${rows} statements)`,
    );
    console.log(
      `  ratio     annotated/baseline: ${figures.annotatedOverBaseline}x cold, ${figures.annotatedSteadyOverBaseline}x steady  (target ≥ 20x)`,
    );
    console.log(
      `  peak RSS  ${figures.peakRss.peakRssMB} MB for \`newsgraph ingest\` of ${RSS_ARTICLES} articles (${figures.peakRss.fileMB} MB JSON Lines; target ≤ 300 MB; ${figures.peakRss.perSecond} articles/s)`,
    );
    if (process.env.BENCH_PROFILE === "1") {
      for (const [name, { n, ms }] of [...byStatement].sort((a, b) => b[1].ms - a[1].ms)) {
        console.log(`  profile   ${name}: ${n} runs, ${(ms / n).toFixed(2)} ms each`);
      }
    }
    mergeResults(RESULTS, "ingest", figures);
    console.log(`  written to ${RESULTS} ("ingest")`);
  } finally {
    await pool.close();
    await neo4j.stop();
  }
}
