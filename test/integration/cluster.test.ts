import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { type CliProcess, clusterEnv, spawnCli, startReplica } from "../support/cli-process.ts";
import { useTestGraph } from "../support/graph.ts";
import { article, KEYS_ENV, READ_KEY, WRITE_KEY } from "./server-safety-support.ts";

/**
 * Two API replicas and a queue worker, each its own `newsgraph` process, sharing the suite's
 * Neo4j and Redis (REDIS_URL): subscriptions, the response cache and the ingest queue work across
 * processes. Every process of this file uses its own Redis prefix.
 */

interface Sse {
  events: Record<string, unknown>[];
  abort: AbortController;
}

/** Server-sent events of one subscription, collected as they arrive. */
async function subscribe(url: string, query: string): Promise<Sse> {
  const abort = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      authorization: `Bearer ${READ_KEY}`,
    },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const events: Record<string, unknown>[] = [];
  const body = response.body;
  if (!body) throw new Error("no body");
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.match(/^event: next\ndata: (.*)$/m)?.[1];
          if (data) events.push(JSON.parse(data) as Record<string, unknown>);
        }
      }
    } catch {
      // aborted at the end of the file
    }
  })();
  return { events, abort };
}

// Generous: on a loaded 2-core machine a replica's first ingest starts a worker thread through tsx.
async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string) {
  const deadline = Date.now() + 150_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  key = WRITE_KEY,
) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}

const INGEST = `mutation($a: JSONObject, $q: Boolean) {
  ingestArticle(annotated: $a, queue: $q) { status job { id state } article { articleId } }
}`;
const JOB = `query($id: ID!) {
  ingestJob(id: $id) { id state attempts maxAttempts error result { status entities article { articleId } } }
}`;
const COUNT = "{ articles(first: 1) { totalCount } }";

const nordic = (id: string, body = "Finland and Sweden train together.") =>
  article(
    id,
    body,
    [
      { type: "Country", name: "Finland" },
      { type: "Country", name: "Sweden" },
    ],
    [["COOPERATES_WITH", "Finland", "Sweden"]],
  );

describe("API replicas and a worker in separate processes, sharing Redis", () => {
  const graph = useTestGraph();
  const prefix = `cluster-${process.pid}-${Date.now()}`;
  const env = clusterEnv({
    ...KEYS_ENV,
    NEWSGRAPH_REDIS_PREFIX: prefix,
    NEWSGRAPH_RESPONSE_CACHE_TTL_MS: "600000",
    // The first writes into a cold Neo4j on a busy machine can take longer than the default.
    QUERY_TIMEOUT_MS: "120000",
  });
  const redis = new Redis(inject("redis"));
  let a: { process: CliProcess; url: string };
  let b: { process: CliProcess; url: string };
  let worker: CliProcess;
  let sse: Sse;

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
    worker = spawnCli(["worker", "--no-migrate", "--concurrency", "2"], env);
    [a, b] = await Promise.all([startReplica(env), startReplica(env)]);
    await worker.waitFor(/taking ingest jobs/);
    sse = await subscribe(
      a.url,
      "subscription { articleIngested { status article { articleId } } }",
    );
    // Replica A has subscribed to the Redis channel: nothing published from now on is missed.
    await until(async () => {
      const [, n] = (await redis.pubsub("NUMSUB", `${prefix}:articleIngested`)) as [string, number];
      return n >= 1 ? true : undefined;
    }, "replica A's Redis subscription");
  });
  afterAll(async () => {
    sse?.abort.abort();
    await Promise.all([a?.process.stop(), b?.process.stop(), worker?.stop()]);
    redis.disconnect();
  });

  const eventFor = (articleId: string) =>
    until(
      () =>
        sse.events.find(
          (e) =>
            (e.data as { articleIngested: { article: { articleId: string } } }).articleIngested
              .article.articleId === articleId,
        ),
      `the event of ${articleId} on replica A`,
    );

  it("tells a subscriber on replica A of an article written through replica B", async () => {
    const reply = await gql<{ ingestArticle: { status: string } }>(b.url, INGEST, {
      a: nordic("through-b"),
    });
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.ingestArticle.status).toBe("CREATED");
    const event = await eventFor("through-b");
    expect(event.data).toEqual({
      articleIngested: { status: "CREATED", article: { articleId: "through-b" } },
    });
  });

  it("queues an article through replica B; a worker writes it and replica A's subscriber hears of it", async () => {
    const reply = await gql<{ ingestArticle: { status: string; job: { id: string } } }>(
      b.url,
      INGEST,
      { a: nordic("queued-via-b"), q: true },
    );
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.ingestArticle.status).toBe("QUEUED");
    const jobId = reply.data?.ingestArticle.job.id as string;
    await eventFor("queued-via-b");
    const job = await gql<{ ingestJob: Record<string, unknown> }>(a.url, JOB, { id: jobId });
    expect(job.data?.ingestJob).toEqual({
      id: jobId,
      state: "COMPLETED",
      attempts: 1,
      maxAttempts: 5,
      error: null,
      result: { status: "CREATED", entities: 2, article: { articleId: "queued-via-b" } },
    });
  });

  it("fails bad input in the queue at once, with the message a direct ingest gives", {
    timeout: 180_000,
  }, async () => {
    const bad = { ...nordic("bad"), entities: [{ type: "Planet", name: "Mars" }] };
    const direct = await gql(b.url, INGEST, { a: bad });
    const message = direct.errors?.[0]?.message;
    expect(message).toMatch(/Planet/);
    const queued = await gql<{ ingestArticle: { job: { id: string } } }>(b.url, INGEST, {
      a: bad,
      q: true,
    });
    const jobId = queued.data?.ingestArticle.job.id as string;
    const job = await until(async () => {
      const reply = await gql<{ ingestJob: { state: string; attempts: number; error: string } }>(
        a.url,
        JOB,
        { id: jobId },
      );
      return reply.data?.ingestJob.state === "FAILED" ? reply.data.ingestJob : undefined;
    }, "the bad job to fail");
    // Dead letter: one try, no retry, the same message.
    expect(job.attempts).toBe(1);
    expect(job.error).toBe(message);
  });

  it("reads a job's state anew while answers are cached (a failed job writes nothing to invalidate them)", {
    timeout: 180_000,
  }, async () => {
    // A queue of its own, with no worker yet: the job is certainly waiting when first asked about.
    const alone = clusterEnv({ ...env, NEWSGRAPH_REDIS_PREFIX: `${prefix}-alone` });
    const c = await startReplica(alone);
    let late: CliProcess | undefined;
    try {
      const bad = { ...nordic("bad-alone"), entities: [{ type: "Planet", name: "Mars" }] };
      const queued = await gql<{ ingestArticle: { job: { id: string } } }>(c.url, INGEST, {
        a: bad,
        q: true,
      });
      const jobId = queued.data?.ingestArticle.job.id as string;
      const state = async () =>
        (await gql<{ ingestJob: { state: string } }>(c.url, JOB, { id: jobId })).data?.ingestJob
          .state;
      expect(await state()).toBe("WAITING");
      late = spawnCli(["worker", "--no-migrate"], alone);
      expect(
        await until(async () => ((await state()) === "FAILED" ? true : undefined), "FAILED"),
      ).toBe(true);
    } finally {
      await Promise.all([c.process.stop(), late?.stop()]);
    }
  });

  it("serves a cached answer on replica A until a write through replica B, then a fresh one", async () => {
    const count = async () =>
      (await gql<{ articles: { totalCount: number } }>(a.url, COUNT, {}, READ_KEY)).data?.articles
        .totalCount;
    const before = await count();
    // Written behind every replica's back (no announcement): A keeps serving its cached answer,
    // which shows the cache is on.
    await ingestAnnotated(createArticleRepository(graph.executor), nordic("silent"));
    expect(await count()).toBe(before);
    await gql(b.url, INGEST, { a: nordic("through-b-2") });
    expect(await count()).toBe((before as number) + 2);
  });

  it("a CLI ingest with REDIS_URL makes replica A's cached answers stale and announces the article", async () => {
    const count = async () =>
      (await gql<{ articles: { totalCount: number } }>(a.url, COUNT, {}, READ_KEY)).data?.articles
        .totalCount;
    const before = (await count()) as number;
    expect(await count()).toBe(before);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-cluster-"));
    const file = path.join(dir, "cli.json");
    fs.writeFileSync(file, JSON.stringify(nordic("from-cli")));
    const cli = spawnCli(["ingest", file], env);
    expect(await cli.exited).toBe(0);
    await eventFor("from-cli");
    expect(await count()).toBe(before + 1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
