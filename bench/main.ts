/**
 * `npm run bench`: extraction throughput and streamed ingest, each as a ratio against a baseline
 * run in the same process (so the figures compare across machines), never as a pass/fail.
 *
 *   1. extraction of a 500-word article on one core, against a trivial tokenising pass over the
 *      same text;
 *   2. a generated JSON Lines file of many articles streamed through reading, language detection
 *      and extraction, against streaming the same file through reading alone, with peak memory
 *      (measured before part 3, whose 5 MB text would otherwise set the peak);
 *   3. one long article of 0.1, 1 and 5 MB (the sample articles repeated): CPU time per MB, which
 *      stays flat when extraction cost grows linearly with the text (issue 8);
 *   4. (bench/queries.ts, BENCH_SKIP_QUERIES=1 leaves it out) four read queries at two archive
 *      sizes against the same Cypher without GraphQL and against @neo4j/graphql.
 *
 * BENCH_ONLY=extraction runs parts 1 to 3 alone; BENCH_ONLY=ingest the ingest part alone.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleText } from "../src/domain/article.ts";
import { createRuleExtractor } from "../src/ingest/extract/rule-extractor.ts";
import { extractRead } from "../src/ingest/extract/run.ts";
import { readArticleInputs } from "../src/ingest/input/read.ts";
import { syntheticArticle } from "./articles.ts";
import { HOSTILE_SHAPES, hostileArticle, largeArticle } from "./large-text.ts";

const STREAM_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20_000);
const TARGET_PER_SECOND = 500;

/**
 * Runs `body` for about `seconds`. Rates are per second of wall time and per second of this
 * process's CPU time: on a shared machine the second is what one core delivers.
 */
function timeLoop(
  seconds: number,
  body: (i: number) => void,
): { runs: number; perSecond: number; perCpuSecond: number } {
  const until = performance.now() + seconds * 1000;
  let runs = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() < until) {
    for (let k = 0; k < 10; k++) body(runs++);
  }
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    runs,
    perSecond: runs / ((performance.now() - start) / 1000),
    perCpuSecond: runs / cpuSeconds,
  };
}

function tokenise(text: string): number {
  let n = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) n++;
  return n;
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

async function extractionBench(): Promise<void> {
  const loadStart = performance.now();
  const extractor = createRuleExtractor();
  const loadMs = performance.now() - loadStart;
  const articles = Array.from({ length: 64 }, (_, i) => ({
    ...syntheticArticle(i, i % 2 ? "en" : "nl"),
    language: (i % 2 ? "en" : "nl") as "nl" | "en",
  }));
  const words =
    articles.reduce((sum, a) => sum + articleText(a).split(/\s+/).length, 0) / articles.length;
  // Warm up both paths so the JIT has compiled them before timing.
  timeLoop(1, (i) => extractor.extract(articles[i % articles.length]!));
  timeLoop(0.3, (i) => tokenise(articleText(articles[i % articles.length]!)));
  const baseline = timeLoop(2, (i) => tokenise(articleText(articles[i % articles.length]!)));
  const extraction = timeLoop(3, (i) => extractor.extract(articles[i % articles.length]!));
  console.log(
    `extraction (one core, ${fmt(words)}-word articles, knowledge base loaded in ${fmt(loadMs)} ms)`,
  );
  console.log(
    `  baseline  tokenise:   ${fmt(baseline.perSecond)} articles/s wall, ${fmt(baseline.perCpuSecond)} per CPU-second`,
  );
  console.log(
    `  extract   rules:      ${fmt(extraction.perSecond)} articles/s wall, ${fmt(extraction.perCpuSecond)} per CPU-second  (${(1000 / extraction.perCpuSecond).toFixed(2)} CPU-ms/article)`,
  );
  console.log(
    `  ratio     extract/baseline time: ${fmt(baseline.perCpuSecond / extraction.perCpuSecond)}x`,
  );
  console.log(
    `  target    ≥ ${TARGET_PER_SECOND} articles per core-second: ${extraction.perCpuSecond >= TARGET_PER_SECOND ? "met" : "NOT met"}`,
  );
}

/** CPU seconds per MB of text for one article of 0.1, 1 and 5 MB: flat when the cost is linear. */
function largeTextBench(): void {
  const extractor = createRuleExtractor();
  extractor.extract(largeArticle(50_000, "nl"));
  console.log("extraction of one long article (Dutch samples repeated; CPU time of this process)");
  const rows: { mb: number; perMb: number }[] = [];
  for (const mb of [0.1, 1, 5]) {
    const article = largeArticle(mb * 1_048_576, "nl");
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = extractor.extractDetailed(article);
    const used = process.cpuUsage(cpu);
    const seconds = (used.user + used.system) / 1e6;
    rows.push({ mb, perMb: seconds / mb });
    console.log(
      `  ${String(mb).padStart(3)} MB  ${seconds.toFixed(2)} CPU-s (${((performance.now() - start) / 1000).toFixed(2)} s wall), ${(seconds / mb).toFixed(2)} CPU-s per MB, ${result.relations.length} relations`,
    );
  }
  const first = rows[0]!.perMb;
  const last = rows[rows.length - 1]!.perMb;
  console.log(
    `  ratio     per-MB time 5 MB / 0.1 MB: ${(last / first).toFixed(2)}x (≈1 when linear); 5 MB in ≤ 30 s: ${last * 5 <= 30 ? "met" : "NOT met"}`,
  );
  console.log("extraction of hostile shapes (CPU time of this process; ≈1 when linear)");
  for (const shape of HOSTILE_SHAPES) {
    const perMb = [0.1, 1].map((mb) => {
      const article = hostileArticle(mb * 1_048_576, shape);
      const cpu = process.cpuUsage();
      extractor.extract(article);
      const used = process.cpuUsage(cpu);
      return (used.user + used.system) / 1e6 / mb;
    });
    console.log(
      `  ${shape.padEnd(18)} 0.1 MB ${(perMb[0]! / 10).toFixed(2)} CPU-s, 1 MB ${perMb[1]!.toFixed(2)} CPU-s; per-MB ratio ${(perMb[1]! / perMb[0]!).toFixed(2)}x`,
    );
  }
}

async function writeJsonLines(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const language = i % 2 ? "en" : "nl";
    const article = syntheticArticle(i, language, 300);
    const line = `${JSON.stringify({ id: `bench-${i}`, ...article, source: "bench", publishedAt: "2019-01-01" })}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function streamBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "newsgraph-bench-"));
  const file = join(dir, "articles.jsonl");
  try {
    await writeJsonLines(file, STREAM_ARTICLES);
    const size = (await stat(file)).size;
    const extractor = createRuleExtractor();
    let peak = process.memoryUsage().rss;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    const timer = setInterval(sample, 50);

    let start = performance.now();
    let read = 0;
    for await (const item of readArticleInputs([file])) if (item.article) read++;
    const readSeconds = (performance.now() - start) / 1000;

    start = performance.now();
    let extracted = 0;
    let relations = 0;
    for await (const item of readArticleInputs([file])) {
      const result = await extractRead(extractor, item);
      if ("extraction" in result) {
        extracted++;
        relations += result.extraction.relations.length;
      }
      if (extracted % 500 === 0) sample();
    }
    const extractSeconds = (performance.now() - start) / 1000;
    clearInterval(timer);
    sample();
    console.log(
      `streamed JSON Lines ingest (${read} articles, ${(size / 1e6).toFixed(1)} MB, extraction without graph writes)`,
    );
    console.log(`  baseline  read+parse:          ${fmt(read / readSeconds)} articles/s`);
    console.log(
      `  extract   read+detect+extract: ${fmt(extracted / extractSeconds)} articles/s  (${relations} relations)`,
    );
    console.log(`  ratio     extract/baseline time: ${fmt(extractSeconds / readSeconds)}x`);
    console.log(
      `  peak RSS  ${(peak / 1e6).toFixed(0)} MB for a ${(size / 1e6).toFixed(0)} MB file (streamed, never held in memory)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const extractionOnly = process.env.BENCH_ONLY === "extraction";
const ingestOnly = process.env.BENCH_ONLY === "ingest";

if (!ingestOnly) {
  await extractionBench();
  await streamBench();
  largeTextBench();
  const { validationBench } = await import("./validation.ts");
  validationBench();
}

if (!extractionOnly && process.env.BENCH_SKIP_GRAPH !== "1") {
  const { graphIngestBench } = await import("./graph-ingest.ts");
  await graphIngestBench();
}

if (!extractionOnly && !ingestOnly && process.env.BENCH_SKIP_QUERIES !== "1") {
  const { queryBench } = await import("./queries.ts");
  await queryBench();
}

if (
  !extractionOnly &&
  !ingestOnly &&
  process.env.BENCH_SKIP_GRAPH !== "1" &&
  process.env.BENCH_SKIP_QUEUE !== "1"
) {
  const { queueBench } = await import("./queue.ts");
  await queueBench();
}
