import type { Subgraph } from "../domain/index.ts";
import { streamCsvZip, toCsvZip } from "./csv.ts";
import { streamCytoscapeJson, toCytoscapeJson } from "./cytoscape.ts";
import type { SubgraphSource } from "./document.ts";
import { streamGeoJson, toGeoJsonText } from "./geojson.ts";
import { streamGexf, toGexf } from "./gexf.ts";
import { streamGraphml, toGraphml } from "./graphml.ts";
import { streamGraphologyJson, toGraphologyJson } from "./graphology.ts";

export * from "./csv.ts";
export * from "./cytoscape.ts";
export * from "./document.ts";
export * from "./geojson.ts";
export * from "./gexf.ts";
export * from "./graphml.ts";
export * from "./graphology.ts";

/**
 * Every export format with what an HTTP route or the CLI needs to serve it: one table, so a new
 * format is added in one place. `write` renders a subgraph held in memory; `stream` writes one
 * read page by page, in chunks.
 */
export interface ExportFormat {
  id: ExportFormatId;
  mediaType: string;
  /** File name suffix for downloads, e.g. `subgraph.${extension}`. */
  extension: string;
  write(subgraph: Subgraph): string | Uint8Array;
  stream(source: SubgraphSource): AsyncGenerator<string | Uint8Array>;
}

export const EXPORT_FORMAT_IDS = [
  "cytoscape",
  "graphology",
  "gexf",
  "graphml",
  "geojson",
  "csv",
] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export const EXPORT_FORMATS: Readonly<Record<ExportFormatId, ExportFormat>> = {
  cytoscape: {
    id: "cytoscape",
    mediaType: "application/json",
    extension: "cytoscape.json",
    write: toCytoscapeJson,
    stream: streamCytoscapeJson,
  },
  graphology: {
    id: "graphology",
    mediaType: "application/json",
    extension: "graphology.json",
    write: toGraphologyJson,
    stream: streamGraphologyJson,
  },
  gexf: {
    id: "gexf",
    mediaType: "application/gexf+xml",
    extension: "gexf",
    write: toGexf,
    stream: streamGexf,
  },
  graphml: {
    id: "graphml",
    mediaType: "application/graphml+xml",
    extension: "graphml",
    write: toGraphml,
    stream: streamGraphml,
  },
  geojson: {
    id: "geojson",
    // RFC 7946 §12.
    mediaType: "application/geo+json",
    extension: "geojson",
    write: toGeoJsonText,
    stream: streamGeoJson,
  },
  csv: {
    id: "csv",
    mediaType: "application/zip",
    extension: "csv.zip",
    write: toCsvZip,
    stream: streamCsvZip,
  },
};

export function isExportFormatId(value: string): value is ExportFormatId {
  return (EXPORT_FORMAT_IDS as readonly string[]).includes(value);
}
