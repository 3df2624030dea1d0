import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/server/app.ts";
import { DEFAULT_QUERY } from "../../src/server/default-query.ts";
import { startHttpServer } from "../../src/server/http.ts";
import { useTestGraph } from "../support/graph.ts";
import { createTestApi, loadGraph, readFixtures, SAMPLE_FIXTURES } from "./graphql-client.ts";

/** The server on the annotated sample articles (test/fixtures/annotated, from the gold). */
describe("GraphQL server on the sample articles", () => {
  const graph = useTestGraph();
  const api = createTestApi(graph);

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(SAMPLE_FIXTURES));
  });

  it("answers GraphiQL's default query with the NATO mission and the sentences behind it", async () => {
    const data = await api.data<{
      search: {
        edges: {
          node: {
            __typename: string;
            name: string;
            relationships: {
              edges: {
                node: {
                  type: string;
                  source: { name: string };
                  target: { name: string };
                  evidence: { sentence: string }[];
                };
              }[];
            };
          };
        }[];
      };
    }>(DEFAULT_QUERY);
    const top = data.search.edges[0]?.node;
    expect(top).toMatchObject({ __typename: "Mission", name: "NATO Mission Iraq" });
    const hq = top?.relationships.edges.find((e) => e.node.type === "HEADQUARTERED_IN")?.node;
    expect(hq?.target.name).toBe("Baghdad");
    expect(hq?.evidence[0]?.sentence).toBe(
      "De NAVO-missie in Irak heeft een eigen hoofdkwartier in Bagdad.",
    );
  });

  it("finds entities by aliases the full-text index drops as stop words", async () => {
    const data = await api.data<{ is: { name: string } | null; navo: { name: string } | null }>(
      `{ is: entity(name: "IS") { name } navo: entity(name: "navo-missie in irak") { name } }`,
    );
    expect(data).toEqual({ is: { name: "ISIS" }, navo: { name: "NATO Mission Iraq" } });
  });

  it("serves GraphiQL to browsers and GraphQL over HTTP, and shuts down cleanly", async () => {
    const app = createApp({
      executor: graph.executor,
      config: loadConfig({ LOG_LEVEL: "silent" }),
    });
    const server = await startHttpServer(app, { port: 0, host: "127.0.0.1" });
    try {
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("<title>newsgraph</title>");
      expect(html).toContain("NatoMissionIraq");

      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ entity(name: "Bagdad") { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { entity: { name: "Baghdad" } } });
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/graphql`)).rejects.toThrow();
  });
});
