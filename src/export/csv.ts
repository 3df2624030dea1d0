import { strToU8, Zip, ZipDeflate, zipSync } from "fflate";
import type { Subgraph, SubgraphEdge, SubgraphNode } from "../domain/index.ts";
import {
  type DocumentWriter,
  renderDocument,
  type SubgraphSource,
  streamDocument,
} from "./document.ts";

/**
 * Two RFC 4180 tables, nodes.csv and edges.csv, delivered together as one zip (fflate, which
 * also zips as a stream). Lists and properties are JSON text in their cell, so nothing is lost;
 * empty cells are nulls. Quoting is three lines, so it is written here rather than pulled in.
 */
export const NODE_COLUMNS = [
  "id",
  "type",
  "name",
  "aliases",
  "wikidataId",
  "mentionCount",
  "degree",
  "lat",
  "lon",
] as const;

export const EDGE_COLUMNS = [
  "id",
  "type",
  "source",
  "target",
  "weight",
  "confidence",
  "firstSeen",
  "lastSeen",
  "properties",
] as const;

export const CSV_FILES = { nodes: "nodes.csv", edges: "edges.csv" } as const;

const NEWLINE = "\r\n";

/**
 * A text cell. Spreadsheets run a cell starting with = + - @ as a formula, and names come from
 * articles anyone can write, so such text is prefixed with an apostrophe (OWASP's advice for CSV
 * injection). Numbers are not text and keep their sign.
 */
function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cell(value: string | number | null): string {
  if (value === null) return "";
  return typeof value === "number" ? String(value) : textCell(value);
}

const row = (values: Array<string | number | null>) => values.map(cell).join(",") + NEWLINE;

export function createNodesCsvWriter(): DocumentWriter {
  return {
    begin: () => NODE_COLUMNS.join(",") + NEWLINE,
    node: (node: SubgraphNode) =>
      row([
        node.id,
        node.type,
        node.name,
        JSON.stringify(node.aliases),
        node.wikidataId,
        node.mentionCount,
        node.degree,
        node.lat,
        node.lon,
      ]),
    middle: () => "",
    edge: () => "",
    end: () => "",
  };
}

export function createEdgesCsvWriter(): DocumentWriter {
  return {
    begin: () => EDGE_COLUMNS.join(",") + NEWLINE,
    node: () => "",
    middle: () => "",
    edge: (edge: SubgraphEdge) =>
      row([
        edge.id,
        edge.type,
        edge.source,
        edge.target,
        edge.weight,
        edge.confidence,
        edge.firstSeen,
        edge.lastSeen,
        JSON.stringify(edge.properties),
      ]),
    end: () => "",
  };
}

export function toCsvFiles(subgraph: Subgraph): { "nodes.csv": string; "edges.csv": string } {
  return {
    [CSV_FILES.nodes]: renderDocument(createNodesCsvWriter(), subgraph),
    [CSV_FILES.edges]: renderDocument(createEdgesCsvWriter(), subgraph),
  };
}

export function toCsvZip(subgraph: Subgraph): Uint8Array {
  const files = toCsvFiles(subgraph);
  return zipSync({
    [CSV_FILES.nodes]: strToU8(files[CSV_FILES.nodes]),
    [CSV_FILES.edges]: strToU8(files[CSV_FILES.edges]),
  });
}

export function streamNodesCsv(
  nodes: SubgraphSource["nodes"],
  chunkSize?: number,
): AsyncGenerator<string> {
  return streamDocument(createNodesCsvWriter(), { nodes, edges: [] }, chunkSize);
}

export function streamEdgesCsv(
  edges: SubgraphSource["edges"],
  chunkSize?: number,
): AsyncGenerator<string> {
  return streamDocument(createEdgesCsvWriter(), { nodes: [], edges }, chunkSize);
}

/**
 * The zip as a stream of bytes: nodes.csv is compressed while nodes arrive, then edges.csv.
 * fflate's Zip writes sizes in data descriptors after each entry, so nothing is buffered whole.
 */
export async function* streamCsvZip(
  source: SubgraphSource,
  chunkSize?: number,
): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else ready.push(data);
  });
  // ZipDeflate compresses synchronously, so each push has emitted its bytes when it returns.
  function* drain() {
    if (failure) throw failure;
    while (ready.length) yield ready.shift()!;
  }
  const entries: Array<[string, AsyncGenerator<string>]> = [
    [CSV_FILES.nodes, streamNodesCsv(source.nodes, chunkSize)],
    [CSV_FILES.edges, streamEdgesCsv(source.edges, chunkSize)],
  ];
  for (const [name, text] of entries) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    for await (const chunk of text) {
      file.push(strToU8(chunk));
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
