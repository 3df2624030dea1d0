import { beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../support/graph.ts";
import {
  API_FIXTURES,
  createTestApi,
  globalId,
  loadGraph,
  readFixtures,
} from "./graphql-client.ts";

describe("GraphQL API errors", () => {
  const graph = useTestGraph();
  const api = createTestApi(graph);

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(API_FIXTURES));
  });

  it("answers a malformed or mistyped global id with INVALID_ID naming the id", async () => {
    const article = globalId("Article", "api-nato-summit");
    const result = await api.request<Record<string, unknown>>(
      `query($bad: ID!, $article: ID!) {
        a: node(id: $bad) { id }
        b: entity(id: $article) { name }
        c: entity(id: "nonsense:thing") { name }
        d: article(id: "${globalId("Country", "country:netherlands")}") { title }
        ok: entity(id: "country:belgium") { name }
      }`,
      { bad: "not base64!", article },
    );
    expect(result.data).toMatchObject({
      a: null,
      b: null,
      c: null,
      d: null,
      ok: { name: "Belgium" },
    });
    const byPath = Object.fromEntries((result.errors ?? []).map((e) => [e.path?.[0], e]));
    expect(Object.keys(byPath).sort()).toEqual(["a", "b", "c", "d"]);
    for (const key of ["a", "b", "c", "d"]) {
      expect(byPath[key]?.extensions?.code).toBe("INVALID_ID");
    }
    expect(byPath.a?.message).toContain('"not base64!"');
    expect(byPath.b?.message).toContain("an Article id where");
    expect(byPath.d?.message).toContain("a Country id where");
  });

  it("answers bad arguments with BAD_USER_INPUT naming the argument", async () => {
    const result = await api.request<Record<string, unknown>>(`{
      big: articles(first: 101) { totalCount }
      cursor: articles(after: "bm9wZQ") { totalCount }
      date: articles(publishedFrom: "last week") { totalCount }
      text: search(text: "?!") { totalCount }
      both: entity(id: "country:belgium", name: "Belgium") { name }
      long: entity(name: "${"Belgium ".repeat(30)}") { name }
    }`);
    const byPath = Object.fromEntries((result.errors ?? []).map((e) => [e.path?.[0], e]));
    expect(Object.keys(byPath).sort()).toEqual(["big", "both", "cursor", "date", "long", "text"]);
    for (const error of result.errors ?? []) {
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(byPath.big?.message).toBe("first must be between 0 and 100, got 101");
    expect(byPath.cursor?.message).toContain("invalid cursor");
    expect(byPath.date?.message).toContain("publishedFrom");
    expect(byPath.long?.message).toBe(
      "an entity name is at most 200 characters long; this one has 240",
    );
  });

  it("takes plain article ids as well as global ones", async () => {
    const data = await api.data<Record<string, { articleId: string } | null>>(`{
      plain: article(id: "api-nato-summit") { articleId }
      global: article(id: "${globalId("Article", "api-nato-summit")}") { articleId }
      missing: article(id: "no-such-article") { articleId }
    }`);
    expect(data).toEqual({
      plain: { articleId: "api-nato-summit" },
      global: { articleId: "api-nato-summit" },
      missing: null,
    });
  });

  it("masks an unexpected failure as INTERNAL_SERVER_ERROR without internals", async () => {
    // A broken graph: evidence naming an article that does not exist.
    const relId = "SUPPORTS:organisation:nato->country:netherlands";
    const session = graph.driver.session();
    try {
      await session.run(
        "CREATE (:Evidence {id: 'broken', relId: $relId, articleId: 'secret-missing-article', sentence: 'x', start: 0, end: 1, publishedAt: '2099-01-01'})",
        { relId },
      );
    } finally {
      await session.close();
    }
    const result = await api.request<{ node: unknown; ok: { name: string } }>(`{
      node(id: "${globalId("Relationship", relId)}") { ... on Relationship { evidence { article { title } } } }
      ok: entity(id: "organisation:nato") { name }
    }`);
    expect(result.data).toEqual({ node: null, ok: { name: "NATO" } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toBe("Unexpected error.");
    expect(result.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(result.errors)).not.toContain("secret-missing-article");
  });
});
