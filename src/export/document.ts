import type { Subgraph, SubgraphEdge, SubgraphNode } from "../domain/index.ts";
import { SYMMETRIC_RELATION_TYPES } from "../domain/index.ts";

/** Nodes and edges as they arrive from the graph: arrays, or async iterables read page by page. */
export type ElementSource<T> = AsyncIterable<T> | Iterable<T>;

/**
 * A subgraph too large to hold in memory. Writers read every node before the first edge, which
 * is also the order a repository pages them in.
 */
export interface SubgraphSource {
  nodes: ElementSource<SubgraphNode>;
  edges: ElementSource<SubgraphEdge>;
}

/**
 * One text format, written element by element. A fresh writer per document carries what the
 * format needs between elements (separators, or GeoJSON's node coordinates), and nothing else:
 * streaming memory stays bounded by one chunk.
 */
export interface DocumentWriter {
  begin(): string;
  node(node: SubgraphNode): string;
  /** Between the last node and the first edge. */
  middle(): string;
  edge(edge: SubgraphEdge): string;
  end(): string;
}

/** Chunks of about this many characters: large enough for few writes, small enough to bound memory. */
export const CHUNK_SIZE = 32 * 1024;

export function renderDocument(writer: DocumentWriter, subgraph: Subgraph): string {
  const parts = [writer.begin()];
  for (const node of subgraph.nodes) parts.push(writer.node(node));
  parts.push(writer.middle());
  for (const edge of subgraph.edges) parts.push(writer.edge(edge));
  parts.push(writer.end());
  return parts.join("");
}

/**
 * Writes a document as chunks of about `chunkSize` characters. It pulls the next element only
 * when the consumer asks for more, so a slow HTTP client slows the database reads instead of
 * filling memory.
 */
export async function* streamDocument(
  writer: DocumentWriter,
  source: SubgraphSource,
  chunkSize = CHUNK_SIZE,
): AsyncGenerator<string> {
  let buffer = writer.begin();
  for await (const node of source.nodes) {
    buffer += writer.node(node);
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = "";
    }
  }
  buffer += writer.middle();
  for await (const edge of source.edges) {
    buffer += writer.edge(edge);
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = "";
    }
  }
  buffer += writer.end();
  yield buffer;
}

/** Relationships whose direction means nothing (COOPERATES_WITH) are written as undirected. */
export function isSymmetric(edge: SubgraphEdge): boolean {
  return SYMMETRIC_RELATION_TYPES.has(edge.type);
}

/** Coordinates usable on a map: both present, finite and in range. */
export function coordinatesOf(node: SubgraphNode): [lon: number, lat: number] | undefined {
  const { lat, lon } = node;
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return undefined;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return [lon, lat];
}
