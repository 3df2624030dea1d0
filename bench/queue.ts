/**
 * Ingest through the queue: the same plain articles enqueued and written by 1 and then 2
 * `newsgraph worker` processes (each extracting and writing, 2 jobs at a time), on a throwaway
 * local Neo4j and redis-server. Prints articles per second and the 2-worker/1-worker ratio, and
 * merges them into bench-results.json under "queue". On 2 cores the gain is bounded by Neo4j and
 * by the cores the workers share with it.
 */
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { createIngestQueue } from "../src/queue/bullmq.ts";
import { neo4jEnv } from "../test/support/neo4j-env.ts";
import { startLocalRedis } from "../test/support/redis-server.ts";
import { syntheticArticle } from "./articles.ts";
import { mergeResults } from "./results.ts";
import { startBenchNeo4j } from "./throwaway-neo4j.ts";

const QUEUE_ARTICLES = Number(process.env.BENCH_QUEUE_ARTICLES ?? 300);
const RESULTS = "bench-results.json";

export async function queueBench(): Promise<void> {
  const neo4j = await startBenchNeo4j("queue");
  const redis = await startLocalRedis();
  const env = neo4jEnv(neo4j.settings, {
    REDIS_URL: redis.url,
    QUERY_TIMEOUT_MS: "120000",
    WORKER_CONCURRENCY: "2",
  });
  try {
    const run = async (workers: number) => {
      // A fresh graph and queue for each run: the same articles, the same work.
      await neo4j.clear();
      const prefix = `bench-${workers}-${Date.now()}`;
      const children = Array.from({ length: workers }, () =>
        spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "worker", "--no-migrate"], {
          env: { ...env, NEWSGRAPH_REDIS_PREFIX: prefix },
          stdio: ["ignore", "ignore", "pipe"],
        }),
      );
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve, reject) => {
              let err = "";
              child.stderr?.on("data", (chunk: Buffer) => {
                err += chunk.toString();
                if (err.includes("taking ingest jobs")) resolve();
              });
              child.once("exit", (code) => reject(new Error(`worker exited ${code}: ${err}`)));
            }),
        ),
      );
      const queue = createIngestQueue({ url: redis.url, prefix, attempts: 5 });
      const jobs = Array.from({ length: QUEUE_ARTICLES }, (_, i) => {
        const language = i % 2 ? ("en" as const) : ("nl" as const);
        return {
          kind: "plain" as const,
          article: { id: `queue-bench-${i}`, ...syntheticArticle(i, language, 300), language },
        };
      });
      const start = performance.now();
      await queue.enqueue(jobs);
      for (;;) {
        const counts = await queue.counts();
        if (counts.completed + counts.failed >= QUEUE_ARTICLES) {
          if (counts.failed > 0) throw new Error(`${counts.failed} jobs failed`);
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      const seconds = (performance.now() - start) / 1000;
      await queue.close();
      for (const child of children) child.kill("SIGTERM");
      await Promise.all(children.map((c) => new Promise((r) => c.once("exit", r))));
      return QUEUE_ARTICLES / seconds;
    };
    const one = await run(1);
    const two = await run(2);
    console.log(
      `queued ingest (${QUEUE_ARTICLES} plain articles of 300 words, extract + write; worker processes of 2 jobs each; ${cpus().length} cores shared with Neo4j)`,
    );
    console.log(`  1 worker   ${one.toFixed(1)} articles/s`);
    console.log(`  2 workers  ${two.toFixed(1)} articles/s`);
    console.log(`  ratio      2/1 workers: ${(two / one).toFixed(2)}x`);
    mergeResults(RESULTS, "queue", {
      articles: QUEUE_ARTICLES,
      cores: cpus().length,
      oneWorkerArticlesPerSecond: Number(one.toFixed(1)),
      twoWorkersArticlesPerSecond: Number(two.toFixed(1)),
      ratio: Number((two / one).toFixed(2)),
      measuredAt: new Date().toISOString(),
    });
  } finally {
    await redis.stop();
    await neo4j.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await queueBench();
