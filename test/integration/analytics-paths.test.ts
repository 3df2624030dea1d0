import { beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../support/graph.ts";
import { ID, loadAnalyticsGraph } from "./analytics-fixtures.ts";
import { createTestApi, globalId } from "./graphql-client.ts";

const graph = useTestGraph();
const api = createTestApi(graph);

beforeAll(async () => {
  await loadAnalyticsGraph(graph);
});

interface PathsData {
  paths: {
    length: number;
    nodes: { entityId: string }[];
    steps: {
      from: { entityId: string };
      to: { entityId: string };
      reversed: boolean;
      relationship: {
        type: string;
        evidence: { sentence: string; article: { articleId: string; publishedAt: string } }[];
      };
    }[];
  }[];
}

const QUERY = `query($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationType!], $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, relationTypes: $types, first: $first) {
    length
    nodes { entityId }
    steps {
      from { entityId }
      to { entityId }
      reversed
      relationship { type evidence(first: 1) { sentence article { articleId publishedAt } } }
    }
  }
}`;

const nodeIds = (data: PathsData) => data.paths.map((p) => p.nodes.map((n) => n.entityId));

describe("paths", () => {
  it("answers “how is the Tweede Kamer connected to Jordan?” with evidence for every hop", async () => {
    const { result, roundTrips } = await graph.countRoundTrips(() =>
      api.data<PathsData>(QUERY, { from: ID.kamer, to: globalId("Country", ID.jordan) }),
    );
    expect(nodeIds(result)).toEqual([[ID.kamer, ID.nmi, ID.nato, ID.jordan]]);
    const [path] = result.paths;
    expect(path?.length).toBe(3);
    expect(
      path?.steps.map((s) => [s.from.entityId, s.relationship.type, s.to.entityId, s.reversed]),
    ).toEqual([
      [ID.kamer, "SUPPORTS", ID.nmi, false],
      // NATO leads the mission: the path walks that relationship backwards.
      [ID.nmi, "LEADS", ID.nato, true],
      [ID.nato, "OPERATES_IN", ID.jordan, false],
    ]);
    expect(path?.steps.map((s) => s.relationship.evidence[0])).toEqual([
      {
        sentence: "The Tweede Kamer supports NATO Mission Iraq.",
        article: { articleId: "analytics-1-kamer", publishedAt: "2018-02-15" },
      },
      {
        sentence: "NATO leads the mission from its headquarters in Baghdad.",
        article: { articleId: "analytics-1-kamer", publishedAt: "2018-02-15" },
      },
      {
        sentence: "NATO operates in Jordan.",
        article: { articleId: "analytics-5-jordan", publishedAt: "2018-04-10" },
      },
    ]);
    // Both ends with the paths (one statement), the evidence of every hop, their articles.
    expect(roundTrips).toBe(3);
  });

  it("finds every shortest path over the relationship types asked, in a stable order", async () => {
    const types = ["SUPPORTS", "PARTICIPATES_IN", "PROVIDES", "LOCATED_IN"];
    const data = await api.data<PathsData>(QUERY, { from: ID.kamer, to: ID.jordan, types });
    expect(nodeIds(data)).toEqual([
      [ID.kamer, ID.nmi, ID.belgium, ID.f16Be, ID.jordan],
      [ID.kamer, ID.nmi, ID.netherlands, ID.f16Nl, ID.jordan],
    ]);
    expect(data.paths.every((p) => p.length === 4)).toBe(true);
    const first = await api.data<PathsData>(QUERY, {
      from: ID.kamer,
      to: ID.jordan,
      types,
      first: 1,
    });
    expect(nodeIds(first)).toEqual([[ID.kamer, ID.nmi, ID.belgium, ID.f16Be, ID.jordan]]);
    const none = await api.data<PathsData>(QUERY, { from: ID.kamer, to: ID.jordan, first: 0 });
    expect(none.paths).toEqual([]);
  });

  it("answers an empty list when nothing connects them within maxHops", async () => {
    const types = ["SUPPORTS", "PARTICIPATES_IN", "PROVIDES", "LOCATED_IN"];
    const data = await api.data<PathsData>(QUERY, {
      from: ID.kamer,
      to: ID.jordan,
      types,
      maxHops: 3,
    });
    expect(data.paths).toEqual([]);
    const reverse = await api.data<PathsData>(QUERY, { from: ID.jordan, to: ID.kamer });
    expect(nodeIds(reverse)).toEqual([[ID.jordan, ID.nato, ID.nmi, ID.kamer]]);
  });

  it("refuses unknown entities, a path to itself and out-of-range bounds", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { from: "country:atlantis", to: ID.jordan },
        "NOT_FOUND",
        'no entity with id "country:atlantis"',
      ],
      [
        { from: ID.kamer, to: "country:atlantis" },
        "NOT_FOUND",
        'no entity with id "country:atlantis"',
      ],
      // Asking for no path still checks the ends.
      [{ from: ID.kamer, to: "country:atlantis", first: 0 }, "NOT_FOUND", "country:atlantis"],
      [{ from: ID.jordan, to: ID.jordan }, "BAD_USER_INPUT", "the same entity"],
      [
        { from: ID.kamer, to: ID.jordan, maxHops: 7 },
        "BAD_USER_INPUT",
        "maxHops must be between 1 and 6",
      ],
      [
        { from: ID.kamer, to: ID.jordan, first: 26 },
        "BAD_USER_INPUT",
        "first must be between 0 and 25",
      ],
      [{ from: "Jordan", to: ID.kamer }, "INVALID_ID", "Jordan"],
    ];
    for (const [variables, code, message] of cases) {
      const result = await api.request(QUERY, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      expect(result.errors?.[0]?.message).toContain(message);
    }
  });
});
