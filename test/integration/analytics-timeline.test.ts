import { beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../support/graph.ts";
import { ID, loadAnalyticsGraph } from "./analytics-fixtures.ts";
import { createTestApi } from "./graphql-client.ts";

const graph = useTestGraph();
const api = createTestApi(graph);

beforeAll(async () => {
  await loadAnalyticsGraph(graph);
});

interface Bucket {
  start: string;
  end: string;
  articleCount: number;
  mentionCount: number;
  relationshipCount: number;
  evidenceCount: number;
}

const QUERY = `query($entity: ID, $interval: TimelineInterval, $from: String, $to: String) {
  timeline(entity: $entity, interval: $interval, from: $from, to: $to) {
    start end articleCount mentionCount relationshipCount evidenceCount
  }
}`;

const timeline = async (variables: Record<string, unknown>) =>
  (await api.data<{ timeline: Bucket[] }>(QUERY, variables)).timeline;

const bucket = (start: string, end: string, counts: [number, number, number, number]) => ({
  start,
  end,
  articleCount: counts[0],
  mentionCount: counts[1],
  relationshipCount: counts[2],
  evidenceCount: counts[3],
});

describe("timeline", () => {
  it("buckets an entity's mentions and relationships by month", async () => {
    // February: articles 1 and 2 (participation, advisers; F-16s, Bijleveld).
    // March: articles 3 and 4 (cooperation with Belgium; advisers and participation again).
    const { result, names } = await graph.countRoundTrips(() =>
      timeline({ entity: ID.netherlands, interval: "MONTH" }),
    );
    expect(result).toEqual([
      bucket("2018-02-01", "2018-02-28", [2, 2, 4, 4]),
      bucket("2018-03-01", "2018-03-31", [2, 2, 3, 3]),
    ]);
    // The entity (to tell an unknown one) and the timeline itself.
    expect([...names].sort()).toEqual(["read/entities-by-ids", "read/timeline-entity"]);
  });

  it("uses Monday weeks and fills periods without activity with zeros", async () => {
    expect(await timeline({ entity: ID.netherlands, interval: "WEEK" })).toEqual([
      bucket("2018-02-12", "2018-02-18", [1, 1, 2, 2]),
      bucket("2018-02-19", "2018-02-25", [1, 1, 2, 2]),
      bucket("2018-02-26", "2018-03-04", [0, 0, 0, 0]),
      bucket("2018-03-05", "2018-03-11", [2, 2, 3, 3]),
    ]);
  });

  it("covers the whole graph, from `from` to `to` even where nothing was published", async () => {
    expect(await timeline({ interval: "MONTH", from: "2018-01", to: "2018-05-15" })).toEqual([
      bucket("2018-01-01", "2018-01-31", [0, 0, 0, 0]),
      // 6 + 6 entities named; 6 + 5 relationships stated.
      bucket("2018-02-01", "2018-02-28", [2, 12, 11, 11]),
      // 8 + 4 named; 8 + 3 stated, none in both articles.
      bucket("2018-03-01", "2018-03-31", [2, 12, 11, 11]),
      bucket("2018-04-01", "2018-04-30", [1, 4, 2, 2]),
      bucket("2018-05-01", "2018-05-31", [0, 0, 0, 0]),
    ]);
    const days = await timeline({ interval: "DAY", from: "2018-03-05", to: "2018-03-06" });
    expect(days).toEqual([
      bucket("2018-03-05", "2018-03-05", [1, 8, 8, 8]),
      bucket("2018-03-06", "2018-03-06", [1, 4, 3, 3]),
    ]);
  });

  it("counts a relationship once per period however many sentences state it", async () => {
    const mission = await timeline({ entity: ID.nmi, interval: "MONTH", to: "2018-03" });
    // March: Belgium participates, Belgian advisers assigned, operates in Iraq (article 3);
    // Dutch participation again and EU support (article 4).
    expect(mission.map((b) => [b.start, b.relationshipCount, b.evidenceCount])).toEqual([
      ["2018-02-01", 5, 5],
      ["2018-03-01", 5, 5],
    ]);
  });

  it("refuses unknown entities and timelines with too many periods", async () => {
    const unknown = await api.request(QUERY, { entity: "country:atlantis" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const long = await api.request(QUERY, { interval: "DAY", from: "2000", to: "2018" });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(long.errors?.[0]?.message).toContain("more than 1000 periods");
  });
});
