import { once } from "node:events";
import { type AddressInfo, createServer } from "node:net";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { type CliProcess, spawnCli } from "../support/cli-process.ts";
import { useTestGraph } from "../support/graph.ts";
import { neo4jEnv } from "../support/neo4j-env.ts";

/** `newsgraph start` as a user runs it, against the suite's Neo4j, on a free port. */
function start(): CliProcess {
  return spawnCli(["start", "--port", "0"], neo4jEnv(inject("neo4j"), { LOG_LEVEL: "warn" }));
}

/** Its URL, once it serves. */
async function urlOf(server: CliProcess): Promise<string> {
  return (await server.waitFor(/API on (http:\/\/\S+\/graphql)/))[1] as string;
}

const log = (server: CliProcess) => server.stderr.join("") + server.stdout.join("");

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
  let running: CliProcess | undefined;

  beforeAll(() => graph.reset());
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it("loads the sample articles from their text into an empty graph and serves them", async () => {
    const server = start();
    running = server;
    const url = await urlOf(server);
    expect(log(server)).toMatch(/graph is empty: extracting and loading the sample articles/);

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
    await server.stop();
    expect(await server.exited).toBe(0);
  });

  it("leaves a graph that already has articles as it is", async () => {
    const before = await repo.countGraph();
    expect(before.articles).toBeGreaterThan(0);
    await repo.deleteArticle("en-mattis-hosts-sajjan");
    const server = start();
    running = server;
    await urlOf(server);
    expect(log(server)).not.toMatch(/loading the sample articles/);
    expect((await repo.countGraph()).articles).toBe(2);
  });

  it("stops at once with a clear error when its port is taken, before migrations and samples", async () => {
    const holder = createServer();
    holder.listen(0, "0.0.0.0");
    await once(holder, "listening");
    const port = (holder.address() as AddressInfo).port;
    try {
      await graph.reset();
      const server = spawnCli(
        ["start", "--port", String(port)],
        neo4jEnv(inject("neo4j"), { LOG_LEVEL: "warn" }),
      );
      running = server;
      expect(await server.exited).toBe(1);
      expect(log(server)).toContain(
        `cannot serve on port ${port} (0.0.0.0): another program is listening there`,
      );
      expect(log(server)).not.toMatch(/migrations|loading the sample articles/);
      expect((await repo.countGraph()).articles).toBe(0);
    } finally {
      holder.close();
    }
  });
});
