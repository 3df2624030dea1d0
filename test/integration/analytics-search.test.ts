import { beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../support/graph.ts";
import { ID, loadAnalyticsGraph } from "./analytics-fixtures.ts";
import { createTestApi } from "./graphql-client.ts";

const graph = useTestGraph();
const api = createTestApi(graph);

beforeAll(async () => {
  await loadAnalyticsGraph(graph);
});

interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { entityId: string } }[];
  };
}

const SEARCH = `query($text: String!, $types: [EntityType!], $first: Int, $after: String) {
  search(text: $text, types: $types, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { entityId } }
  }
}`;

async function search(text: string, variables: Record<string, unknown> = {}) {
  const data = await api.data<SearchData>(SEARCH, { text, ...variables });
  return {
    ids: data.search.edges.map((e) => e.node.entityId),
    totalCount: data.search.totalCount,
  };
}

describe("search and lookup of short acronyms", () => {
  it("finds an alias the index drops as a stop word (IS), exactly, first", async () => {
    // "IS" is Daesh's alias; the analyzer drops "is", so only the exact fallback finds it.
    const found = await search("IS");
    expect(found.ids[0]).toBe(ID.daesh);
    expect(found.totalCount).toBe(found.ids.length);
    expect((await search("is", { types: ["Organisation"] })).ids).toEqual([ID.daesh]);
    expect((await search("IS", { types: ["Country"] })).ids).toEqual([]);
  });

  it("ranks an exact alias (EU) above prefix matches and keeps other matches", async () => {
    const found = await search("eu");
    expect(found.ids[0]).toBe(ID.eu);
    expect(found.totalCount).toBe(found.ids.length);
    // "NATO" is an exact name; "NATO Mission Iraq" matches too, after it.
    expect((await search("nato")).ids).toEqual([ID.nato, ID.nmi]);
  });

  it("pages across exact and full-text matches without repeats", async () => {
    const whole = (await search("nato", { first: 100 })).ids;
    const first = await api.data<SearchData>(SEARCH, { text: "nato", first: 1 });
    const second = await api.data<SearchData>(SEARCH, {
      text: "nato",
      first: 1,
      after: first.search.pageInfo.endCursor,
    });
    expect([...first.search.edges, ...second.search.edges].map((e) => e.node.entityId)).toEqual(
      whole,
    );
    expect(second.search.pageInfo.hasNextPage).toBe(false);
  });

  it("answers a page and its totalCount with one statement, and counts past the last page", async () => {
    const whole = await search("nato", { first: 100 });
    expect(whole.totalCount).toBe(2);
    const { result, roundTrips } = await graph.countRoundTrips(() =>
      api.data<SearchData>(SEARCH, { text: "nato", first: 1 }),
    );
    expect(result.search.edges).toHaveLength(1);
    expect(result.search.totalCount).toBe(whole.totalCount);
    expect(roundTrips).toBe(1);
    // A cursor past the last match leaves no row to carry the count: it is counted apart.
    const last = await api.data<SearchData>(SEARCH, { text: "nato", first: 2 });
    const past = await graph.countRoundTrips(() =>
      api.data<SearchData>(SEARCH, {
        text: "nato",
        first: 1,
        after: last.search.pageInfo.endCursor,
      }),
    );
    expect(past.result.search.edges).toEqual([]);
    expect(past.result.search.totalCount).toBe(whole.totalCount);
    expect(past.roundTrips).toBe(2);
    expect((await search("no-such-thing-anywhere")).totalCount).toBe(0);
  });

  it("looks entities up by exact name or alias, case- and accent-insensitive", async () => {
    const lookup = async (name: string, type?: string) => {
      const data = await api.data<{ entity: { entityId: string } | null }>(
        `query($name: String!, $type: EntityType) { entity(name: $name, type: $type) { entityId } }`,
        { name, type },
      );
      return data.entity?.entityId ?? null;
    };
    expect(await lookup("IS")).toBe(ID.daesh);
    expect(await lookup("eu")).toBe(ID.eu);
    expect(await lookup("jordanie", "Country")).toBe(ID.jordan);
    expect(await lookup("NAVO")).toBe(ID.nato);
    expect(await lookup("NAVO", "Country")).toBeNull();
    expect(await lookup("Tweede  kamer")).toBe(ID.kamer);
  });
});
