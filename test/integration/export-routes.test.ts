import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { EXPORT_FORMAT_IDS, type ExportFormatId } from "../../src/export/index.ts";
import { loadKnowledgeBase } from "../../src/kb/index.ts";
import { createApp } from "../../src/server/app.ts";
import { useTestGraph } from "../support/graph.ts";
import { countXml, type GraphFacts, graphFacts, readExport } from "./export-readers.ts";
import { loadGraph, readFixtures, SAMPLE_FIXTURES } from "./graphql-client.ts";

/**
 * GET /export/<format> against a real Neo4j: every export read back by an independent reader
 * agrees with what the graph holds (read with plain Cypher), node by node and edge by edge,
 * on the sample articles and on a generated graph of more than 5,000 entities, streamed.
 */

const GRAPH_FORMATS = EXPORT_FORMAT_IDS.filter(
  (format): format is Exclude<ExportFormatId, "geojson"> => format !== "geojson",
);

const READ_KEY = "export-reader-0123456789";

function appFor(graph: ReturnType<typeof useTestGraph>, env: Record<string, string> = {}) {
  return createApp({
    executor: graph.executor,
    config: loadConfig({ LOG_LEVEL: "silent", ...env }),
    graphiql: false,
  });
}

type App = ReturnType<typeof appFor>;

async function get(app: App, path: string, headers: Record<string, string> = {}) {
  const response = await app.fetch(`http://test${path}`, { headers });
  return { response, body: new Uint8Array(await response.arrayBuffer()) };
}

function sorted<T>(map: Map<string, T>): [string, T][] {
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function expectSameGraph(read: GraphFacts, truth: GraphFacts) {
  expect(read.nodes.size).toBe(truth.nodes.size);
  expect(read.edges.size).toBe(truth.edges.size);
  expect(sorted(read.nodes)).toEqual(sorted(truth.nodes));
  // A symmetric relationship may come back with its ends in either order (undirected edge).
  const normalise = (facts: GraphFacts) =>
    sorted(facts.edges).map(([id, edge]) => {
      const ends =
        edge.type === "COOPERATES_WITH"
          ? [edge.source, edge.target].sort()
          : [edge.source, edge.target];
      return [id, { ...edge, source: ends[0], target: ends[1] }];
    });
  expect(normalise(read)).toEqual(normalise(truth));
}

describe("export routes on the sample articles", () => {
  const graph = useTestGraph();
  let app: App;
  let truth: GraphFacts;

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(SAMPLE_FIXTURES));
    app = appFor(graph);
    truth = await graphFacts(graph);
  });

  it.each(GRAPH_FORMATS)(
    "exports the whole graph as %s, which reads back to every node and edge with its attributes",
    async (format) => {
      expect(truth.nodes.size).toBeGreaterThan(30);
      const { response, body } = await get(app, `/export/${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(
        new RegExp(
          `attachment; filename="newsgraph-graph\\.${format === "csv" ? "csv\\.zip" : "[a-z.]+"}"`,
        ),
      );
      expectSameGraph(readExport(format, body), truth);
      if (format === "gexf" || format === "graphml") {
        expect(countXml(new TextDecoder().decode(body), format)).toEqual({
          nodes: truth.nodes.size,
          edges: truth.edges.size,
        });
      }
    },
  );

  it("sends the media type of each format", async () => {
    const types: Record<string, string | null> = {};
    for (const format of EXPORT_FORMAT_IDS) {
      types[format] = (await get(app, `/export/${format}`)).response.headers.get("content-type");
    }
    expect(types).toEqual({
      cytoscape: "application/json; charset=utf-8",
      graphology: "application/json; charset=utf-8",
      gexf: "application/gexf+xml; charset=utf-8",
      graphml: "application/graphml+xml; charset=utf-8",
      geojson: "application/geo+json; charset=utf-8",
      csv: "application/zip",
    });
  });

  it("exports a selection exactly as the GraphQL subgraph query draws it", async () => {
    const query = `{ subgraph(seeds: ["country:netherlands"], depth: 1, entityTypes: [Country, Organisation, Mission], limit: 1000) {
      nodes { id } edges { id }
    } }`;
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const { data } = (await response.json()) as {
      data: { subgraph: { nodes: { id: string }[]; edges: { id: string }[] } };
    };
    const { body } = await get(
      app,
      "/export/cytoscape?seed=country:netherlands&depth=1&types=Country,Organisation,Mission",
    );
    const read = readExport("cytoscape", body);
    expect([...read.nodes.keys()].sort()).toEqual(data.subgraph.nodes.map((n) => n.id).sort());
    expect([...read.edges.keys()].sort()).toEqual(data.subgraph.edges.map((e) => e.id).sort());
    expect(read.nodes.size).toBeGreaterThan(3);
    for (const node of read.nodes.values()) {
      expect(["Country", "Organisation", "Mission"]).toContain(node.type);
    }
    // The attributes of a selection are those of the whole graph (degree counts every relationship).
    for (const [id, node] of read.nodes) expect(node).toEqual(truth.nodes.get(id));
    for (const [id, edge] of read.edges) expect(edge).toEqual(truth.edges.get(id));
  });

  it("filters a selection by relationship type and date as the subgraph query does", async () => {
    const { body } = await get(
      app,
      "/export/graphology?seed=organisation:nato&depth=2&relationTypes=LEADS,MEMBER_OF&limit=500",
    );
    const read = readExport("graphology", body);
    expect(read.edges.size).toBeGreaterThan(0);
    for (const edge of read.edges.values()) expect(["LEADS", "MEMBER_OF"]).toContain(edge.type);
    const dated = [...truth.edges.values()].filter((e) => e.firstSeen !== null);
    if (dated.length > 0) {
      const { body: future } = await get(app, "/export/cytoscape?from=2999-01-01");
      expect(readExport("cytoscape", future).edges.size).toBe(0);
    }
  });

  it("puts countries and locations on the map with the knowledge base's coordinates", async () => {
    const { response, body } = await get(app, "/export/geojson");
    expect(response.status).toBe(200);
    const doc = JSON.parse(new TextDecoder().decode(body)) as {
      type: string;
      features: {
        id: string;
        geometry: { type: string; coordinates: number[] | number[][] };
        properties: { element: string; type: string; source?: string; target?: string };
      }[];
    };
    expect(doc.type).toBe("FeatureCollection");
    const kb = loadKnowledgeBase();
    const placed = [...truth.nodes.entries()].filter(([id, node]) => {
      const entry = kb.byId(id);
      return (
        ["Country", "Location"].includes(node.type) &&
        typeof entry?.lat === "number" &&
        typeof entry.lon === "number"
      );
    });
    const points = doc.features.filter((f) => f.properties.element === "node");
    expect(points.map((p) => p.id).sort()).toEqual(placed.map(([id]) => id).sort());
    expect(points.length).toBeGreaterThan(5);
    for (const point of points) {
      const entry = kb.byId(point.id);
      expect(point.geometry).toEqual({ type: "Point", coordinates: [entry?.lon, entry?.lat] });
    }
    const placedIds = new Set(points.map((p) => p.id));
    const lines = doc.features.filter((f) => f.properties.element === "edge");
    const expectedLines = [...truth.edges.entries()].filter(
      ([, e]) => placedIds.has(e.source) && placedIds.has(e.target),
    );
    expect(lines.map((l) => l.id).sort()).toEqual(expectedLines.map(([id]) => id).sort());
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.geometry.type).toBe("LineString");
  });

  it("zips nodes.csv and edges.csv", async () => {
    const { body } = await get(app, "/export/csv?seed=country:iraq");
    const files = unzipSync(body);
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv"]);
    expect(strFromU8(files["nodes.csv"] as Uint8Array).split("\r\n")[0]).toBe(
      "id,type,name,aliases,wikidataId,mentionCount,degree,lat,lon",
    );
    expect(readExport("csv", body).nodes.has("country:iraq")).toBe(true);
  });

  it("refuses bad selections with 400 and a message naming the problem", async () => {
    const cases: [string, RegExp][] = [
      ["/export/pdf", /unknown export format "pdf": expected one of cytoscape, graphology/],
      ["/export/gexf?seeds=country:iraq", /unknown export parameter "seeds"/],
      ["/export/gexf?seed=Iraq", /seed "Iraq" is not an entity id/],
      ["/export/gexf?seed=country:iraq&depth=9", /depth must be an integer from 0 to 3, got "9"/],
      ["/export/gexf?depth=2", /depth needs at least one seed/],
      ["/export/gexf?types=Country,Planet", /types: unknown type "Planet"/],
      ["/export/gexf?from=yesterday", /from must be an ISO 8601 date/],
      ["/export/gexf?from=2019-01-01&to=2018-01-01", /from \(2019-01-01\) is after to/],
      ["/export/gexf?limit=0", /limit must be an integer from 1 to 50000/],
      ["/export/gexf?minConfidence=2", /minConfidence must be a number from 0 to 1/],
    ];
    for (const [path, message] of cases) {
      const response = await app.fetch(`http://test${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]?.message).toMatch(message);
      expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
    }
    const post = await app.fetch("http://test/export/gexf", { method: "POST" });
    expect(post.status).toBe(405);
  });

  it("answers the dashboard queries of docs/visualisation.md", async () => {
    const doc = fs.readFileSync(new URL("../../docs/visualisation.md", import.meta.url), "utf8");
    const queries = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const query of queries) {
      const response = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables: query.includes("$name") ? { name: "NATO" } : {} }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors, query).toBeUndefined();
      // Each one finds something in the sample graph.
      expect(JSON.stringify(body.data)).toMatch(/"name":"[^"]+"/);
    }
  });

  it("asks for an API key by the same rules as GraphQL reads", async () => {
    const locked = appFor(graph, {
      NEWSGRAPH_API_KEYS: `dashboard:read:${READ_KEY}`,
      NEWSGRAPH_PUBLIC_READ: "false",
    });
    const anonymous = await locked.fetch("http://test/export/cytoscape?seed=country:iraq");
    expect(anonymous.status).toBe(401);
    expect(
      ((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        ?.extensions.code,
    ).toBe("UNAUTHENTICATED");
    const wrong = await locked.fetch("http://test/export/cytoscape?seed=country:iraq", {
      headers: { authorization: "Bearer not-a-key-0123456789" },
    });
    expect(wrong.status).toBe(401);
    const bearer = await get(locked, "/export/cytoscape?seed=country:iraq", {
      authorization: `Bearer ${READ_KEY}`,
    });
    expect(bearer.response.status).toBe(200);
    expect(readExport("cytoscape", bearer.body).nodes.has("country:iraq")).toBe(true);
    const header = await locked.fetch("http://test/export/gexf?seed=country:iraq", {
      headers: { "x-api-key": READ_KEY },
    });
    expect(header.status).toBe(200);
    // Links and iframes cannot send headers: ?key= stands in for one.
    const query = await locked.fetch(
      `http://test/export/graphml?seed=country:iraq&key=${READ_KEY}`,
    );
    expect(query.status).toBe(200);
    // The same key rules as GraphQL: anonymous reads are refused there too.
    const gql = await locked.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ search(text: "Iraq") { totalCount } }' }),
    });
    const gqlBody = (await gql.json()) as { errors?: { extensions: { code: string } }[] };
    expect(gqlBody.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });
});

/**
 * A graph of 250 generated articles: per article a unit (Organisation), 19 officers (Person)
 * who are MEMBER_OF it, and a base (Location, with coordinates) it is LOCATED_IN; every unit is
 * PART_OF NATO, every base LOCATED_IN the Netherlands. 5,252 entities, 5,500 relationships.
 */
function generatedArticles(count: number): AnnotatedArticle[] {
  return Array.from({ length: count }, (_, a) => {
    const unit = `Unit ${a}`;
    const base = `Base ${a}`;
    const officers = Array.from({ length: 19 }, (_, i) => `Officer ${a}-${i}`);
    const date = new Date(Date.UTC(2018, 0, 1) + a * 86_400_000).toISOString().slice(0, 10);
    return {
      article: {
        id: `generated-${a}`,
        title: `Generated article ${a}`,
        body: `${unit} of NATO, based at ${base} in the Netherlands, has ${officers.length} officers.`,
        publishedAt: date,
        language: "en",
        source: "Generator",
      },
      extractor: "generated",
      entities: [
        { type: "Organisation", name: unit },
        { type: "Organisation", name: "NATO" },
        { type: "Country", name: "Netherlands" },
        {
          type: "Location",
          name: base,
          properties: { lat: 50 + (a % 50) / 10, lon: 3 + Math.floor(a / 50) },
        },
        ...officers.map((name) => ({ type: "Person", name })),
      ],
      relations: [
        { type: "PART_OF", source: unit, target: "NATO" },
        { type: "LOCATED_IN", source: unit, target: base },
        { type: "LOCATED_IN", source: base, target: "Netherlands" },
        ...officers.map((name) => ({ type: "MEMBER_OF", source: name, target: unit })),
      ],
    } as unknown as AnnotatedArticle;
  });
}

describe("export routes on a generated graph of 5,252 entities", () => {
  const graph = useTestGraph();
  let app: App;
  let truth: GraphFacts;

  beforeAll(async () => {
    await loadGraph(graph, generatedArticles(250));
    app = appFor(graph);
    truth = await graphFacts(graph);
  }, 600_000);

  it("holds the graph the generator describes", () => {
    expect(truth.nodes.size).toBe(5_252);
    expect(truth.edges.size).toBe(5_500);
  });

  it.each(GRAPH_FORMATS)(
    "streams the whole graph as %s; it reads back to every node and edge",
    async (format) => {
      const response = await app.fetch(`http://test/export/${format}`);
      expect(response.status).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
      }
      // Written piece by piece, not as one document held in memory.
      expect(chunks.length).toBeGreaterThan(10);
      const body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        body.set(chunk, at);
        at += chunk.length;
      }
      expectSameGraph(readExport(format, body), truth);
    },
    120_000,
  );

  it("reads the database only as fast as the client takes the export", async () => {
    // The first chunk costs a statement or two; the whole export costs many batches.
    const first = await graph.countRoundTrips(async () => {
      const response = await app.fetch("http://test/export/gexf");
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      await reader.read();
      await reader.cancel();
    });
    const whole = await graph.countRoundTrips(async () => {
      const response = await app.fetch("http://test/export/gexf");
      await response.arrayBuffer();
    });
    expect(whole.roundTrips).toBeGreaterThan(20);
    expect(first.roundTrips).toBeLessThanOrEqual(3);
  });

  it("streams the map: a point per base and the Netherlands, a line per base", async () => {
    const { body } = await get(app, "/export/geojson");
    const doc = JSON.parse(new TextDecoder().decode(body)) as {
      features: { properties: { element: string; type: string } }[];
    };
    const points = doc.features.filter((f) => f.properties.element === "node");
    const lines = doc.features.filter((f) => f.properties.element === "edge");
    expect(points).toHaveLength(251);
    expect(lines).toHaveLength(250);
  });
});
