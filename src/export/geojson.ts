import type { Subgraph, SubgraphEdge, SubgraphNode } from "../domain/index.ts";
import {
  coordinatesOf,
  type DocumentWriter,
  renderDocument,
  type SubgraphSource,
  streamDocument,
} from "./document.ts";

/**
 * GeoJSON (RFC 7946) for maps: a Point per entity with coordinates, a LineString per
 * relationship whose two ends both have coordinates. Everything else is left out, since a map
 * cannot place it. Coordinates are [longitude, latitude], as the RFC requires.
 */
export interface NodeFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { element: "node" } & Omit<SubgraphNode, "id" | "lat" | "lon">;
}

export interface EdgeFeature {
  type: "Feature";
  id: string;
  geometry: { type: "LineString"; coordinates: [[number, number], [number, number]] };
  properties: { element: "edge" } & Omit<SubgraphEdge, "id">;
}

export interface SubgraphFeatureCollection {
  type: "FeatureCollection";
  features: Array<NodeFeature | EdgeFeature>;
}

function nodeFeature(node: SubgraphNode, coordinates: [number, number]): NodeFeature {
  return {
    type: "Feature",
    id: node.id,
    geometry: { type: "Point", coordinates },
    properties: {
      element: "node",
      type: node.type,
      name: node.name,
      aliases: node.aliases,
      wikidataId: node.wikidataId,
      mentionCount: node.mentionCount,
      degree: node.degree,
    },
  };
}

function edgeFeature(
  edge: SubgraphEdge,
  from: [number, number],
  to: [number, number],
): EdgeFeature {
  return {
    type: "Feature",
    id: edge.id,
    geometry: { type: "LineString", coordinates: [from, to] },
    properties: {
      element: "edge",
      type: edge.type,
      source: edge.source,
      target: edge.target,
      weight: edge.weight,
      confidence: edge.confidence,
      firstSeen: edge.firstSeen,
      lastSeen: edge.lastSeen,
      properties: edge.properties,
    },
  };
}

/**
 * Features one at a time. Edges need their ends' coordinates, so the writer keeps those of the
 * nodes it has seen: two numbers per located entity, the only state that grows while streaming.
 */
function createFeatureBuilder() {
  const located = new Map<string, [number, number]>();
  return {
    node(node: SubgraphNode): NodeFeature | undefined {
      const coordinates = coordinatesOf(node);
      if (!coordinates) return undefined;
      located.set(node.id, coordinates);
      return nodeFeature(node, coordinates);
    },
    edge(edge: SubgraphEdge): EdgeFeature | undefined {
      const from = located.get(edge.source);
      const to = located.get(edge.target);
      return from && to ? edgeFeature(edge, from, to) : undefined;
    },
  };
}

export function toGeoJson(subgraph: Subgraph): SubgraphFeatureCollection {
  const build = createFeatureBuilder();
  const features: Array<NodeFeature | EdgeFeature> = [];
  for (const node of subgraph.nodes) {
    const feature = build.node(node);
    if (feature) features.push(feature);
  }
  for (const edge of subgraph.edges) {
    const feature = build.edge(edge);
    if (feature) features.push(feature);
  }
  return { type: "FeatureCollection", features };
}

export function createGeoJsonWriter(): DocumentWriter {
  const build = createFeatureBuilder();
  let written = 0;
  const write = (feature: NodeFeature | EdgeFeature | undefined) =>
    feature ? (written++ ? "," : "") + JSON.stringify(feature) : "";
  return {
    begin: () => '{"type":"FeatureCollection","features":[',
    node: (node) => write(build.node(node)),
    middle: () => "",
    edge: (edge) => write(build.edge(edge)),
    end: () => "]}\n",
  };
}

export function toGeoJsonText(subgraph: Subgraph): string {
  return renderDocument(createGeoJsonWriter(), subgraph);
}

export function streamGeoJson(source: SubgraphSource, chunkSize?: number): AsyncGenerator<string> {
  return streamDocument(createGeoJsonWriter(), source, chunkSize);
}
