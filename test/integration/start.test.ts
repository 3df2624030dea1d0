import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { useTestGraph } from "../support/graph.ts";

/** `newsgraph start` as a user runs it, against the suite's Neo4j, on a free port. */
function start(): { child: ChildProcess; url: Promise<string>; log: () => string } {
  const neo4j = inject("neo4j");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/cli/main.ts", "start", "--port", "0"],
    {
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API on (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  return { child, url, log: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  return exited;
}

async function ask(url: string, query: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe("newsgraph start", () => {
  const graph = useTestGraph();
  const repo = createArticleRepository(graph.executor);
  let running: ChildProcess | undefined;

  beforeAll(() => graph.reset());
  afterEach(async () => {
    if (running) await stop(running);
    running = undefined;
  });

  it("loads the sample articles from their text into an empty graph and serves them", async () => {
    const server = start();
    running = server.child;
    const url = await server.url;
    expect(server.log()).toMatch(/graph is empty: extracting and loading the sample articles/);

    const counts = await repo.countGraph();
    expect(counts.articles).toBe(3);
    const answer = await ask(
      url,
      `{ entity(name: "NAVO") { name type articles(first: 5) { totalCount } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.entity).toMatchObject({
      name: "NATO",
      type: "Organisation",
      articles: { totalCount: 2 },
    });
    expect(await stop(server.child)).toBe(0);
  });

  it("leaves a graph that already has articles as it is", async () => {
    const before = await repo.countGraph();
    expect(before.articles).toBeGreaterThan(0);
    await repo.deleteArticle("en-mattis-hosts-sajjan");
    const server = start();
    running = server.child;
    await server.url;
    expect(server.log()).not.toMatch(/loading the sample articles/);
    expect((await repo.countGraph()).articles).toBe(2);
  });
});
