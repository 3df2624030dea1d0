import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { createDriver } from "../../../src/graph/driver.ts";
import { createExecutor } from "../../../src/graph/executor.ts";
import { measureCost } from "../../../src/graphql/cost.ts";
import { schema } from "../../../src/graphql/schema.ts";
import { createApp } from "../../../src/server/app.ts";

/** The cost of the analytical fields grows with the arguments that make them work harder. */
const cost = (query: string) =>
  measureCost({ schema, document: parse(query), contextValue: {} }).complexity;

const subgraph = (depth: number, limit: number) =>
  cost(`{ subgraph(depth: ${depth}, limit: ${limit}) { nodes { id } } }`);
const neighbourhood = (depth: number, limit: number) =>
  cost(
    `{ entity(id: "country:netherlands") { neighbourhood(depth: ${depth}, limit: ${limit}) { nodes { id } } } }`,
  );
const paths = (maxHops: number, first: number) =>
  cost(`{ paths(from: "a:b", to: "c:d", maxHops: ${maxHops}, first: ${first}) { length } }`);

describe("query cost of subgraph, neighbourhood and paths", () => {
  it("grows with depth and limit", () => {
    expect(subgraph(1, 100)).toBeLessThan(subgraph(2, 100));
    expect(subgraph(2, 100)).toBeLessThan(subgraph(3, 100));
    expect(subgraph(3, 100)).toBeLessThan(subgraph(3, 2000));
    expect(neighbourhood(1, 50)).toBeLessThan(neighbourhood(3, 50));
    expect(neighbourhood(3, 50)).toBeLessThan(neighbourhood(3, 500));
  });

  it("grows with maxHops and first", () => {
    expect(paths(2, 5)).toBeLessThan(paths(4, 5));
    expect(paths(4, 5)).toBeLessThan(paths(6, 5));
    expect(paths(6, 1)).toBeLessThan(paths(6, 25));
  });

  it("charges out-of-range arguments at their bound (the resolver names them)", () => {
    expect(subgraph(99, 99_999)).toBe(subgraph(3, 2000));
    expect(paths(99, 999)).toBe(paths(6, 25));
  });

  it("refuses 29 aliased subgraph(depth: 3, limit: 2000) under the default limit", async () => {
    const selection = Array.from(
      { length: 29 },
      (_, i) => `s${i}: subgraph(depth: 3, limit: 2000) { nodes { id } }`,
    ).join("\n");
    // Nothing listens on port 1: the cost is checked before any resolver asks the graph.
    const driver = createDriver({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" });
    try {
      const app = createApp({
        executor: createExecutor(driver, { database: "neo4j" }),
        config: loadConfig({ LOG_LEVEL: "silent" }),
        graphiql: false,
      });
      const response = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ ${selection} }` }),
      });
      const body = (await response.json()) as {
        errors: { extensions: { code: string; cost: number; maxCost: number } }[];
      };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(["QUERY_TOO_COMPLEX"]);
      expect(body.errors[0]?.extensions.cost).toBeGreaterThan(body.errors[0]!.extensions.maxCost);
    } finally {
      await driver.close();
    }
  });
});
