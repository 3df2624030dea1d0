import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { useTestGraph } from "../support/graph.ts";
import { API_FIXTURES, loadGraph, readFixtures } from "./graphql-client.ts";
import {
  appWith,
  article,
  codes,
  post,
  READ_KEY,
  type Reply,
  WRITE_KEY,
} from "./server-safety-support.ts";

/**
 * API keys and scopes: reads need `read` (or NEWSGRAPH_PUBLIC_READ), writes always need `write`.
 * With public reads off, every root field of each kind is tried with no key, a read key and a
 * write key; what a refused write would have changed is checked in the graph.
 */
describe("Authorisation", () => {
  const graph = useTestGraph();
  const closed = appWith(graph.executor, { NEWSGRAPH_PUBLIC_READ: "false" });
  const open = appWith(graph.executor);

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(API_FIXTURES));
  });

  async function graphState() {
    const session = graph.driver.session();
    try {
      const result = await session.run(
        "MATCH (n) WHERE n:Entity OR n:Article RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id",
      );
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  const QUERY = `{ entity(id: "country:netherlands") { name } }`;

  it.each([
    ["no key", undefined, ["UNAUTHENTICATED"]],
    ["a read key", READ_KEY, []],
    ["a write key", WRITE_KEY, []],
  ])("a query with %s (public reads off)", async (_label, key, expected) => {
    const reply = await post<{ entity: { name: string } | null }>(closed, QUERY, {}, { key });
    expect(codes(reply)).toEqual(expected);
    if (expected.length === 0) expect(reply.data?.entity?.name).toBe("Netherlands");
    else expect(reply.errors?.[0]?.message).toContain("needs an API key with the read scope");
  });

  it("reads without a key by default (NEWSGRAPH_PUBLIC_READ), but never writes", async () => {
    const read = await post<{ entity: { name: string } }>(open, QUERY);
    expect(read.data?.entity.name).toBe("Netherlands");
    const before = await graphState();
    const write = await post(
      open,
      `mutation { addAlias(entity: "country:netherlands", alias: "Holland") { name } }`,
    );
    expect(codes(write)).toEqual(["UNAUTHENTICATED"]);
    expect(write.errors?.[0]?.message).toContain("needs an API key with the write scope");
    expect(await graphState()).toEqual(before);
  });

  // Each mutation, in an order where every write-key call succeeds on the state the previous
  // ones left. No key and a read key must leave the graph exactly as it was.
  const annotated = article(
    "auth-article",
    "Estonia cooperates with Latvia.",
    [
      { type: "Country", name: "Estonia" },
      { type: "Country", name: "Latvia" },
      { type: "Country", name: "Eesti" },
    ],
    [["COOPERATES_WITH", "Estonia", "Latvia"]],
  );
  const MUTATIONS: [name: string, query: string, variables?: Record<string, unknown>][] = [
    [
      "ingestArticle",
      "mutation($a: JSONObject) { ingestArticle(annotated: $a) { status } }",
      { a: annotated },
    ],
    ["addAlias", `mutation { addAlias(entity: "country:estonia", alias: "Estland") { aliases } }`],
    [
      "removeAlias",
      `mutation { removeAlias(entity: "country:estonia", alias: "Estland") { aliases } }`,
    ],
    [
      "renameEntity",
      `mutation { renameEntity(entity: "country:estonia", name: "Republic of Estonia") { name } }`,
    ],
    [
      "mergeEntities",
      `mutation { mergeEntities(keep: "country:estonia", merge: "country:eesti") { mergedId } }`,
    ],
    ["deleteArticle", `mutation { deleteArticle(id: "auth-article") { articleId } }`],
  ];

  describe.each(MUTATIONS)("%s", (name, query, variables) => {
    it("with no key: UNAUTHENTICATED, nothing written", async () => {
      const before = await graphState();
      const reply = await post(closed, query, variables);
      expect(codes(reply)).toEqual(["UNAUTHENTICATED"]);
      expect(reply.data).toBeNull();
      expect(await graphState()).toEqual(before);
    });

    it("with a read key: FORBIDDEN, nothing written", async () => {
      const before = await graphState();
      const reply = await post(closed, query, variables, { key: READ_KEY });
      expect(codes(reply)).toEqual(["FORBIDDEN"]);
      expect(reply.errors?.[0]?.message).toBe(
        `the API key "dashboard" lacks the write scope that ${name} needs`,
      );
      expect(await graphState()).toEqual(before);
    });

    it("with a write key: done", async () => {
      const before = await graphState();
      const reply: Reply<Record<string, unknown>> = await post(closed, query, variables, {
        key: WRITE_KEY,
      });
      expect(reply.errors).toBeUndefined();
      expect(reply.data?.[name]).toBeTruthy();
      expect(await graphState()).not.toEqual(before);
    });
  });

  it("takes the key as X-API-Key too", async () => {
    const reply = await post<{ entity: { name: string } }>(
      closed,
      QUERY,
      {},
      {
        headers: { "x-api-key": READ_KEY },
      },
    );
    expect(reply.data?.entity.name).toBe("Netherlands");
  });

  it("refuses an unknown key with 401 UNAUTHENTICATED even where reads are public", async () => {
    const attempts: Record<string, string>[] = [
      { authorization: "Bearer not-a-key" },
      { "x-api-key": `${READ_KEY}x` },
    ];
    for (const headers of attempts) {
      const reply = await post(open, QUERY, {}, { headers });
      expect(reply.status).toBe(401);
      expect(codes(reply)).toEqual(["UNAUTHENTICATED"]);
      expect(reply.errors?.[0]?.message).not.toContain(READ_KEY);
    }
  });

  it("validates NEWSGRAPH_API_KEYS without echoing keys", () => {
    const load = (value: string) => () =>
      loadConfig({ NEWSGRAPH_API_KEYS: value, NEWSGRAPH_PUBLIC_READ: "no" });
    expect(load("ci:write:0123456789abcdefXYZ")().security.apiKeys[0]).toMatchObject({
      name: "ci",
      key: "0123456789abcdefXYZ",
      scopes: new Set(["write", "read"]),
    });
    expect(load("ci:read:a:b:c:0123456789abcdef")().security.apiKeys[0]?.key).toBe(
      "a:b:c:0123456789abcdef",
    );
    expect(load("a:read:short")).toThrow(/item 1 \(a\): the key must be at least 16/);
    expect(load("a:admin:0123456789abcdef")).toThrow(/unknown scope "admin"/);
    expect(load("nokey")).toThrow(/expected name:scopes:key/);
    expect(load("a:read:0123456789abcdef,a:write:fedcba9876543210")).toThrow(/duplicate name/);
    expect(load("a:read:0123456789abcdef,b:write:0123456789abcdef")).toThrow(ConfigError);
    try {
      load("a:admin:secret-0123456789abcdef")();
    } catch (error) {
      expect(String(error)).not.toContain("secret-0123456789abcdef");
    }
    expect(load("")().security.publicRead).toBe(false);
    expect(loadConfig({}).security.publicRead).toBe(true);
  });
});
