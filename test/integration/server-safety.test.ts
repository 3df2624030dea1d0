import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.ts";
import { createDriver } from "../../src/graph/driver.ts";
import { createExecutor } from "../../src/graph/executor.ts";
import { useTestGraph } from "../support/graph.ts";
import { API_FIXTURES, loadGraph, readFixtures } from "./graphql-client.ts";
import { appWith, codes, post, READ_KEY, WRITE_KEY } from "./server-safety-support.ts";

/** The production switches: CORS, CSRF, introspection, GraphiQL, allowlist, cache, health. */
describe("Server safety settings", () => {
  const graph = useTestGraph();
  const QUERY = `{ entity(id: "country:netherlands") { name aliases } }`;

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(API_FIXTURES));
  });

  describe("CORS", () => {
    const app = appWith(graph.executor, {
      NEWSGRAPH_CORS_ORIGINS: "https://dashboard.example.org, http://localhost:5173/",
    });
    const preflight = (origin: string) =>
      app.fetch("http://test/graphql", {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type, authorization",
        },
      });

    it("allows the configured dashboard origins, with the key headers, without credentials", async () => {
      for (const origin of ["https://dashboard.example.org", "http://localhost:5173"]) {
        const response = await preflight(origin);
        expect(response.status).toBeLessThan(300);
        expect(response.headers.get("access-control-allow-origin")).toBe(origin);
        expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
        expect(response.headers.get("access-control-allow-headers")).toContain("x-api-key");
        expect(response.headers.get("access-control-allow-credentials")).toBeNull();
      }
      const reply = await post(app, QUERY, {}, { headers: { origin: "http://localhost:5173" } });
      expect(reply.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    });

    it("does not allow other origins", async () => {
      const response = await preflight("https://evil.example.com");
      expect(response.headers.get("access-control-allow-origin")).not.toBe(
        "https://evil.example.com",
      );
    });

    it("allows any origin by default (public data, no cookies)", async () => {
      const reply = await post(
        appWith(graph.executor),
        QUERY,
        {},
        {
          headers: { origin: "https://anywhere.example.net" },
        },
      );
      expect(["*", "https://anywhere.example.net"]).toContain(
        reply.headers.get("access-control-allow-origin"),
      );
    });

    it("refuses a malformed origin list at start", () => {
      expect(() =>
        appWith(graph.executor, { NEWSGRAPH_CORS_ORIGINS: "dashboard.example.org" }),
      ).toThrow(ConfigError);
      expect(() =>
        appWith(graph.executor, { NEWSGRAPH_CORS_ORIGINS: "https://d.example.org/path" }),
      ).toThrow(/did you mean "https:\/\/d.example.org"/);
    });
  });

  describe("CSRF prevention (NEWSGRAPH_CSRF_PREVENTION=true)", () => {
    const app = appWith(graph.executor, { NEWSGRAPH_CSRF_PREVENTION: "true" });
    const get = (headers: Record<string, string> = {}) =>
      app.fetch(`http://test/graphql?query=${encodeURIComponent("{ __typename }")}`, {
        headers: { accept: "application/json", ...headers },
      });

    it("refuses requests a browser could send on its own (simple GET, form posts)", async () => {
      expect((await get()).status).toBe(403);
      const form = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `query=${encodeURIComponent("{ __typename }")}`,
      });
      expect(form.status).toBe(403);
    });

    it("runs requests with the custom header or a preflighted content type", async () => {
      const withHeader = await get({ "x-graphql-yoga-csrf": "1" });
      expect(await withHeader.json()).toEqual({ data: { __typename: "Query" } });
      const json = await post(app, "{ __typename }");
      expect(json.data).toEqual({ __typename: "Query" });
    });

    it("is off by default: plain GET requests work (graphql-http audits)", async () => {
      const response = await appWith(graph.executor).fetch(
        `http://test/graphql?query=${encodeURIComponent("{ __typename }")}`,
      );
      expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    });
  });

  describe("introspection and GraphiQL", () => {
    const html = (app: ReturnType<typeof appWith>) =>
      app.fetch("http://test/graphql", { headers: { accept: "text/html" } });

    it("refuses introspection when NEWSGRAPH_INTROSPECTION=false; other queries run", async () => {
      const app = appWith(graph.executor, { NEWSGRAPH_INTROSPECTION: "false" });
      const schema = await post(app, "{ __schema { queryType { name } } }");
      expect(codes(schema)[0]).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(schema.errors?.[0]?.message).toContain("introspection has been disabled");
      const type = await post(app, `{ __type(name: "Entity") { name } }`);
      expect(codes(type)[0]).toBe("GRAPHQL_VALIDATION_FAILED");
      expect((await post(app, QUERY)).errors).toBeUndefined();
      const open = await post(appWith(graph.executor), "{ __schema { queryType { name } } }");
      expect(open.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    });

    it("serves GraphiQL with everything inlined: no script or style from another host", async () => {
      const response = await html(appWith(graph.executor, {}, { graphiql: true }));
      expect(response.headers.get("content-type")).toContain("text/html");
      const page = await response.text();
      expect(page).toContain("<title>newsgraph</title>");
      expect(page).toContain("YogaGraphiQL.renderYogaGraphiQL");
      expect(page).not.toMatch(/<script[^>]+src=["']?https?:/i);
      expect(page).not.toMatch(/<link[^>]+href=["']?https?:/i);
      expect(page).not.toContain("unpkg.com");
    });

    it("serves no GraphiQL when NEWSGRAPH_GRAPHIQL=false", async () => {
      const response = await html(
        appWith(graph.executor, { NEWSGRAPH_GRAPHIQL: "false" }, { graphiql: true }),
      );
      expect(response.headers.get("content-type") ?? "").not.toContain("text/html");
      expect(await response.text()).not.toContain("renderYogaGraphiQL");
    });
  });

  describe("persisted operations allowlist", () => {
    const document = `query Netherlands { entity(id: "country:netherlands") { name } }`;
    const hash = crypto.createHash("sha256").update(document).digest("hex");
    let file: string;

    beforeAll(() => {
      file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-allowlist-")), "ops.json");
      fs.writeFileSync(file, JSON.stringify({ [hash]: document }));
    });
    afterAll(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));

    const request = async (app: ReturnType<typeof appWith>, body: Record<string, unknown>) => {
      const response = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return (await response.json()) as {
        data?: unknown;
        errors?: { extensions?: { code?: string } }[];
      };
    };

    it("runs listed operations by id and refuses everything else", async () => {
      const app = appWith(graph.executor, { NEWSGRAPH_PERSISTED_OPERATIONS: file });
      const listed = await request(app, {
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      });
      expect(listed).toEqual({ data: { entity: { name: "Netherlands" } } });
      const byDocumentId = await request(app, { documentId: hash });
      expect(byDocumentId).toEqual({ data: { entity: { name: "Netherlands" } } });

      const arbitrary = await request(app, { query: document });
      expect(arbitrary.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_ONLY");
      const unknown = await request(app, {
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      });
      expect(unknown.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    });

    it("refuses a missing or malformed allowlist at start", () => {
      expect(() =>
        appWith(graph.executor, { NEWSGRAPH_PERSISTED_OPERATIONS: `${file}.missing` }),
      ).toThrow(/NEWSGRAPH_PERSISTED_OPERATIONS: cannot read/);
      const bad = `${file}.bad.json`;
      fs.writeFileSync(bad, JSON.stringify(["query { __typename }"]));
      expect(() => appWith(graph.executor, { NEWSGRAPH_PERSISTED_OPERATIONS: bad })).toThrow(
        /must hold a JSON object/,
      );
    });
  });

  describe("response cache (NEWSGRAPH_RESPONSE_CACHE_TTL_MS)", () => {
    it("answers a repeated query from memory, per key, until a mutation changes the graph", async () => {
      const app = appWith(graph.executor, { NEWSGRAPH_RESPONSE_CACHE_TTL_MS: "60000" });
      const ask = (key?: string) =>
        graph.countRoundTrips(() =>
          post<{ entity: { aliases: string[] } }>(app, QUERY, {}, key ? { key } : {}),
        );

      const first = await ask();
      expect(first.roundTrips).toBeGreaterThan(0);
      const hit = await ask();
      expect(hit.roundTrips).toBe(0);
      expect(hit.result.data).toEqual(first.result.data);
      // Another key has its own cache entries.
      expect((await ask(READ_KEY)).roundTrips).toBeGreaterThan(0);
      expect((await ask(READ_KEY)).roundTrips).toBe(0);

      const alias = await post(
        app,
        `mutation { addAlias(entity: "country:netherlands", alias: "Pays-Bas") { name } }`,
        {},
        { key: WRITE_KEY },
      );
      expect(alias.errors).toBeUndefined();
      const after = await ask();
      expect(after.roundTrips).toBeGreaterThan(0);
      expect(after.result.data?.entity.aliases).toContain("Pays-Bas");
      expect((await ask(READ_KEY)).result.data?.entity.aliases).toContain("Pays-Bas");
    });

    it("is off by default: every query reads the graph", async () => {
      const app = appWith(graph.executor);
      await post(app, QUERY);
      const again = await graph.countRoundTrips(() => post(app, QUERY));
      expect(again.roundTrips).toBeGreaterThan(0);
    });
  });

  describe("GET /health", () => {
    it("is 200 with neo4j up when Bolt answers, without a key", async () => {
      const app = appWith(graph.executor, { NEWSGRAPH_PUBLIC_READ: "false" });
      const response = await app.fetch("http://test/health");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", neo4j: "up" });
    });

    it("is 503 with neo4j down when Neo4j cannot be reached", async () => {
      // Port 1 on the loopback: nothing listens there, the connection is refused at once.
      const driver = createDriver({
        uri: "bolt://127.0.0.1:1",
        user: "neo4j",
        password: "newsgraph-local",
      });
      try {
        const app = appWith(createExecutor(driver, { database: "neo4j" }));
        const response = await app.fetch("http://test/health");
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({ status: "unavailable", neo4j: "down" });
      } finally {
        await driver.close();
      }
    });
  });
});
