import { MultiGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { Subgraph, SubgraphEdge, SubgraphNode } from "../domain/index.ts";
import {
  type DocumentWriter,
  isSymmetric,
  renderDocument,
  type SubgraphSource,
  streamDocument,
} from "./document.ts";

/**
 * graphology's serialization format (https://graphology.github.io/serialization.html), which
 * `Graph.from(json)` and sigma.js load directly. The graph is mixed and multi: two entities can be
 * linked by several relationship types, and symmetric ones (COOPERATES_WITH) are undirected.
 */
/** A node's attributes: the SubgraphNode without its id (graphology's key), plus sigma's label. */
export type GraphologyNodeAttributes = Omit<SubgraphNode, "id"> & { label: string };

/** An edge's attributes: the SubgraphEdge without its id and ends (graphology's key, source,
 * target), plus sigma's label. */
export type GraphologyEdgeAttributes = Omit<SubgraphEdge, "id" | "source" | "target"> & {
  label: string;
};

export type SerializedSubgraph = SerializedGraph<
  GraphologyNodeAttributes,
  GraphologyEdgeAttributes
>;

const OPTIONS = { type: "mixed", multi: true, allowSelfLoops: true } as const;

function nodeAttributes(node: SubgraphNode): GraphologyNodeAttributes {
  return {
    label: node.name,
    type: node.type,
    name: node.name,
    aliases: node.aliases,
    wikidataId: node.wikidataId,
    mentionCount: node.mentionCount,
    degree: node.degree,
    lat: node.lat,
    lon: node.lon,
  };
}

function edgeAttributes(edge: SubgraphEdge): GraphologyEdgeAttributes {
  return {
    label: edge.type,
    type: edge.type,
    weight: edge.weight,
    confidence: edge.confidence,
    firstSeen: edge.firstSeen,
    lastSeen: edge.lastSeen,
    properties: edge.properties,
  };
}

/** A graphology instance, for callers that run graphology algorithms before exporting. */
export function toGraphologyGraph(
  subgraph: Subgraph,
): MultiGraph<GraphologyNodeAttributes, GraphologyEdgeAttributes> {
  const graph = new MultiGraph<GraphologyNodeAttributes, GraphologyEdgeAttributes>(OPTIONS);
  for (const node of subgraph.nodes) graph.addNode(node.id, nodeAttributes(node));
  for (const edge of subgraph.edges) {
    if (isSymmetric(edge)) {
      graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
    } else {
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
    }
  }
  return graph;
}

export function toGraphology(subgraph: Subgraph): SerializedSubgraph {
  return toGraphologyGraph(subgraph).export();
}

/**
 * The serialized form written element by element, in the layout graphology's own `export()`
 * produces (tests compare the two), so large subgraphs need not be built in memory first.
 */
export function createGraphologyWriter(): DocumentWriter {
  let nodes = 0;
  let edges = 0;
  return {
    begin: () => `{"options":${JSON.stringify(OPTIONS)},"attributes":{},"nodes":[`,
    node: (node) =>
      (nodes++ ? "," : "") + JSON.stringify({ key: node.id, attributes: nodeAttributes(node) }),
    middle: () => '],"edges":[',
    edge: (edge) =>
      (edges++ ? "," : "") +
      JSON.stringify({
        key: edge.id,
        source: edge.source,
        target: edge.target,
        attributes: edgeAttributes(edge),
        ...(isSymmetric(edge) ? { undirected: true } : {}),
      }),
    end: () => "]}\n",
  };
}

export function toGraphologyJson(subgraph: Subgraph): string {
  return renderDocument(createGraphologyWriter(), subgraph);
}

export function streamGraphologyJson(
  source: SubgraphSource,
  chunkSize?: number,
): AsyncGenerator<string> {
  return streamDocument(createGraphologyWriter(), source, chunkSize);
}
