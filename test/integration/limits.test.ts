import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { startHttpServer } from "../../src/server/http.ts";
import { useTestGraph } from "../support/graph.ts";
import { API_FIXTURES, loadGraph, readFixtures } from "./graphql-client.ts";
import { appWith, codes, post, WRITE_KEY } from "./server-safety-support.ts";

/** POSTs JSON to `url` as `chunks` (a chunked body: no Content-Length). */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", headers: { "content-type": "application/json" } },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

/** Every limit refuses with its own extensions.code, before the graph is asked anything. */
describe("Request limits", () => {
  const graph = useTestGraph();
  const app = appWith(graph.executor, {
    NEWSGRAPH_MAX_DEPTH: "6",
    NEWSGRAPH_MAX_ALIASES: "5",
    NEWSGRAPH_MAX_TOKENS: "300",
    NEWSGRAPH_MAX_COST: "2000",
    NEWSGRAPH_MAX_BODY_BYTES: "10000",
  });

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(API_FIXTURES));
  });

  /** The request's reply and how many statements it sent to Neo4j. */
  async function refused(query: string, variables?: Record<string, unknown>) {
    const { result, roundTrips } = await graph.countRoundTrips(() => post(app, query, variables));
    return { ...result, roundTrips };
  }

  it("refuses a query deeper than NEWSGRAPH_MAX_DEPTH: QUERY_TOO_DEEP", async () => {
    const reply = await refused(`{ entity(id: "country:netherlands") { neighbours { edges { node {
      neighbours { edges { node { name } } } } } } } }`);
    expect(codes(reply)).toEqual(["QUERY_TOO_DEEP"]);
    expect(reply.errors?.[0]?.message).toBe("Query depth limit of 6 exceeded, found 8.");
    expect(reply.roundTrips).toBe(0);
    const ok = await post(
      app,
      `{ entity(id: "country:netherlands") { neighbours { edges { node { name } } } } }`,
    );
    expect(ok.errors).toBeUndefined();
  });

  it("refuses more aliases than NEWSGRAPH_MAX_ALIASES: TOO_MANY_ALIASES", async () => {
    const fields = Array.from(
      { length: 6 },
      (_, i) => `a${i}: entity(id: "country:netherlands") { name }`,
    );
    const reply = await refused(`{ ${fields.join(" ")} }`);
    expect(codes(reply)).toEqual(["TOO_MANY_ALIASES"]);
    expect(reply.roundTrips).toBe(0);
    expect((await post(app, `{ ${fields.slice(1).join(" ")} }`)).errors).toBeUndefined();
  });

  it("refuses more tokens than NEWSGRAPH_MAX_TOKENS: TOO_MANY_TOKENS", async () => {
    const reply = await refused(`{ entity(id: "country:netherlands") { ${"name ".repeat(300)} } }`);
    expect(codes(reply)).toEqual(["TOO_MANY_TOKENS"]);
    expect(reply.errors?.[0]?.message).toBe("Token limit of 300 exceeded.");
    expect(reply.roundTrips).toBe(0);
  });

  it("refuses a query costing more than NEWSGRAPH_MAX_COST, counting `first` from variables", async () => {
    const query = `query($n: Int) { articles(first: $n) { edges { node { title mentions { entity { name } } } } } }`;
    // articles: 1 + n × (edges 1 + node 1 + title 1 + mentions (1 + 10 × (entity 1 + name 1))) = 1 + 24n
    const small = await post(app, query, { n: 5 });
    expect(small.errors).toBeUndefined();
    // Same document, bigger page: refused although the document passed validation before.
    const big = await refused(query, { n: 100 });
    expect(codes(big)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(big.errors?.[0]?.extensions).toMatchObject({ cost: 2401, maxCost: 2000 });
    expect(big.roundTrips).toBe(0);
  });

  it("refuses nested pages of 100 under the default cost limit", async () => {
    const reply = await graph.countRoundTrips(() =>
      post(
        appWith(graph.executor),
        `{ search(text: "nato", first: 100) { edges { node { neighbours(first: 100) { edges { node {
          relationships(first: 100) { edges { node { type } } } } } } } } } }`,
      ),
    );
    expect(codes(reply.result)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(reply.result.errors?.[0]?.extensions).toMatchObject({ maxCost: 200_000 });
    expect(reply.roundTrips).toBe(0);
  });

  it("refuses a body over NEWSGRAPH_MAX_BODY_BYTES with 413, announced or streamed", async () => {
    const query = `{ search(text: "${"x".repeat(20_000)}") { totalCount } }`;
    const announced = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(announced.status).toBe(413);
    expect(await announced.json()).toMatchObject({
      errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });

    // A chunked body over a real socket: no Content-Length, counted while read.
    const server = await startHttpServer(app, { port: 0, host: "127.0.0.1" });
    try {
      const text = JSON.stringify({ query });
      const reply = await postChunked(
        `${server.url}/graphql`,
        Array.from({ length: Math.ceil(text.length / 1000) }, (_, i) =>
          text.slice(i * 1000, (i + 1) * 1000),
        ),
      );
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body)).toMatchObject({
        errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }],
      });
      // A small chunked body still works.
      const small = await postChunked(`${server.url}/graphql`, [
        '{"query":"{ entity(id: \\"country:netherlands\\")',
        ' { name } }"}',
      ]);
      expect(JSON.parse(small.body)).toEqual({ data: { entity: { name: "Netherlands" } } });
    } finally {
      await server.close();
    }
  });

  it("stops a request at QUERY_TIMEOUT_MS inside Neo4j: QUERY_TIMEOUT, nothing written", async () => {
    const timed = appWith(graph.executor, { QUERY_TIMEOUT_MS: "300" });
    // Another transaction holds the Netherlands' write lock; the mutation waits for it until
    // Neo4j ends the mutation's transaction at its timeout.
    const session = graph.driver.session();
    const blocker = await session.beginTransaction();
    try {
      await blocker.run("MATCH (e:Entity {id: 'country:netherlands'}) SET e.blocked = true");
      const started = Date.now();
      const reply = await post(
        timed,
        `mutation { addAlias(entity: "country:netherlands", alias: "Holland") { name } }`,
        {},
        { key: WRITE_KEY },
      );
      expect(codes(reply)).toEqual(["QUERY_TIMEOUT"]);
      expect(reply.errors?.[0]?.message).toBe("the query took longer than the time allowed");
      // Neo4j checks timeouts every couple of seconds; far below the driver's 30 s of retries.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await blocker.rollback();
      await session.close();
    }
    const aliases = await post<{ entity: { aliases: string[] } }>(
      app,
      `{ entity(id: "country:netherlands") { aliases } }`,
    );
    expect(aliases.data?.entity.aliases).not.toContain("Holland");
  });

  it("masks unexpected errors; expected ones keep their message and code", async () => {
    const reply = await post(app, `{ articles(first: -1) { totalCount } }`);
    expect(codes(reply)).toEqual(["BAD_USER_INPUT"]);
    expect(reply.errors?.[0]?.message).toBe("first must be between 0 and 100, got -1");
  });
});
