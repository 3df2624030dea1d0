import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { createDriver } from "../../src/graph/driver.ts";
import { createExecutor } from "../../src/graph/executor.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import {
  type LocalNeo4j,
  type LocalNeo4jOptions,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../src/neo4j-local/index.ts";
import { createApp } from "../../src/server/app.ts";
import { isRunning } from "../support/process.ts";
import { readFixtures, SAMPLE_FIXTURES } from "./graphql-client.ts";

/**
 * Neo4j dies under a running server (kill -9) and comes back: every answer arrives within 5 s
 * with one GRAPH_UNAVAILABLE and HTTP 503, and the first request after the restart is served
 * without restarting the server. The CLI's ingest reports the outage, waits it out, and gives up
 * after the configured time with its summary line. A second, small Neo4j of its own: the suite's
 * shared one must not be killed.
 */

const CLI = path.resolve("bin/newsgraph.js");
const MISSING_ARTICLE = path.join(SAMPLE_FIXTURES, "en-mattis-hosts-sajjan.json");
const STATS =
  "{ stats { articleCount evidenceCount sourceCount entityCounts { type count } relationshipCounts { type count } topEntities(first: 3) { edges { node { name } } } } }";
const ENTITY = '{ entity(name: "NATO") { name relationships(first: 5) { totalCount } } }';
const SEARCH = '{ search(text: "NATO", first: 5) { edges { node { name } } } }';

async function killHard(pid: number): Promise<void> {
  process.kill(pid, "SIGKILL");
  while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Runs the CLI; `onStderr` sees each chunk as it arrives with the ms since the spawn. */
function runCli(args: string[], env: NodeJS.ProcessEnv, onStderr?: (text: string) => void) {
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr);
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>(
    (resolve) =>
      child.once("exit", (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })),
  );
  return { child, done, started };
}

describe("a Neo4j outage under a running server", () => {
  const { password } = inject("neo4j");
  let dataDir: string;
  let local: LocalNeo4j;
  let options: LocalNeo4jOptions;
  let driver: ReturnType<typeof createDriver>;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-faults-"));
    options = {
      port: 0,
      dataDir,
      password,
      cacheDir: loadConfig().local.cacheDir,
      exitWithParent: true,
      memory: { heap: "512m", pageCache: "64m" },
    };
    local = await startLocalNeo4j(options);
    driver = createDriver({ uri: local.uri, user: "neo4j", password });
    const executor = createExecutor(driver, { database: "neo4j" });
    await migrate(executor);
    const repo = createArticleRepository(executor);
    const [article] = readFixtures(SAMPLE_FIXTURES).filter((a) => a.article.title.includes("NAVO"));
    await ingestAnnotated(repo, article);
    app = createApp({
      executor,
      config: loadConfig({ LOG_LEVEL: "silent" }),
      graphiql: false,
    });
  });

  afterAll(async () => {
    await driver?.close();
    if (dataDir) {
      await stopLocalNeo4j(dataDir);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  async function ask(query: string) {
    const started = Date.now();
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return { status: response.status, body, ms: Date.now() - started };
  }

  it("answers while Neo4j is up", async () => {
    const reply = await ask(STATS);
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.stats).toMatchObject({ articleCount: 1 });
  });

  it("after kill -9, answers every query and export within 5 s with one GRAPH_UNAVAILABLE (503)", async () => {
    await killHard(local.pid);
    // The first request finds out (its retry window is 1 s); the others are refused at once.
    for (const query of [STATS, ENTITY, SEARCH, STATS]) {
      const reply = await ask(query);
      expect(reply.ms, query).toBeLessThan(5_000);
      expect(reply.status, query).toBe(503);
      expect(reply.body.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPH_UNAVAILABLE"]);
    }
    const started = Date.now();
    const exported = await app.fetch("http://test/export/cytoscape");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(exported.status).toBe(503);
    const body = (await exported.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(["GRAPH_UNAVAILABLE"]);
    const health = await app.fetch("http://test/health");
    expect(health.status).toBe(503);
  });

  it("the CLI reports the outage within 5 s, waits it out, and ingests once Neo4j is back; the server recovers without a restart", async () => {
    let reportedAfter = -1;
    const run = runCli(
      ["ingest", MISSING_ARTICLE],
      {
        NEO4J_URI: local.uri,
        NEO4J_PASSWORD: password,
        NEWSGRAPH_INGEST_OUTAGE_RETRY_MS: "180000",
      },
      (stderr) => {
        if (reportedAfter < 0 && stderr.includes("is unreachable; retrying")) {
          reportedAfter = Date.now() - run.started;
        }
      },
    );
    while (reportedAfter < 0 && run.child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The CLI's own start (Node, tsx, imports) is part of the 5 s.
    expect(reportedAfter).toBeGreaterThan(0);
    expect(reportedAfter).toBeLessThan(5_000);

    local = await startLocalNeo4j({ ...options, port: local.port });
    const reply = await ask(STATS);
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.stats).toMatchObject({ articleCount: expect.any(Number) });

    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/answers again after [\d.]+ s; continuing/);
    expect(result.stderr).toContain("1 article: 1 created, 0 updated, 0 unchanged, 0 failed");
    expect((await ask(STATS)).body.data?.stats).toMatchObject({ articleCount: 2 });
  }, 240_000);

  it("the CLI gives up after NEWSGRAPH_INGEST_OUTAGE_RETRY_MS and still prints its summary line", async () => {
    await killHard(local.pid);
    const run = runCli(["ingest", MISSING_ARTICLE], {
      NEO4J_URI: local.uri,
      NEO4J_PASSWORD: password,
      NEWSGRAPH_INGEST_OUTAGE_RETRY_MS: "3000",
    });
    const result = await run.done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is unreachable; retrying for up to 3.0 s");
    expect(result.stderr).toMatch(
      /1 article: 0 created, 0 updated, 0 unchanged, 0 failed, 1 not attempted \(Neo4j at \S+ was unreachable for [\d.]+ s; gave up/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);
});
