import { beforeAll, describe, expect, it } from "vitest";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/domain/vocabulary.ts";
import { useTestGraph } from "../support/graph.ts";
import { ID, loadAnalyticsGraph } from "./analytics-fixtures.ts";
import { createTestApi } from "./graphql-client.ts";

const graph = useTestGraph();
const api = createTestApi(graph);

beforeAll(async () => {
  await loadAnalyticsGraph(graph);
});

describe("stats", () => {
  it("counts entities and relationships per type, articles, sources and evidence in one statement", async () => {
    const { result, names } = await graph.countRoundTrips(() =>
      api.data<{
        stats: {
          articleCount: number;
          sourceCount: number;
          evidenceCount: number;
          entityCounts: { type: string; count: number }[];
          relationshipCounts: { type: string; count: number }[];
        };
      }>(`{ stats { articleCount sourceCount evidenceCount
          entityCounts { type count } relationshipCounts { type count } } }`),
    );
    expect(names).toEqual(["read/stats-counts"]);
    const { stats } = result;
    expect(stats.articleCount).toBe(5);
    expect(stats.sourceCount).toBe(3);
    expect(stats.evidenceCount).toBe(24);
    expect(stats.entityCounts.map((c) => c.type)).toEqual([...ENTITY_TYPES]);
    expect(Object.fromEntries(stats.entityCounts.map((c) => [c.type, c.count]))).toEqual({
      Person: 1,
      Organisation: 4,
      Country: 4,
      Location: 1,
      Mission: 2,
      Asset: 4,
      Event: 0,
    });
    expect(stats.relationshipCounts.map((c) => c.type)).toEqual([...RELATION_TYPES]);
    expect(Object.fromEntries(stats.relationshipCounts.map((c) => [c.type, c.count]))).toEqual({
      REPRESENTS: 1,
      MEMBER_OF: 0,
      LEADS: 1,
      PARTICIPATES_IN: 2,
      PROVIDES: 4,
      ASSIGNED_TO: 4,
      LOCATED_IN: 2,
      OPERATES_IN: 2,
      HEADQUARTERED_IN: 1,
      OPPOSES: 2,
      SUPPORTS: 2,
      COOPERATES_WITH: 1,
      PART_OF: 0,
    });
  });

  interface TopData {
    stats: {
      topEntities: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { value: number; node: { entityId: string } }[];
      };
    };
  }
  const TOP = `query($by: EntityRanking, $type: EntityType, $first: Int, $after: String) {
    stats { topEntities(by: $by, type: $type, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { value node { entityId } }
    } }
  }`;
  const top = async (variables: Record<string, unknown>) => {
    const data = await api.data<TopData>(TOP, variables);
    return data.stats.topEntities;
  };
  const ranked = (connection: TopData["stats"]["topEntities"]) =>
    connection.edges.map((e) => [e.node.entityId, e.value]);

  it("ranks entities by mentions or by degree, optionally of one type", async () => {
    expect(ranked(await top({ by: "MENTIONS", first: 8 }))).toEqual([
      [ID.netherlands, 4],
      [ID.jordan, 3],
      [ID.nmi, 3],
      [ID.advisersNl, 2],
      [ID.iraq, 2],
      [ID.air, 2],
      [ID.daesh, 2],
      [ID.nato, 2],
    ]);
    expect(ranked(await top({ by: "DEGREE", first: 7 }))).toEqual([
      [ID.nmi, 9],
      [ID.netherlands, 5],
      [ID.belgium, 4],
      [ID.f16Be, 3],
      [ID.f16Nl, 3],
      [ID.jordan, 3],
      [ID.air, 3],
    ]);
    const countries = await top({ by: "DEGREE", type: "Country" });
    expect(ranked(countries)).toEqual([
      [ID.netherlands, 5],
      [ID.belgium, 4],
      [ID.jordan, 3],
      [ID.iraq, 2],
    ]);
    expect(countries.totalCount).toBe(4);
  });

  it("pages rankings with cursors holding the aggregate", async () => {
    const whole = ranked(await top({ by: "DEGREE", first: 100 }));
    expect(whole).toHaveLength(16);
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const connection: TopData["stats"]["topEntities"] = await top({
        by: "DEGREE",
        first: 5,
        after,
      });
      seen.push(...ranked(connection));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole);
    const mentions = await top({ by: "MENTIONS", first: 1 });
    const wrong = await api.request(TOP, { by: "DEGREE", after: mentions.pageInfo.endCursor });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("ranks publishers by articles", async () => {
    const data = await api.data<{
      stats: { topSources: { articleCount: number; source: { name: string } }[] };
    }>(`{ stats { topSources(first: 5) { articleCount source { name } } } }`);
    expect(data.stats.topSources).toEqual([
      { articleCount: 2, source: { name: "Defensie" } },
      { articleCount: 2, source: { name: "NATO Press" } },
      { articleCount: 1, source: { name: "Reuters" } },
    ]);
  });

  const CONTRIBUTIONS = `query($mission: ID!, $types: [EntityType!]) {
    stats { contributions(mission: $mission, contributorTypes: $types) {
      contributor { entityId } participates quantity
      assets { asset { entityId } quantity relationship { evidence(first: 1) { sentence } } }
    } }
  }`;
  interface ContributionsData {
    stats: {
      contributions: {
        contributor: { entityId: string };
        participates: boolean;
        quantity: number;
        assets: {
          asset: { entityId: string };
          quantity: number | null;
          relationship: { evidence: { sentence: string }[] };
        }[];
      }[];
    };
  }

  it("sums per country the quantities of the assets assigned to a mission", async () => {
    const nmi = await api.data<ContributionsData>(CONTRIBUTIONS, { mission: ID.nmi });
    // The Dutch advisers were raised from 2 to 5 by the later article; F-16s serve elsewhere.
    expect(
      nmi.stats.contributions.map((c) => [
        c.contributor.entityId,
        c.participates,
        c.quantity,
        c.assets.map((a) => [a.asset.entityId, a.quantity]),
      ]),
    ).toEqual([
      [ID.netherlands, true, 5, [[ID.advisersNl, 5]]],
      [ID.belgium, true, 3, [[ID.advisersBe, 3]]],
    ]);
    expect(nmi.stats.contributions[0]?.assets[0]?.relationship.evidence[0]?.sentence).toBe(
      "The Netherlands raises its contribution to 5 military advisers in NATO Mission Iraq.",
    );
    const air = await api.data<ContributionsData>(CONTRIBUTIONS, { mission: ID.air });
    expect(
      air.stats.contributions.map((c) => [c.contributor.entityId, c.participates, c.quantity]),
    ).toEqual([
      [ID.belgium, false, 6],
      [ID.netherlands, false, 4],
    ]);
    const organisations = await api.data<ContributionsData>(CONTRIBUTIONS, {
      mission: ID.nmi,
      types: ["Organisation"],
    });
    expect(organisations.stats.contributions).toEqual([]);
  });

  it("refuses a mission id that names no mission", async () => {
    for (const mission of [ID.netherlands, "mission:atlantis"]) {
      const result = await api.request(CONTRIBUTIONS, { mission });
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(result.errors?.[0]?.message).toContain(`no mission with id "${mission}"`);
    }
  });
});
