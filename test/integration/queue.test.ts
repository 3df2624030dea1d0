import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { createIngestQueue } from "../../src/queue/bullmq.ts";
import type { IngestQueue } from "../../src/queue/index.ts";
import { type CliProcess, clusterEnv, spawnCli } from "../support/cli-process.ts";
import { useTestGraph } from "../support/graph.ts";
import { graphSnapshot, smallCorpus } from "./cluster-fixtures.ts";

/**
 * The ingest queue with `newsgraph worker` processes: the same articles give the same graph as a
 * single-process ingest (every node, every relationship and its aggregates), and a worker killed
 * in the middle of its jobs loses none of them.
 */
/** 1,000 by default; QUEUE_TEST_ARTICLES makes a quicker run while developing. */
const ARTICLES = Number(process.env.QUEUE_TEST_ARTICLES ?? 1_000);

describe("ingest through the queue and worker processes", () => {
  const graph = useTestGraph();
  const { database } = inject("neo4j");
  const corpus = smallCorpus(ARTICLES);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-queue-"));
  const file = path.join(dir, "corpus.jsonl");
  const workers: CliProcess[] = [];
  const queues: IngestQueue[] = [];
  let reference: Awaited<ReturnType<typeof graphSnapshot>>;

  const fresh = async () => {
    await graph.reset();
    await migrate(graph.executor);
  };
  const envWith = (prefix: string) =>
    clusterEnv({ NEWSGRAPH_REDIS_PREFIX: prefix, QUERY_TIMEOUT_MS: "120000" });
  const startWorker = (env: NodeJS.ProcessEnv, extra: string[] = []) => {
    const worker = spawnCli(["worker", "--no-migrate", ...extra], env);
    workers.push(worker);
    return worker;
  };
  const completedLines = (worker: CliProcess) =>
    worker.stdout
      .join("")
      .split("\n")
      .filter((line) => line.includes('"status":"completed"')).length;

  beforeAll(async () => {
    fs.writeFileSync(file, `${corpus.map((a) => JSON.stringify(a)).join("\n")}\n`);
    await fresh();
    // The reference: one process, one article after the other.
    const repo = createArticleRepository(graph.executor);
    for (const doc of corpus) await ingestAnnotated(repo, doc);
    reference = await graphSnapshot(graph.driver, database);
    expect(reference.nodes.filter((n) => n.includes('"Article"'))).toHaveLength(ARTICLES);
  }, 900_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all(queues.map((q) => q.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`two workers on ${ARTICLES} queued articles give the same graph as one process`, async () => {
    await fresh();
    const env = envWith(`queue-two-${process.pid}-${Date.now()}`);
    const [one, two] = [startWorker(env), startWorker(env)];
    await Promise.all([one.waitFor(/taking ingest jobs/), two.waitFor(/taking ingest jobs/)]);
    const cli = spawnCli(["ingest", "--queue", "--wait", file], env);
    const code = await cli.exited;
    if (code !== 0) throw new Error(`ingest --queue --wait exited ${code}: ${cli.stderr.join("")}`);
    const lines = cli.stdout
      .join("")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { status: string });
    expect(lines.filter((l) => l.status === "queued")).toHaveLength(ARTICLES);
    expect(lines.filter((l) => l.status === "created")).toHaveLength(ARTICLES);
    // Both workers took part.
    expect(completedLines(one)).toBeGreaterThan(0);
    expect(completedLines(two)).toBeGreaterThan(0);
    expect(completedLines(one) + completedLines(two)).toBe(ARTICLES);
    const snapshot = await graphSnapshot(graph.driver, database);
    expect(snapshot.nodes).toEqual(reference.nodes);
    expect(snapshot.relationships).toEqual(reference.relationships);
    await Promise.all([one.stop(), two.stop()]);
  }, 900_000);

  it("a worker killed with SIGKILL in the middle of its jobs loses no article", async () => {
    await fresh();
    const prefix = `queue-kill-${process.pid}-${Date.now()}`;
    const env = envWith(prefix);
    const queue = createIngestQueue({ url: inject("redis"), prefix, attempts: 5 });
    queues.push(queue);
    await queue.enqueue(corpus.map((value) => ({ kind: "annotated" as const, value })));
    // Short locks, so the dead worker's jobs are taken again within seconds.
    const quick = ["--lock-duration", "3000", "--stalled-interval", "1000"];
    const doomed = startWorker(env, ["--concurrency", "4", ...quick]);
    const deadline = Date.now() + 300_000;
    while (completedLines(doomed) < ARTICLES / 5) {
      if (Date.now() > deadline) throw new Error("the first worker finished too few jobs");
      await new Promise((r) => setTimeout(r, 100));
    }
    const { active } = await queue.counts();
    doomed.child.kill("SIGKILL");
    await doomed.exited;
    // It died holding jobs.
    expect(active).toBeGreaterThan(0);
    const survivor = startWorker(env, ["--concurrency", "4", ...quick]);
    for (;;) {
      const counts = await queue.counts();
      if (counts.completed + counts.failed === ARTICLES) {
        expect(counts.failed).toBe(0);
        break;
      }
      if (Date.now() > deadline + 300_000) throw new Error(`jobs left: ${JSON.stringify(counts)}`);
      if (survivor.child.exitCode !== null) throw new Error(survivor.stderr.join(""));
      await new Promise((r) => setTimeout(r, 250));
    }
    const snapshot = await graphSnapshot(graph.driver, database);
    expect(snapshot.nodes).toEqual(reference.nodes);
    expect(snapshot.relationships).toEqual(reference.relationships);
  }, 900_000);
});
