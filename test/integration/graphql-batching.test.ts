import { describe, expect, it } from "vitest";
import { type AnnotatedArticle, articleText } from "../../src/domain/article.ts";
import { useTestGraph } from "../support/graph.ts";
import { createTestApi, globalId, loadGraph } from "./graphql-client.ts";

/**
 * One article naming a hub mission and `units` organisations: every unit PARTICIPATES_IN the hub
 * and COOPERATES_WITH the next unit, each relation with its own evidence sentence.
 */
function hubArticle(units: number): AnnotatedArticle {
  const names = Array.from({ length: units }, (_, i) => `Unit ${String(i + 1).padStart(3, "0")}`);
  const sentences: {
    text: string;
    type: "PARTICIPATES_IN" | "COOPERATES_WITH";
    source: string;
    target: string;
  }[] = [];
  names.forEach((name, i) => {
    sentences.push({
      text: `${name} joins Operation Hub.`,
      type: "PARTICIPATES_IN",
      source: name,
      target: "Operation Hub",
    });
    const next = names[i + 1];
    if (next) {
      sentences.push({
        text: `${name} works with ${next}.`,
        type: "COOPERATES_WITH",
        source: name,
        target: next,
      });
    }
  });
  const title = `Operation Hub gathers ${units} units`;
  const body = sentences.map((s) => s.text).join(" ");
  const text = articleText({ title, body });
  let cursor = title.length + 2;
  const relations = sentences.map((s) => {
    const start = text.indexOf(s.text, cursor);
    cursor = start + s.text.length;
    return {
      type: s.type,
      source: s.source,
      target: s.target,
      evidence: [{ start, end: start + s.text.length, sentence: s.text, confidence: 0.9 }],
    };
  });
  return {
    article: {
      id: `hub-${units}`,
      title,
      body,
      source: "Batch Press",
      language: "en",
      publishedAt: "2020-01-01",
    },
    extractor: "generated",
    entities: [
      { type: "Mission", name: "Operation Hub" },
      ...names.map((name) => ({ type: "Organisation" as const, name })),
    ],
    relations,
  };
}

/** Touches every neighbour of the hub, their articles, relationships, ends and evidence. */
const WIDE_QUERY = `query($id: ID!) {
  entity(id: $id) {
    name
    neighbours(first: 100) {
      totalCount
      edges { node {
        name
        mentionCount
        articles(first: 5) { totalCount edges { node { title } } }
        relationships(first: 10) {
          totalCount
          edges { node {
            type
            source { name }
            target { name }
            evidence { sentence article { title source { name } } }
          } }
        }
      } }
    }
  }
}`;

interface WideResult {
  entity: {
    neighbours: {
      totalCount: number;
      edges: {
        node: {
          name: string;
          mentionCount: number;
          articles: { totalCount: number };
          relationships: {
            totalCount: number;
            edges: {
              node: {
                type: string;
                source: { name: string };
                target: { name: string };
                evidence: { sentence: string }[];
              };
            }[];
          };
        };
      }[];
    };
  };
}

describe("GraphQL batching", () => {
  const graph = useTestGraph();
  const api = createTestApi(graph);

  async function wideQuery(units: number) {
    await loadGraph(graph, [hubArticle(units)]);
    return graph.countRoundTrips(() =>
      api.data<WideResult>(WIDE_QUERY, { id: "mission:operation-hub" }),
    );
  }

  it("answers a query over 60 entities and their relationships in a fixed number of round trips", async () => {
    const small = await wideQuery(5);
    const large = await wideQuery(60);

    // The answer is right: 60 neighbours, each in the article once, with its relationships
    // (PARTICIPATES_IN the hub and COOPERATES_WITH one or two neighbours), each with its sentence.
    const neighbours = large.result.entity.neighbours;
    expect(neighbours.totalCount).toBe(60);
    expect(neighbours.edges).toHaveLength(60);
    const unit7 = neighbours.edges.find((e) => e.node.name === "Unit 007")?.node;
    expect(unit7?.mentionCount).toBe(1);
    expect(unit7?.articles.totalCount).toBe(1);
    expect(unit7?.relationships.totalCount).toBe(3);
    expect(
      unit7?.relationships.edges.map((e) => [
        e.node.type,
        e.node.source.name,
        e.node.target.name,
        e.node.evidence[0]?.sentence,
      ]),
    ).toEqual([
      ["COOPERATES_WITH", "Unit 006", "Unit 007", "Unit 006 works with Unit 007."],
      ["COOPERATES_WITH", "Unit 007", "Unit 008", "Unit 007 works with Unit 008."],
      ["PARTICIPATES_IN", "Unit 007", "Operation Hub", "Unit 007 joins Operation Hub."],
    ]);
    const ends = neighbours.edges.map((e) => e.node.relationships.totalCount);
    expect(ends.filter((n) => n === 2)).toHaveLength(2); // Unit 001 and Unit 060

    // The cost does not grow with the number of entities: one statement per kind of lookup.
    expect(large.roundTrips).toBe(small.roundTrips);
    expect(large.roundTrips).toBeLessThanOrEqual(10);
    expect(new Set(large.names).size).toBe(large.names.length);
  });

  it("reads a page of relationships with their count, ends and evidence in one statement", async () => {
    await loadGraph(graph, [hubArticle(5)]);
    const query = `query($id: ID!) { entity(id: $id) { relationships(first: 50) {
      totalCount edges { node { source { name } target { name } evidence(first: 1) { sentence } } } } } }`;
    const { result, names } = await graph.countRoundTrips(() =>
      api.data<{
        entity: {
          relationships: {
            totalCount: number;
            edges: {
              node: {
                source: { name: string };
                target: { name: string };
                evidence: { sentence: string }[];
              };
            }[];
          };
        };
      }>(query, { id: "mission:operation-hub" }),
    );
    // The entity itself comes from the page's statement (the root field looks ahead).
    expect(names).toEqual(["read/entity-relationships-by-id"]);
    expect(result.entity.relationships.totalCount).toBe(5);
    expect(
      result.entity.relationships.edges.map((e) => [
        e.node.source.name,
        e.node.target.name,
        e.node.evidence.map((ev) => ev.sentence),
      ]),
    ).toEqual(
      [1, 2, 3, 4, 5].map((n) => [
        `Unit 00${n}`,
        "Operation Hub",
        [`Unit 00${n} joins Operation Hub.`],
      ]),
    );

    // Two different `first`s of evidence (aliases) cannot share one page: the evidence loader
    // answers each, with the same evidence.
    const aliased = await graph.countRoundTrips(() =>
      api.data<{
        entity: { relationships: { edges: { node: { one: unknown[]; two: unknown[] } }[] } };
      }>(
        `query($id: ID!) { entity(id: $id) { relationships(first: 2) { edges { node {
          one: evidence(first: 1) { sentence } two: evidence(first: 2) { sentence } } } } } }`,
        { id: "mission:operation-hub" },
      ),
    );
    expect(aliased.names).toContain("read/evidence-by-rel-ids");
    for (const edge of aliased.result.entity.relationships.edges) {
      expect(edge.node.one).toHaveLength(1);
      expect(edge.node.two).toEqual(edge.node.one);
    }
  });

  it("answers an entity's relationships with their ends, evidence and its articles in one statement", async () => {
    await loadGraph(graph, [hubArticle(5)]);
    // The benchmark's query (a), and (a) without evidence as @neo4j/graphql's comparison asks it.
    const withEvidence = `query($id: ID!) { entity(id: $id) { name relationships(first: 50) {
      totalCount edges { node { type source { name } target { name }
        evidence(first: 3) { sentence article { title } } } } } } }`;
    const { result, names } = await graph.countRoundTrips(() =>
      api.data<{
        entity: {
          name: string;
          relationships: {
            totalCount: number;
            edges: {
              node: {
                type: string;
                source: { name: string };
                target: { name: string };
                evidence: { sentence: string; article: { title: string } }[];
              };
            }[];
          };
        };
      }>(withEvidence, { id: "mission:operation-hub" }),
    );
    expect(names).toEqual(["read/entity-relationships-by-id"]);
    expect(result.entity.name).toBe("Operation Hub");
    expect(result.entity.relationships.totalCount).toBe(5);
    expect(
      result.entity.relationships.edges.map((e) => [
        e.node.source.name,
        e.node.evidence.map((ev) => [ev.sentence, ev.article.title]),
      ]),
    ).toEqual(
      [1, 2, 3, 4, 5].map((n) => [
        `Unit 00${n}`,
        [[`Unit 00${n} joins Operation Hub.`, "Operation Hub gathers 5 units"]],
      ]),
    );

    // The article's body is read only when the query asks for it (or its text); either way, one
    // statement.
    const withBody = await graph.countRoundTrips(() =>
      api.data<{
        entity: {
          relationships: {
            edges: { node: { evidence: { article: { title: string; body: string } }[] } }[];
          };
        };
      }>(
        `query($id: ID!) { entity(id: $id) { relationships(first: 1) { edges { node {
          evidence(first: 1) { article { title ...on Article { body } } } } } } } }`,
        { id: "mission:operation-hub" },
      ),
    );
    expect(withBody.names).toEqual(["read/entity-relationships-by-id"]);
    const article = withBody.result.entity.relationships.edges[0]?.node.evidence[0]?.article;
    expect(article?.title).toBe("Operation Hub gathers 5 units");
    expect(article?.body).toContain("Unit 001 joins Operation Hub.");
    expect(article?.body).toBe(hubArticle(5).article.body);

    const withoutEvidence = await graph.countRoundTrips(() =>
      api.data<{ entity: { relationships: { edges: { node: { source: { id: string } } }[] } } }>(
        `query($id: ID!) { entity(id: $id) { relationships(first: 50) { edges { node {
          type source { id name } target { id name } } } } } }`,
        { id: "mission:operation-hub" },
      ),
    );
    expect(withoutEvidence.names).toEqual(["read/entity-relationships-by-id"]);
    expect(withoutEvidence.result.entity.relationships.edges).toHaveLength(5);

    // Without relationships on the page, the entity is still answered; an unknown one is null.
    const empty = await graph.countRoundTrips(() =>
      api.data<{ known: { name: string; relationships: { totalCount: number } }; unknown: null }>(
        `{ known: entity(id: "mission:operation-hub") { name relationships(types: [LEADS]) { totalCount } }
           unknown: entity(id: "mission:nowhere") { name relationships(types: [LEADS]) { totalCount } } }`,
      ),
    );
    expect(empty.result).toEqual({
      known: { name: "Operation Hub", relationships: { totalCount: 0 } },
      unknown: null,
    });
    expect(empty.names).toEqual(["read/entity-relationships-by-id"]);

    // Wrong arguments are still the relationships field's error, not the entity's.
    const wrong = await api.request(
      `{ entity(id: "mission:operation-hub") { name relationships(first: 500) { totalCount } } }`,
    );
    expect(wrong.data).toEqual({ entity: null }); // relationships is non-null
    expect(wrong.errors?.[0]?.path).toEqual(["entity", "relationships"]);
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("loads 50 nodes by global id in one round trip", async () => {
    await loadGraph(graph, [hubArticle(50)]);
    const ids = Array.from({ length: 50 }, (_, i) =>
      globalId("Organisation", `organisation:unit-${String(i + 1).padStart(3, "0")}`),
    );
    const { result, roundTrips, names } = await graph.countRoundTrips(() =>
      api.data<{ nodes: { name: string }[] }>(
        "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { name } } }",
        { ids },
      ),
    );
    expect(result.nodes.map((n) => n.name)).toEqual(
      Array.from({ length: 50 }, (_, i) => `Unit ${String(i + 1).padStart(3, "0")}`),
    );
    expect(names).toEqual(["read/entities-by-ids"]);
    expect(roundTrips).toBe(1);
  });
});
