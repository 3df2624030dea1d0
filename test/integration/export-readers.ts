import { parse as parseCsv } from "csv-parse/sync";
import cytoscape from "cytoscape";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { ExportFormatId } from "../../src/export/index.ts";
import type { TestGraph } from "../support/graph.ts";

/**
 * Reading exports back with readers that share no code with the writers (headless Cytoscape.js,
 * graphology and its GEXF and GraphML parsers, fast-xml-parser, csv-parse, fflate), and what the
 * graph in Neo4j holds, read with plain Cypher: the two must agree on every node and edge.
 */

export interface NodeFacts {
  type: string;
  name: string;
  aliases: string[];
  mentionCount: number;
  degree: number;
}

export interface EdgeFacts {
  type: string;
  source: string;
  target: string;
  weight: number;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface GraphFacts {
  nodes: Map<string, NodeFacts>;
  edges: Map<string, EdgeFacts>;
}

type Attributes = Record<string, unknown>;

const num = (value: unknown): number =>
  typeof value === "number"
    ? value
    : typeof value === "string"
      ? Number(value)
      : (value as { toNumber(): number }).toNumber();
const optional = (value: unknown): string | null =>
  value === undefined || value === null || value === "" ? null : String(value);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : JSON.parse(String(value ?? "[]"));

function nodeFacts(a: Attributes): NodeFacts {
  return {
    type: String(a.type),
    name: String(a.name),
    aliases: [...list(a.aliases)].sort(),
    mentionCount: num(a.mentionCount),
    degree: num(a.degree),
  };
}

function edgeFacts(a: Attributes, source: string, target: string): EdgeFacts {
  return {
    type: String(a.type),
    source,
    target,
    weight: num(a.weight),
    confidence: num(a.confidence),
    firstSeen: optional(a.firstSeen),
    lastSeen: optional(a.lastSeen),
  };
}

/** What Neo4j holds: every entity and every relationship between entities. */
export async function graphFacts(graph: TestGraph): Promise<GraphFacts> {
  const session = graph.driver.session();
  try {
    const nodes = await session.run(
      `MATCH (e:Entity)
       RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name,
              coalesce(e.aliases, []) AS aliases,
              COUNT { (:Article)-[:MENTIONS]->(e) } AS mentionCount,
              COUNT { (e)--(:Entity) } AS degree`,
    );
    const edges = await session.run(
      `MATCH (s:Entity)-[r]->(t:Entity)
       RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
              r.articleCount AS weight, r.confidence AS confidence,
              r.firstSeen AS firstSeen, r.lastSeen AS lastSeen`,
    );
    return {
      nodes: new Map(nodes.records.map((r) => [r.get("id"), nodeFacts(r.toObject())])),
      edges: new Map(
        edges.records.map((r) => [
          r.get("id"),
          edgeFacts(r.toObject(), r.get("source"), r.get("target")),
        ]),
      ),
    };
  } finally {
    await session.close();
  }
}

function fromGraphology(graph: MultiGraph): GraphFacts {
  const nodes = new Map<string, NodeFacts>();
  graph.forEachNode((id, attributes) => {
    nodes.set(id, nodeFacts(attributes));
  });
  const edges = new Map<string, EdgeFacts>();
  graph.forEachEdge((id, attributes, source, target) => {
    edges.set(id, edgeFacts(attributes, source, target));
  });
  return { nodes, edges };
}

/** XML elements counted by a standard parser, after checking the document is well-formed. */
export function countXml(text: string, root: "gexf" | "graphml"): { nodes: number; edges: number } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ["node", "edge"].includes(name),
  }).parse(text);
  const graph = root === "gexf" ? doc.gexf.graph : doc.graphml.graph;
  const nodes = root === "gexf" ? (graph.nodes?.node ?? []) : (graph.node ?? []);
  const edges = root === "gexf" ? (graph.edges?.edge ?? []) : (graph.edge ?? []);
  return { nodes: nodes.length, edges: edges.length };
}

/** Reads an export of any graph format back into facts comparable with `graphFacts`. */
export function readExport(
  format: Exclude<ExportFormatId, "geojson">,
  body: Uint8Array,
): GraphFacts {
  const text = () => new TextDecoder().decode(body);
  switch (format) {
    case "cytoscape": {
      const cy = cytoscape({ headless: true, elements: JSON.parse(text()).elements });
      const nodes = new Map<string, NodeFacts>();
      cy.nodes().forEach((node) => {
        nodes.set(node.id(), nodeFacts(node.data()));
      });
      const edges = new Map<string, EdgeFacts>();
      cy.edges().forEach((edge) => {
        edges.set(edge.id(), edgeFacts(edge.data(), edge.source().id(), edge.target().id()));
      });
      return { nodes, edges };
    }
    case "graphology":
      return fromGraphology(MultiGraph.from(JSON.parse(text())));
    case "gexf":
      return fromGraphology(parseGexf(MultiGraph, text()));
    case "graphml":
      return fromGraphology(parseGraphml(MultiGraph, text()));
    case "csv": {
      const files = unzipSync(body);
      const rows = (name: string) =>
        parseCsv(strFromU8(files[name] as Uint8Array), { columns: true }) as Attributes[];
      return {
        nodes: new Map(rows("nodes.csv").map((row) => [String(row.id), nodeFacts(row)])),
        edges: new Map(
          rows("edges.csv").map((row) => [
            String(row.id),
            edgeFacts(row, String(row.source), String(row.target)),
          ]),
        ),
      };
    }
  }
}
