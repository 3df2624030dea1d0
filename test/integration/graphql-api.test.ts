import { beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../support/graph.ts";
import {
  API_FIXTURES,
  createTestApi,
  globalId,
  loadGraph,
  readFixtures,
} from "./graphql-client.ts";

/**
 * The API over a graph whose content is known exactly: the three hand-written articles of
 * test/fixtures/api (2018-07-11 NATO summit, 2018-10-01 NAVO-missie Irak, 2019-01-15 F-16
 * extension). Every expected answer below follows from those files.
 */
describe("GraphQL API on the api fixtures", () => {
  const graph = useTestGraph();
  const api = createTestApi(graph);

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(API_FIXTURES));
  });

  it("finds an entity by any of its names and counts the articles that mention it", async () => {
    const data = await api.data<{
      byAlias: { name: string; entityId: string; mentionCount: number; __typename: string };
      byCase: { name: string } | null;
      wrongType: { name: string } | null;
      byId: { name: string; aliases: string[]; iso2: string };
      none: null;
    }>(`{
      byAlias: entity(name: "Nederland") { __typename name entityId mentionCount }
      byCase: entity(name: "  nato  ", type: Organisation) { name }
      wrongType: entity(name: "NATO", type: Country) { name }
      byId: entity(id: "country:netherlands") { name aliases ... on Country { iso2 } }
      none: entity(name: "Atlantis") { name }
    }`);
    expect(data.byAlias).toEqual({
      __typename: "Country",
      name: "Netherlands",
      entityId: "country:netherlands",
      mentionCount: 3,
    });
    expect(data.byCase).toEqual({ name: "NATO" });
    expect(data.wrongType).toBeNull();
    expect(data.byId.name).toBe("Netherlands");
    expect(data.byId.aliases).toEqual(expect.arrayContaining(["Nederland", "the Netherlands"]));
    expect(data.byId.iso2).toBe("NL");
    expect(data.none).toBeNull();
  });

  it("resolves Relay global ids through node and nodes, typed, in order", async () => {
    const nl = globalId("Country", "country:netherlands");
    const nato = globalId("Organisation", "organisation:nato");
    const article = globalId("Article", "api-navo-missie-irak");
    const missing = globalId("Person", "person:nobody");
    const wrongType = globalId("Person", "country:netherlands");
    const data = await api.data<{
      node: { __typename: string; id: string; name: string };
      nodes: ({ __typename: string; id?: string; title?: string; name?: string } | null)[];
    }>(
      `query($nl: ID!, $ids: [ID!]!) {
        node(id: $nl) { __typename id ... on Entity { name } }
        nodes(ids: $ids) { __typename id ... on Entity { name } ... on Article { title } }
      }`,
      { nl, ids: [nato, article, missing, wrongType] },
    );
    expect(data.node).toEqual({ __typename: "Country", id: nl, name: "Netherlands" });
    expect(data.nodes).toEqual([
      { __typename: "Organisation", id: nato, name: "NATO" },
      { __typename: "Article", id: article, title: "Nederland steunt NAVO-missie in Irak" },
      null,
      null,
    ]);
  });

  it("lists an entity's relationships with their ends, properties and evidence", async () => {
    const data = await api.data<{
      entity: {
        relationships: {
          totalCount: number;
          edges: {
            node: {
              relationshipId: string;
              type: string;
              source: { name: string };
              target: { name: string };
              properties: { quantity: number | null; until: string | null; role: string | null };
              confidence: number;
              articleCount: number;
              evidenceCount: number;
              firstSeen: string | null;
              lastSeen: string | null;
              evidence: {
                sentence: string;
                start: number;
                end: number;
                article: { articleId: string; text: string };
              }[];
            };
          }[];
        };
      };
    }>(`{
      entity(name: "Netherlands") {
        relationships(first: 20) {
          totalCount
          edges { node {
            relationshipId type source { name } target { name }
            properties { quantity until role }
            confidence articleCount evidenceCount firstSeen lastSeen
            evidence { sentence start end article { articleId text } }
          } }
        }
      }
    }`);
    const { totalCount, edges } = data.entity.relationships;
    expect(totalCount).toBe(7);
    expect(
      edges.map((e) => `${e.node.type} ${e.node.source.name} -> ${e.node.target.name}`),
    ).toEqual([
      "COOPERATES_WITH Belgium -> Netherlands",
      "PARTICIPATES_IN Netherlands -> NATO summit 2018",
      "PARTICIPATES_IN Netherlands -> NATO Mission Iraq",
      "PROVIDES Netherlands -> F-16 (Netherlands)",
      "PROVIDES Netherlands -> military advisers (Netherlands)",
      "REPRESENTS Ank Bijleveld -> Netherlands",
      "SUPPORTS NATO -> Netherlands",
    ]);
    const f16 = edges.find(
      (e) => e.node.relationshipId === "PROVIDES:country:netherlands->asset:f-16-netherlands",
    )?.node;
    // Stated in two articles: one relationship, two pieces of evidence, newest first, and the
    // properties of the most recent statement.
    expect(f16).toMatchObject({
      properties: { quantity: 4, until: "2019-12-31", role: null },
      confidence: 0.92,
      articleCount: 2,
      evidenceCount: 2,
      firstSeen: "2018-07-11",
      lastSeen: "2019-01-15",
    });
    expect(f16?.evidence.map((e) => [e.article.articleId, e.sentence])).toEqual([
      [
        "api-f16-extension",
        "The Netherlands will keep 4 F-16s in the air campaign against ISIS until the end of 2019.",
      ],
      ["api-nato-summit", "The Netherlands will send 4 F-16s to the air campaign against ISIS."],
    ]);
    for (const evidence of f16?.evidence ?? []) {
      expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    }
    const represents = edges.find((e) => e.node.type === "REPRESENTS")?.node;
    expect(represents?.properties.role).toBe("Minister of Defence");
  });

  it("filters relationships by type and direction; symmetric ones count in both directions", async () => {
    const data = await api.data<
      Record<string, { relationships: { totalCount: number; edges: { node: { type: string } }[] } }>
    >(`{
      out: entity(name: "Netherlands") { relationships(direction: OUTGOING) { totalCount edges { node { type } } } }
      in: entity(name: "Netherlands") { relationships(direction: INCOMING) { totalCount edges { node { type } } } }
      provides: entity(name: "Netherlands") { relationships(types: [PROVIDES]) { totalCount edges { node { type } } } }
      none: entity(name: "Netherlands") { relationships(types: [LEADS], direction: OUTGOING) { totalCount edges { node { type } } } }
    }`);
    const types = (key: string) => data[key]?.relationships.edges.map((e) => e.node.type);
    expect(types("out")).toEqual([
      "COOPERATES_WITH",
      "PARTICIPATES_IN",
      "PARTICIPATES_IN",
      "PROVIDES",
      "PROVIDES",
    ]);
    expect(data.out?.relationships.totalCount).toBe(5);
    expect(types("in")).toEqual(["COOPERATES_WITH", "REPRESENTS", "SUPPORTS"]);
    expect(data.in?.relationships.totalCount).toBe(3);
    expect(types("provides")).toEqual(["PROVIDES", "PROVIDES"]);
    expect(data.provides?.relationships.totalCount).toBe(2);
    expect(data.none?.relationships).toEqual({ totalCount: 0, edges: [] });
  });

  it("lists neighbours, distinct, filtered by relationship and entity type", async () => {
    const data = await api.data<
      Record<string, { neighbours: { totalCount: number; edges: { node: { name: string } }[] } }>
    >(`{
      all: entity(name: "Netherlands") { neighbours { totalCount edges { node { name } } } }
      assets: entity(name: "Netherlands") { neighbours(types: [Asset]) { totalCount edges { node { name } } } }
      led: entity(name: "NATO Mission Iraq") { neighbours(relationTypes: [LEADS], direction: INCOMING) { totalCount edges { node { name } } } }
    }`);
    const names = (key: string) => data[key]?.neighbours.edges.map((e) => e.node.name);
    // Ordered by entity id: asset:…, country:…, event:…, mission:…, organisation:…, person:….
    expect(names("all")).toEqual([
      "F-16 (Netherlands)",
      "military advisers (Netherlands)",
      "Belgium",
      "NATO summit 2018",
      "NATO Mission Iraq",
      "NATO",
      "Ank Bijleveld",
    ]);
    expect(data.all?.neighbours.totalCount).toBe(7);
    expect(names("assets")).toEqual(["F-16 (Netherlands)", "military advisers (Netherlands)"]);
    expect(data.assets?.neighbours.totalCount).toBe(2);
    expect(names("led")).toEqual(["NATO"]);
  });

  it("lists an entity's articles newest first, and an article's publisher and mentions", async () => {
    const data = await api.data<{
      entity: {
        articles: {
          totalCount: number;
          edges: { node: { articleId: string; publishedAt: string } }[];
        };
      };
      article: {
        title: string;
        language: string;
        source: { name: string; sourceId: string };
        mentions: {
          entity: { name: string };
          count: number;
          surfaces: string[];
          spans: { start: number; end: number }[];
        }[];
        text: string;
      };
    }>(`{
      entity(name: "NATO") { articles { totalCount edges { node { articleId publishedAt } } } }
      article(id: "${globalId("Article", "api-navo-missie-irak")}") {
        title language text source { name sourceId }
        mentions { entity { name } count surfaces spans { start end } }
      }
    }`);
    expect(data.entity.articles.totalCount).toBe(3);
    expect(data.entity.articles.edges.map((e) => e.node.articleId)).toEqual([
      "api-f16-extension",
      "api-navo-missie-irak",
      "api-nato-summit",
    ]);
    expect(data.article.title).toBe("Nederland steunt NAVO-missie in Irak");
    expect(data.article.language).toBe("nl");
    expect(data.article.source).toEqual({ name: "Defensie", sourceId: "source:defensie" });
    expect(data.article.mentions.map((m) => m.entity.name)).toEqual([
      "Netherlands",
      "NATO Mission Iraq",
      "Iraq",
      "military advisers (Netherlands)",
      "NATO",
      "Baghdad",
    ]);
    const mission = data.article.mentions.find((m) => m.entity.name === "NATO Mission Iraq");
    expect(mission?.count).toBe(2);
    for (const span of mission?.spans ?? []) {
      expect(data.article.text.slice(span.start, span.end)).toBe("NAVO-missie in Irak");
    }
  });

  it("filters the article list by publisher, language and date", async () => {
    const ids = async (args: string) => {
      const data = await api.data<{
        articles: { totalCount: number; edges: { node: { articleId: string } }[] };
      }>(`{ articles(${args}) { totalCount edges { node { articleId } } } }`);
      expect(data.articles.totalCount).toBe(data.articles.edges.length);
      return data.articles.edges.map((e) => e.node.articleId);
    };
    expect(await ids("first: 10")).toEqual([
      "api-f16-extension",
      "api-navo-missie-irak",
      "api-nato-summit",
    ]);
    expect(await ids(`source: "NATO Press"`)).toEqual(["api-f16-extension", "api-nato-summit"]);
    expect(await ids("language: nl")).toEqual(["api-navo-missie-irak"]);
    expect(await ids(`publishedFrom: "2018-08-01"`)).toEqual([
      "api-f16-extension",
      "api-navo-missie-irak",
    ]);
    // A date bound includes the whole day, even for a date-time publication.
    expect(await ids(`publishedTo: "2018-10-01"`)).toEqual([
      "api-navo-missie-irak",
      "api-nato-summit",
    ]);
    expect(await ids(`publishedFrom: "2018-10-01", publishedTo: "2018-10-01"`)).toEqual([
      "api-navo-missie-irak",
    ]);
  });

  it("searches names and aliases without case or accents, with prefixes and one typo", async () => {
    const search = async (text: string, extra = "") => {
      const data = await api.data<{
        search: { totalCount: number; edges: { score: number; node: { name: string } }[] };
      }>(
        `query($text: String!) { search(text: $text${extra}) { totalCount edges { score node { name } } } }`,
        { text },
      );
      return data.search;
    };
    expect((await search("Bagdad")).edges.map((e) => e.node.name)).toEqual(["Baghdad"]);
    expect((await search("belgie")).edges.map((e) => e.node.name)).toEqual(["Belgium"]);
    expect((await search("bijlevelt")).edges.map((e) => e.node.name)).toEqual(["Ank Bijleveld"]);
    const navo = await search("navo");
    expect(navo.edges.map((e) => e.node.name).sort()).toEqual(["NATO", "NATO Mission Iraq"]);
    expect(navo.totalCount).toBe(2);
    const scores = navo.edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const missions = await search("nato", ", types: [Mission, Event]");
    expect(missions.edges.map((e) => e.node.name).sort()).toEqual([
      "NATO Mission Iraq",
      "NATO summit 2018",
    ]);
    expect((await search("nato missie")).edges.map((e) => e.node.name)).toEqual([
      "NATO Mission Iraq",
    ]);
  });
});
