import { beforeAll, describe, expect, it } from "vitest";
import type { SubgraphEdge, SubgraphNode } from "../../src/domain/subgraph.ts";
import { createSubgraphReads, type SubgraphSelection } from "../../src/graph/read/subgraph.ts";
import { useTestGraph } from "../support/graph.ts";
import { ID, loadAnalyticsGraph } from "./analytics-fixtures.ts";
import { createTestApi, globalId } from "./graphql-client.ts";

const graph = useTestGraph();
const reads = createSubgraphReads(graph.executor);
const api = createTestApi(graph);

const ALL: SubgraphSelection = {
  seeds: null,
  depth: 1,
  entityTypes: null,
  relationTypes: null,
  from: null,
  to: null,
  minConfidence: null,
  limit: 1000,
};

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id).sort();
const edgeKeys = (edges: readonly SubgraphEdge[]) =>
  edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort();

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

beforeAll(async () => {
  await loadAnalyticsGraph(graph);
});

describe("findSubgraph", () => {
  it("takes the seeds and what lies within `depth` hops, with the edges among them", async () => {
    const one = await reads.findSubgraph({ ...ALL, seeds: [ID.kamer], depth: 1 });
    expect(ids(one.nodes)).toEqual([ID.nmi, ID.kamer]);
    expect(edgeKeys(one.edges)).toEqual([`${ID.kamer} SUPPORTS ${ID.nmi}`]);

    const two = await reads.findSubgraph({ ...ALL, seeds: [ID.kamer], depth: 2 });
    expect(ids(two.nodes)).toEqual(
      [
        ID.kamer,
        ID.nmi,
        ID.netherlands,
        ID.advisersNl,
        ID.nato,
        ID.baghdad,
        ID.belgium,
        ID.advisersBe,
        ID.iraq,
        ID.eu,
      ].sort(),
    );
    expect(edgeKeys(two.edges)).toEqual(
      [
        `${ID.kamer} SUPPORTS ${ID.nmi}`,
        `${ID.netherlands} PARTICIPATES_IN ${ID.nmi}`,
        `${ID.netherlands} PROVIDES ${ID.advisersNl}`,
        `${ID.advisersNl} ASSIGNED_TO ${ID.nmi}`,
        `${ID.nato} LEADS ${ID.nmi}`,
        `${ID.nmi} HEADQUARTERED_IN ${ID.baghdad}`,
        `${ID.belgium} PARTICIPATES_IN ${ID.nmi}`,
        `${ID.belgium} PROVIDES ${ID.advisersBe}`,
        `${ID.advisersBe} ASSIGNED_TO ${ID.nmi}`,
        `${ID.belgium} COOPERATES_WITH ${ID.netherlands}`,
        `${ID.nmi} OPERATES_IN ${ID.iraq}`,
        `${ID.eu} SUPPORTS ${ID.nmi}`,
      ].sort(),
    );
  });

  it("shapes nodes and edges for visualisers: degree, mentions, coordinates, weight, dates", async () => {
    const { nodes, edges } = await reads.findSubgraph({ ...ALL, seeds: [ID.kamer], depth: 2 });
    const node = (id: string) => nodes.find((n) => n.id === id) as SubgraphNode;
    expect(node(ID.netherlands)).toEqual({
      id: ID.netherlands,
      type: "Country",
      name: "Netherlands",
      aliases: ["Nederland"],
      wikidataId: null,
      mentionCount: 4,
      degree: 5,
      lat: null,
      lon: null,
    });
    expect(node(ID.baghdad)).toMatchObject({ type: "Location", lat: 33.3152, lon: 44.3661 });
    expect(node(ID.nmi)).toMatchObject({ degree: 9, mentionCount: 3 });
    const advisers = edges.find((e) => e.id === `PROVIDES:${ID.netherlands}->${ID.advisersNl}`);
    // Stated in two articles; the later one (5 advisers) sets the properties.
    expect(advisers).toEqual({
      id: `PROVIDES:${ID.netherlands}->${ID.advisersNl}`,
      type: "PROVIDES",
      source: ID.netherlands,
      target: ID.advisersNl,
      weight: 2,
      confidence: 0.95,
      firstSeen: "2018-02-15",
      lastSeen: "2018-03-06",
      properties: { quantity: 5 },
    });
  });

  it("follows and draws only relationships of at least minConfidence", async () => {
    const { nodes, edges } = await reads.findSubgraph({
      ...ALL,
      seeds: [ID.kamer],
      depth: 2,
      minConfidence: 0.7,
    });
    // The EU (0.4) and the Belgian advisers (0.6) are reached only by weak relationships.
    expect(ids(nodes)).toEqual(
      [
        ID.kamer,
        ID.nmi,
        ID.netherlands,
        ID.advisersNl,
        ID.nato,
        ID.baghdad,
        ID.belgium,
        ID.iraq,
      ].sort(),
    );
    expect(edges.every((e) => e.confidence >= 0.7)).toBe(true);
    expect(edges).toHaveLength(8);
  });

  it("keeps relationships with evidence published in [from, to]", async () => {
    const { nodes, edges } = await reads.findSubgraph({
      ...ALL,
      seeds: [ID.netherlands],
      depth: 1,
      from: "2018-03-01",
      to: "2018-03",
    });
    expect(ids(nodes)).toEqual([ID.advisersNl, ID.belgium, ID.netherlands, ID.nmi]);
    // ASSIGNED_TO (advisers → mission) joins two kept nodes but was stated only in February.
    expect(edgeKeys(edges)).toEqual(
      [
        `${ID.netherlands} PARTICIPATES_IN ${ID.nmi}`,
        `${ID.netherlands} PROVIDES ${ID.advisersNl}`,
        `${ID.belgium} COOPERATES_WITH ${ID.netherlands}`,
        `${ID.belgium} PARTICIPATES_IN ${ID.nmi}`,
      ].sort(),
    );
  });

  it("walks only through entities of the types asked, the seeds excepted", async () => {
    const { nodes } = await reads.findSubgraph({
      ...ALL,
      seeds: [ID.kamer],
      depth: 3,
      entityTypes: ["Country", "Mission"],
    });
    expect(ids(nodes)).toEqual([ID.belgium, ID.iraq, ID.netherlands, ID.nmi, ID.kamer].sort());
  });

  it("cuts at `limit`: seeds, then nearest, then best connected", async () => {
    const { nodes, edges } = await reads.findSubgraph({
      ...ALL,
      seeds: [ID.kamer],
      depth: 2,
      limit: 4,
    });
    expect(nodes.map((n) => n.id)).toEqual([ID.kamer, ID.nmi, ID.netherlands, ID.belgium]);
    expect(edges).toHaveLength(4);
  });

  it("without seeds draws the best-connected entities of the whole graph", async () => {
    const { nodes, edges } = await reads.findSubgraph({ ...ALL, limit: 3 });
    expect(nodes.map((n) => n.id)).toEqual([ID.nmi, ID.netherlands, ID.belgium]);
    expect(edgeKeys(edges)).toEqual(
      [
        `${ID.belgium} COOPERATES_WITH ${ID.netherlands}`,
        `${ID.belgium} PARTICIPATES_IN ${ID.nmi}`,
        `${ID.netherlands} PARTICIPATES_IN ${ID.nmi}`,
      ].sort(),
    );
    const provides = await reads.findSubgraph({ ...ALL, relationTypes: ["PROVIDES"] });
    expect(provides.nodes).toHaveLength(6);
    expect(provides.edges.map((e) => e.type)).toEqual(Array(4).fill("PROVIDES"));
  });

  it("costs two statements, whatever the size of the answer", async () => {
    const small = await graph.countRoundTrips(() =>
      reads.findSubgraph({ ...ALL, seeds: [ID.kamer], depth: 1 }),
    );
    const large = await graph.countRoundTrips(() =>
      reads.findSubgraph({ ...ALL, seeds: [ID.kamer, ID.jordan], depth: 3 }),
    );
    expect(large.result.nodes.length).toBeGreaterThan(small.result.nodes.length * 5);
    expect(small.roundTrips).toBe(2);
    expect(large.roundTrips).toBe(2);
  });
});

describe("streamGraph", () => {
  it("streams every entity, then every relationship, in keyset batches", async () => {
    const whole = await reads.findSubgraph(ALL);
    const stream = reads.streamGraph({ batchSize: 3 });
    const { result, names } = await graph.countRoundTrips(async () => ({
      nodes: await collect(stream.nodes),
      edges: await collect(stream.edges),
    }));
    expect(result.nodes).toHaveLength(16);
    expect(result.edges).toHaveLength(22);
    expect(ids(result.nodes)).toEqual(ids(whole.nodes));
    expect(result.nodes).toEqual(expect.arrayContaining(whole.nodes));
    expect(result.edges).toEqual(expect.arrayContaining(whole.edges));
    expect(new Set(result.edges.map((e) => e.id)).size).toBe(22);
    // 16 nodes in batches of 3: six statements (the last one short, so no seventh).
    expect(names.filter((n) => n === "read/graph-stream-nodes")).toHaveLength(6);
    // Per relationship type, ceil((n + 1) / 3) statements: none holds more than a batch.
    expect(names.filter((n) => n.startsWith("read/graph-stream-edges")).length).toBeLessThan(30);
  });

  it("restarts when iterated again and filters by type at both ends", async () => {
    const stream = reads.streamGraph({ batchSize: 2, entityTypes: ["Country"] });
    const first = await collect(stream.nodes);
    const again = await collect(stream.nodes);
    expect(first.map((n) => n.id)).toEqual([ID.belgium, ID.iraq, ID.jordan, ID.netherlands]);
    expect(again).toEqual(first);
    expect(edgeKeys(await collect(stream.edges))).toEqual([
      `${ID.belgium} COOPERATES_WITH ${ID.netherlands}`,
    ]);
  });

  it("does not repeat or skip what existed throughout when articles are written mid-stream", async () => {
    const stream = reads.streamGraph({ batchSize: 4 });
    const seen: string[] = [];
    for await (const node of stream.nodes) {
      seen.push(node.id);
      if (seen.length === 4) {
        // A new entity that sorts before the cursor, and one after it.
        const { ingestAnnotated } = await import("../../src/ingest/ingest.ts");
        const { createArticleRepository } = await import("../../src/graph/article-repository.ts");
        await ingestAnnotated(createArticleRepository(graph.executor), {
          article: { id: "analytics-mid-stream", title: "Aardvark and Zulu", body: "" },
          entities: [
            { type: "Asset", name: "Aardvark" },
            { type: "Person", name: "Zulu Person" },
          ],
          relations: [],
        });
      }
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain("person:zulu-person");
    expect(seen).not.toContain("asset:aardvark");
    expect(seen).toHaveLength(17);
    await loadAnalyticsGraph(graph);
  });
});

interface SubgraphData {
  nodes: { id: string; type: string; name: string; degree: number; entity: { name: string } }[];
  edges: {
    source: string;
    target: string;
    type: string;
    weight: number;
    relationship: { evidence: { sentence: string }[] };
  }[];
}

describe("subgraph query", () => {
  const QUERY = `query($seeds: [ID!], $depth: Int, $from: String, $to: String, $limit: Int) {
    subgraph(seeds: $seeds, depth: $depth, from: $from, to: $to, limit: $limit) {
      nodes { id type name degree entity { name } }
      edges { source target type weight relationship { evidence(first: 1) { sentence } } }
    }
  }`;

  it("answers with nodes and edges, seeds given as entity ids or global ids", async () => {
    const data = await api.data<{ subgraph: SubgraphData }>(QUERY, {
      seeds: [globalId("Country", ID.netherlands)],
      from: "2018-03",
      to: "2018-03-31",
    });
    expect(ids(data.subgraph.nodes)).toEqual([ID.advisersNl, ID.belgium, ID.netherlands, ID.nmi]);
    expect(data.subgraph.nodes[0]).toMatchObject({
      id: ID.netherlands,
      type: "Country",
      entity: { name: "Netherlands" },
    });
    const cooperation = data.subgraph.edges.find((e) => e.type === "COOPERATES_WITH");
    expect(cooperation?.relationship.evidence[0]?.sentence).toBe(
      "Belgium works with the Netherlands; the mission operates in Iraq.",
    );
  });

  it("answers the same edges when asked only their ids, types and ends (read lean)", async () => {
    type Edge = { id: string; type: string; source: string; target: string; weight?: number };
    const ask = (edgeFields: string, args: Record<string, unknown>) =>
      api.data<{ subgraph: { edges: Edge[] } }>(
        `query($seeds: [ID!], $depth: Int, $from: String, $to: String) {
          subgraph(seeds: $seeds, depth: $depth, from: $from, to: $to) { nodes { id } edges { ${edgeFields} } }
        }`,
        args,
      );
    const cases: Record<string, unknown>[] = [
      { seeds: [ID.netherlands], depth: 2 },
      { seeds: [ID.netherlands], depth: 2, from: "2018-03", to: "2018-03-31" },
      {},
    ];
    for (const args of cases) {
      const lean = await ask("id type source target", args);
      const whole = await ask("id type source target weight", args);
      expect(whole.subgraph.edges.length, JSON.stringify(args)).toBeGreaterThan(0);
      expect(whole.subgraph.edges.every((edge) => (edge.weight ?? 0) >= 1)).toBe(true);
      expect(lean.subgraph.edges).toEqual(
        whole.subgraph.edges.map(({ weight: _, ...edge }) => edge),
      );
    }
  });

  it("refuses bad arguments by name and unknown seeds as NOT_FOUND", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ depth: 4 }, "BAD_USER_INPUT", "depth must be between 0 and 3"],
      [{ limit: 0 }, "BAD_USER_INPUT", "limit must be between 1 and 2000"],
      [{ from: "2018-02-30" }, "BAD_USER_INPUT", "from must be an ISO 8601 date"],
      [
        { from: "2018-04", to: "2018-03" },
        "BAD_USER_INPUT",
        "from (2018-04) is after to (2018-03)",
      ],
      [{ seeds: ["country:atlantis"] }, "NOT_FOUND", 'no entity with id "country:atlantis"'],
      [
        { seeds: [ID.kamer, ID.nato], limit: 1 },
        "BAD_USER_INPUT",
        "smaller than the number of seeds",
      ],
    ];
    for (const [variables, code, message] of cases) {
      const result = await api.request(QUERY, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      expect(result.errors?.[0]?.message).toContain(message);
    }
  });

  it("draws neighbourhoods of a whole list of entities in a fixed number of statements", async () => {
    const NEIGHBOURHOODS = `{
      search(text: "military advisers", first: 10) {
        edges { node { entityId neighbourhood(depth: 2) { nodes { id } edges { id } } } }
      }
    }`;
    const { result, roundTrips } = await graph.countRoundTrips(() =>
      api.data<{
        search: {
          edges: {
            node: {
              entityId: string;
              neighbourhood: { nodes: { id: string }[]; edges: { id: string }[] };
            };
          }[];
        };
      }>(NEIGHBOURHOODS),
    );
    const byEntity = new Map(
      result.search.edges.map((e) => [e.node.entityId, e.node.neighbourhood]),
    );
    expect([...byEntity.keys()].sort()).toEqual([ID.advisersBe, ID.advisersNl]);
    // The Dutch advisers: Netherlands and the mission at 1 hop; from there 2 hops reach the rest.
    expect(ids(byEntity.get(ID.advisersNl)?.nodes ?? [])).toEqual(
      [
        ID.advisersNl,
        ID.netherlands,
        ID.nmi,
        ID.kamer,
        ID.nato,
        ID.baghdad,
        ID.belgium,
        ID.advisersBe,
        ID.iraq,
        ID.eu,
        ID.f16Nl,
        ID.bijleveld,
      ].sort(),
    );
    // search, its count-free page, then nodes and edges of both neighbourhoods together.
    expect(roundTrips).toBe(3);
  });

  it("reads an entity and its neighbourhood in two statements, the entity with its nodes", async () => {
    const QUERY = `query($id: ID!) { entity(id: $id) { id name type mentionCount
      neighbourhood(depth: 2, limit: 5) { nodes { id } edges { id } } } }`;
    type Data = {
      entity: {
        id: string;
        name: string;
        type: string;
        mentionCount: number;
        neighbourhood: { nodes: { id: string }[] };
      } | null;
    };
    const { result, roundTrips } = await graph.countRoundTrips(() =>
      api.data<Data>(QUERY, { id: ID.netherlands }),
    );
    // The nodes (the entity's own row carries the entity), then the edges among them.
    expect(roundTrips).toBe(2);
    // The same entity as `entity(id:)` reads without a neighbourhood.
    const alone = await api.data<{ entity: Record<string, unknown> }>(
      `query($id: ID!) { entity(id: $id) { id name type mentionCount } }`,
      { id: ID.netherlands },
    );
    const { neighbourhood, ...entity } = result.entity ?? { neighbourhood: null };
    expect(entity).toEqual(alone.entity);
    expect(neighbourhood?.nodes[0]?.id).toBe(ID.netherlands);
    // No such entity: null, as without the neighbourhood.
    expect((await api.data<Data>(QUERY, { id: "country:atlantis" })).entity).toBeNull();
  });
});
