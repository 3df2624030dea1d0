import { beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../support/graph.ts";
import { ID, loadAnalyticsGraph } from "./analytics-fixtures.ts";
import { createTestApi } from "./graphql-client.ts";

const graph = useTestGraph();
const api = createTestApi(graph);

beforeAll(async () => {
  await loadAnalyticsGraph(graph);
});

interface RelationshipsData {
  entity: {
    relationships: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        cursor: string;
        node: {
          relationshipId: string;
          articleCount: number;
          confidence: number;
          lastSeen: string | null;
          evidence: { sentence: string; article: { articleId: string } }[];
        };
      }[];
    };
  };
}

const QUERY = `query($id: ID!, $args: [RelationType!], $direction: Direction, $otherTypes: [EntityType!],
    $from: String, $to: String, $source: String, $minConfidence: Float,
    $orderBy: RelationshipOrder, $first: Int, $after: String) {
  entity(id: $id) {
    relationships(types: $args, direction: $direction, otherTypes: $otherTypes, from: $from, to: $to,
        source: $source, minConfidence: $minConfidence, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        relationshipId articleCount confidence lastSeen
        evidence(first: 5) { sentence article { articleId } }
      } }
    }
  }
}`;

// The Netherlands' five relationships in the analytics fixtures.
const PARTICIPATES = `PARTICIPATES_IN:${ID.netherlands}->${ID.nmi}`;
const ADVISERS = `PROVIDES:${ID.netherlands}->${ID.advisersNl}`;
const F16 = `PROVIDES:${ID.netherlands}->${ID.f16Nl}`;
const REPRESENTS = `REPRESENTS:${ID.bijleveld}->${ID.netherlands}`;
const COOPERATES = `COOPERATES_WITH:${ID.belgium}->${ID.netherlands}`;

async function relationships(variables: Record<string, unknown>) {
  const data = await api.data<RelationshipsData>(QUERY, { id: ID.netherlands, ...variables });
  return data.entity.relationships;
}

async function ids(variables: Record<string, unknown>) {
  const connection = await relationships(variables);
  const list = connection.edges.map((e) => e.node.relationshipId);
  expect(connection.totalCount).toBe(list.length);
  return list;
}

describe("Entity.relationships filters", () => {
  it("keeps the default: all relationships by id", async () => {
    expect(await ids({})).toEqual([COOPERATES, PARTICIPATES, F16, ADVISERS, REPRESENTS]);
  });

  it("filters by the other end's type", async () => {
    expect(await ids({ otherTypes: ["Asset"] })).toEqual([F16, ADVISERS]);
    expect(await ids({ otherTypes: ["Person", "Country"] })).toEqual([COOPERATES, REPRESENTS]);
  });

  it("filters by evidence date, publisher and both at once", async () => {
    expect(await ids({ from: "2018-03" })).toEqual([COOPERATES, PARTICIPATES, ADVISERS]);
    expect(await ids({ to: "2018-02-15" })).toEqual([PARTICIPATES, ADVISERS]);
    expect(await ids({ source: "Defensie" })).toEqual([PARTICIPATES, F16, ADVISERS, REPRESENTS]);
    // NATO Press published on 03-05 (cooperation) and 03-06 (advisers, participation).
    expect(await ids({ source: "NATO Press", to: "2018-03-05" })).toEqual([COOPERATES]);
    expect(await ids({ source: "Reuters" })).toEqual([]);
  });

  it("filters by minimum confidence and direction, symmetric types in both", async () => {
    expect(await ids({ minConfidence: 0.9 })).toEqual([PARTICIPATES, F16, ADVISERS, REPRESENTS]);
    expect(await ids({ minConfidence: 0.95 })).toEqual([PARTICIPATES, ADVISERS]);
    expect(await ids({ direction: "INCOMING" })).toEqual([COOPERATES, REPRESENTS]);
    expect(await ids({ direction: "OUTGOING", args: ["PROVIDES"] })).toEqual([F16, ADVISERS]);
  });

  it("gives each relationship its evidence sentences with their articles", async () => {
    const connection = await relationships({ otherTypes: ["Asset"], minConfidence: 0.95 });
    expect(connection.edges).toHaveLength(1);
    expect(connection.edges[0]?.node.evidence).toEqual([
      {
        sentence:
          "The Netherlands raises its contribution to 5 military advisers in NATO Mission Iraq.",
        article: { articleId: "analytics-4-more-advisers" },
      },
      {
        sentence: "The Netherlands takes part in the mission and sends 2 military advisers to it.",
        article: { articleId: "analytics-1-kamer" },
      },
    ]);
  });
});

describe("Entity.relationships sorting", () => {
  it("sorts by lastSeen, confidence or articleCount, largest first, ties by id", async () => {
    expect(await ids({ orderBy: "LAST_SEEN" })).toEqual([
      PARTICIPATES,
      ADVISERS,
      COOPERATES,
      F16,
      REPRESENTS,
    ]);
    expect(await ids({ orderBy: "CONFIDENCE" })).toEqual([
      PARTICIPATES,
      ADVISERS,
      F16,
      REPRESENTS,
      COOPERATES,
    ]);
    expect(await ids({ orderBy: "ARTICLE_COUNT" })).toEqual([
      PARTICIPATES,
      ADVISERS,
      COOPERATES,
      F16,
      REPRESENTS,
    ]);
    const sorted = await relationships({ orderBy: "LAST_SEEN" });
    const dates = sorted.edges.map((e) => e.node.lastSeen ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  for (const orderBy of ["ID", "LAST_SEEN", "CONFIDENCE", "ARTICLE_COUNT"]) {
    it(`pages through ${orderBy} with keyset cursors, neither repeating nor skipping`, async () => {
      const whole = await ids({ orderBy });
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const connection = await relationships({ orderBy, first: 2, after });
        seen.push(...connection.edges.map((e) => e.node.relationshipId));
        expect(connection.totalCount).toBe(5);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(whole);
    });
  }

  it("refuses a cursor made for another order", async () => {
    const page = await relationships({ orderBy: "LAST_SEEN", first: 1 });
    const result = await api.request(QUERY, {
      id: ID.netherlands,
      orderBy: "CONFIDENCE",
      after: page.pageInfo.endCursor,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("made for orderBy LAST_SEEN, not CONFIDENCE");
  });

  it("refuses bad filter values by name", async () => {
    for (const [variables, message] of [
      [{ minConfidence: 1.5 }, "minConfidence must be between 0 and 1"],
      [{ from: "15-02-2018" }, "from must be an ISO 8601 date"],
    ] as const) {
      const result = await api.request(QUERY, { id: ID.netherlands, ...variables });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toContain(message);
    }
  });

  it("costs the same few statements for one entity or every entity of a page", async () => {
    const WIDE = `{
      entities: subgraph(limit: 100) { nodes { entity { name
        relationships(orderBy: LAST_SEEN, from: "2018-02", minConfidence: 0.5, first: 3) {
          totalCount
          edges { node { relationshipId source { name } target { name }
            evidence(first: 1) { sentence article { title source { name } } } } }
        }
      } } }
    }`;
    const { result, roundTrips, names } = await graph.countRoundTrips(() =>
      api.data<{ entities: { nodes: unknown[] } }>(WIDE),
    );
    expect(result.entities.nodes).toHaveLength(16);
    // Subgraph nodes and edges, entities, relationship pages (with their counts, ends, evidence
    // and its articles in the same statement), sources: one statement per level, whatever the
    // number of entities.
    expect([...names].sort()).toEqual([
      "read/entities-by-ids",
      "read/entity-relationships",
      "read/sources-by-ids",
      "read/subgraph-all-nodes",
      "read/subgraph-edges",
    ]);
    expect(roundTrips).toBe(5);
  });
});
