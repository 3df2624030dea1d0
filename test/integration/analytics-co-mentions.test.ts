import { beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../support/graph.ts";
import { ID, loadAnalyticsGraph } from "./analytics-fixtures.ts";
import { createTestApi } from "./graphql-client.ts";

const graph = useTestGraph();
const api = createTestApi(graph);

beforeAll(async () => {
  await loadAnalyticsGraph(graph);
});

interface CoMentionsData {
  coMentions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      sharedArticleCount: number;
      node: { entityId: string };
      articles: { articleId: string }[];
    }[];
  };
}

const QUERY = `query($entity: ID!, $types: [EntityType!], $from: String, $to: String, $first: Int, $after: String) {
  coMentions(entity: $entity, types: $types, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { sharedArticleCount node { entityId } articles(first: 5) { articleId } }
  }
}`;

const ranked = (data: CoMentionsData) =>
  data.coMentions.edges.map((e) => [e.node.entityId, e.sharedArticleCount]);

// Who appears in the same articles as the Netherlands (articles 1–4 of the fixtures).
const NETHERLANDS_CO_MENTIONS = [
  [ID.nmi, 3],
  [ID.advisersNl, 2],
  [ID.jordan, 2],
  [ID.air, 2],
  [ID.f16Be, 1],
  [ID.f16Nl, 1],
  [ID.advisersBe, 1],
  [ID.belgium, 1],
  [ID.iraq, 1],
  [ID.baghdad, 1],
  [ID.daesh, 1],
  [ID.eu, 1],
  [ID.nato, 1],
  [ID.kamer, 1],
  [ID.bijleveld, 1],
];

describe("coMentions", () => {
  it("ranks entities by the articles they share, with those articles newest first", async () => {
    const { result, roundTrips } = await graph.countRoundTrips(() =>
      api.data<CoMentionsData>(QUERY, { entity: ID.netherlands, first: 100 }),
    );
    expect(ranked(result)).toEqual(NETHERLANDS_CO_MENTIONS);
    expect(result.coMentions.totalCount).toBe(15);
    expect(result.coMentions.edges[0]?.articles).toEqual([
      { articleId: "analytics-4-more-advisers" },
      { articleId: "analytics-3-belgium" },
      { articleId: "analytics-1-kamer" },
    ]);
    expect(result.coMentions.edges[2]?.articles).toEqual([
      { articleId: "analytics-3-belgium" },
      { articleId: "analytics-2-f16" },
    ]);
    // The entity, the page, its count, and the shared articles of all 15 edges in one batch.
    expect(roundTrips).toBe(4);
  });

  it("filters by entity type and by the articles' dates", async () => {
    const countries = await api.data<CoMentionsData>(QUERY, {
      entity: ID.netherlands,
      types: ["Country"],
    });
    expect(ranked(countries)).toEqual([
      [ID.jordan, 2],
      [ID.belgium, 1],
      [ID.iraq, 1],
    ]);
    const march = await api.data<CoMentionsData>(QUERY, {
      entity: ID.netherlands,
      from: "2018-03",
      to: "2018-03",
    });
    expect(ranked(march).slice(0, 2)).toEqual([
      [ID.nmi, 2],
      [ID.f16Be, 1],
    ]);
    expect(march.coMentions.totalCount).toBe(9);
    expect(march.coMentions.edges[0]?.articles).toEqual([
      { articleId: "analytics-4-more-advisers" },
      { articleId: "analytics-3-belgium" },
    ]);
  });

  it("pages with keyset cursors holding the shared count", async () => {
    const seen: (string | number)[][] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data: CoMentionsData = await api.data<CoMentionsData>(QUERY, {
        entity: ID.netherlands,
        first: 4,
        after,
      });
      seen.push(...ranked(data));
      if (!data.coMentions.pageInfo.hasNextPage) break;
      after = data.coMentions.pageInfo.endCursor;
    }
    expect(seen).toEqual(NETHERLANDS_CO_MENTIONS);
  });

  it("refuses an unknown entity and a cursor of another list", async () => {
    const unknown = await api.request(QUERY, { entity: "country:atlantis" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const relationships = await api.data<{
      entity: { relationships: { pageInfo: { endCursor: string } } };
    }>(
      `{ entity(id: "${ID.netherlands}") { relationships(first: 1) { pageInfo { endCursor } } } }`,
    );
    const wrong = await api.request(QUERY, {
      entity: ID.netherlands,
      after: relationships.entity.relationships.pageInfo.endCursor,
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrong.errors?.[0]?.message).toContain("not a cursor of coMentions");
  });
});
