import type { Subgraph, SubgraphEdge, SubgraphNode } from "../domain/index.ts";
import {
  type DocumentWriter,
  isSymmetric,
  renderDocument,
  type SubgraphSource,
  streamDocument,
} from "./document.ts";

/**
 * Cytoscape.js elements JSON (https://js.cytoscape.org/#notation/elements-json): what
 * `cytoscape({ elements })` and `cy.json({ elements })` take. Each element's `data` carries what a
 * stylesheet needs to colour and size (`type`, `mentionCount`, `weight`) and `label` for captions.
 */
/** Every SubgraphNode attribute, plus the label Cytoscape styles draw. */
export type CytoscapeNodeData = SubgraphNode & { label: string };

export type CytoscapeEdgeData = SubgraphEdge & {
  label: string;
  /** Direction carries no meaning (COOPERATES_WITH): style it without an arrow. */
  symmetric: boolean;
};

export interface CytoscapeDocument {
  elements: {
    nodes: Array<{ group: "nodes"; data: CytoscapeNodeData }>;
    edges: Array<{ group: "edges"; data: CytoscapeEdgeData }>;
  };
}

export function cytoscapeNode(node: SubgraphNode): { group: "nodes"; data: CytoscapeNodeData } {
  return {
    group: "nodes",
    data: {
      id: node.id,
      label: node.name,
      type: node.type,
      name: node.name,
      aliases: node.aliases,
      wikidataId: node.wikidataId,
      mentionCount: node.mentionCount,
      degree: node.degree,
      lat: node.lat,
      lon: node.lon,
    },
  };
}

export function cytoscapeEdge(edge: SubgraphEdge): { group: "edges"; data: CytoscapeEdgeData } {
  return {
    group: "edges",
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.type,
      type: edge.type,
      symmetric: isSymmetric(edge),
      weight: edge.weight,
      confidence: edge.confidence,
      firstSeen: edge.firstSeen,
      lastSeen: edge.lastSeen,
      properties: edge.properties,
    },
  };
}

export function toCytoscape(subgraph: Subgraph): CytoscapeDocument {
  return {
    elements: {
      nodes: subgraph.nodes.map(cytoscapeNode),
      edges: subgraph.edges.map(cytoscapeEdge),
    },
  };
}

/** The same document as JSON text, element by element (JSON.stringify of each element). */
export function createCytoscapeWriter(): DocumentWriter {
  let nodes = 0;
  let edges = 0;
  return {
    begin: () => '{"elements":{"nodes":[',
    node: (node) => (nodes++ ? "," : "") + JSON.stringify(cytoscapeNode(node)),
    middle: () => '],"edges":[',
    edge: (edge) => (edges++ ? "," : "") + JSON.stringify(cytoscapeEdge(edge)),
    end: () => "]}}\n",
  };
}

export function toCytoscapeJson(subgraph: Subgraph): string {
  return renderDocument(createCytoscapeWriter(), subgraph);
}

export function streamCytoscapeJson(
  source: SubgraphSource,
  chunkSize?: number,
): AsyncGenerator<string> {
  return streamDocument(createCytoscapeWriter(), source, chunkSize);
}
