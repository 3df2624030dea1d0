/**
 * Streamed ingest into a real Neo4j: a generated JSON Lines file read, extracted and written one
 * article per transaction, against extraction alone over the same file in the same process. Runs
 * on a throwaway local Neo4j (fresh data directory, free port) so it never writes into a user's
 * graph, whatever NEO4J_URI says.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { createArticleRepository } from "../src/graph/article-repository.ts";
import { createDriver } from "../src/graph/driver.ts";
import { createExecutor } from "../src/graph/executor.ts";
import { migrate } from "../src/graph/migrate.ts";
import { createRuleExtractor } from "../src/ingest/extract/rule-extractor.ts";
import { extractRead } from "../src/ingest/extract/run.ts";
import { ingestAnnotated } from "../src/ingest/ingest.ts";
import { readArticleInputs } from "../src/ingest/input/read.ts";
import { startLocalNeo4j, stopLocalNeo4j } from "../src/neo4j-local/index.ts";
import { syntheticArticle } from "./articles.ts";

const GRAPH_ARTICLES = Number(process.env.BENCH_GRAPH_ARTICLES ?? 1_000);

async function writeJsonLines(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const language = i % 2 ? "en" : "nl";
    const article = syntheticArticle(i, language, 300);
    const line = `${JSON.stringify({ id: `graph-bench-${i}`, ...article, source: "bench", publishedAt: `2019-${String((i % 12) + 1).padStart(2, "0")}-01` })}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

export async function graphIngestBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "newsgraph-bench-graph-"));
  const file = join(dir, "articles.jsonl");
  const config = loadConfig();
  const local = await startLocalNeo4j({
    port: 0,
    dataDir: join(dir, "neo4j"),
    password: config.neo4j.password,
    cacheDir: config.local.cacheDir,
    exitWithParent: true,
  });
  const driver = createDriver({ uri: local.uri, user: "neo4j", password: config.neo4j.password });
  try {
    // Time per statement, so a slow step shows itself (printed with BENCH_PROFILE=1).
    const byStatement = new Map<string, { n: number; ms: number }>();
    const executor = createExecutor(driver, {
      database: "neo4j",
      observers: [
        ({ name, ms }) => {
          const entry = byStatement.get(name) ?? { n: 0, ms: 0 };
          entry.n += 1;
          entry.ms += ms;
          byStatement.set(name, entry);
        },
      ],
    });
    await migrate(executor);
    const repo = createArticleRepository(executor);
    await writeJsonLines(file, GRAPH_ARTICLES);
    const extractor = createRuleExtractor();
    let peak = process.memoryUsage().rss;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };

    // Baseline: the same stream through extraction only.
    let start = performance.now();
    for await (const read of readArticleInputs([file])) await extractRead(extractor, read);
    const extractSeconds = (performance.now() - start) / 1000;

    const ingestAll = async () => {
      const counts = { created: 0, updated: 0, unchanged: 0 };
      for await (const read of readArticleInputs([file])) {
        const extracted = await extractRead(extractor, read);
        if ("error" in extracted) throw new Error(`${read.file}: ${extracted.error}`);
        const result = await ingestAnnotated(repo, {
          article: { ...extracted.article, id: extracted.article.id ?? read.id },
          extractor: extracted.extractor,
          entities: extracted.extraction.entities,
          relations: extracted.extraction.relations,
        });
        counts[result.status] += 1;
        sample();
      }
      return counts;
    };
    start = performance.now();
    const first = await ingestAll();
    const ingestSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    const again = await ingestAll();
    const againSeconds = (performance.now() - start) / 1000;
    const graph = await repo.countGraph();

    const rate = (n: number, s: number) => (n / s).toFixed(0);
    console.log(
      `streamed ingest into Neo4j (${GRAPH_ARTICLES} articles, one transaction each; local Neo4j 5.26)`,
    );
    console.log(
      `  baseline  read+extract:              ${rate(GRAPH_ARTICLES, extractSeconds)} articles/s`,
    );
    console.log(
      `  ingest    read+extract+write:        ${rate(GRAPH_ARTICLES, ingestSeconds)} articles/s  (${first.created} created; graph: ${graph.entities} entities, ${graph.relationships} relationships, ${graph.evidence} evidence)`,
    );
    console.log(
      `  re-ingest unchanged (hash check only): ${rate(GRAPH_ARTICLES, againSeconds)} articles/s  (${again.unchanged} unchanged)`,
    );
    console.log(
      `  ratio     ingest/baseline time: ${(ingestSeconds / extractSeconds).toFixed(1)}x`,
    );
    console.log(`  peak RSS  ${(peak / 1e6).toFixed(0)} MB (this process; Neo4j runs apart)`);
    if (process.env.BENCH_PROFILE === "1") {
      for (const [name, { n, ms }] of [...byStatement].sort((a, b) => b[1].ms - a[1].ms)) {
        console.log(`  profile   ${name}: ${n} runs, ${(ms / n).toFixed(2)} ms each`);
      }
    }
  } finally {
    await driver.close();
    await stopLocalNeo4j(join(dir, "neo4j"));
    await rm(dir, { recursive: true, force: true });
  }
}
