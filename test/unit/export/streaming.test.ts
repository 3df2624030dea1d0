import { parse as parseCsv } from "csv-parse/sync";
import cytoscape from "cytoscape";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import {
  CHUNK_SIZE,
  EXPORT_FORMATS,
  type ExportFormatId,
  streamCsvZip,
  toCsvFiles,
} from "../../../src/export/index.ts";
import { collect, generatedSubgraph, lazySource } from "./fixtures.ts";

const NODES = 5_000;
const EDGES = 15_000;
const big = generatedSubgraph(NODES, EDGES);
const TEXT_FORMATS = ["cytoscape", "graphology", "gexf", "graphml", "geojson"] as const;

/** Independent readers: each returns [nodes, edges] as the reading library counts them. */
const countWith: Record<(typeof TEXT_FORMATS)[number], (text: string) => [number, number]> = {
  cytoscape: (text) => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });
    return [cy.nodes().length, cy.edges().length];
  },
  graphology: (text) => {
    const graph = MultiGraph.from(JSON.parse(text));
    return [graph.order, graph.size];
  },
  gexf: (text) => {
    const graph = parseGexf(MultiGraph, text);
    return [graph.order, graph.size];
  },
  graphml: (text) => {
    expect(XMLValidator.validate(text)).toBe(true);
    const graph = parseGraphml(MultiGraph, text);
    return [graph.order, graph.size];
  },
  geojson: (text) => {
    const features = JSON.parse(text).features as Array<{ geometry: { type: string } }>;
    return [
      features.filter((f) => f.geometry.type === "Point").length,
      features.filter((f) => f.geometry.type === "LineString").length,
    ];
  },
};

function expectedGeoCounts(): [number, number] {
  const located = new Set(big.nodes.filter((n) => n.lat !== null).map((n) => n.id));
  return [
    located.size,
    big.edges.filter((e) => located.has(e.source) && located.has(e.target)).length,
  ];
}

describe(`streaming export of ${NODES} nodes and ${EDGES} edges`, () => {
  it.each(TEXT_FORMATS)(
    "%s: the stream is the whole document, read back complete by an independent reader",
    async (id: ExportFormatId & (typeof TEXT_FORMATS)[number]) => {
      const format = EXPORT_FORMATS[id];
      const chunks = (await collect(format.stream(big))) as string[];
      const text = chunks.join("");
      expect(text).toBe(format.write(big));
      expect(chunks.length).toBeGreaterThan(10);
      expect(countWith[id](text)).toEqual(id === "geojson" ? expectedGeoCounts() : [NODES, EDGES]);
    },
    60_000,
  );

  it.each(TEXT_FORMATS)(
    "%s: pulls elements only as chunks are consumed, so memory stays bounded",
    async (id) => {
      const { source, pulled } = lazySource(NODES, EDGES);
      const pulledAtChunk: number[] = [];
      let longest = 0;
      for await (const chunk of EXPORT_FORMATS[id].stream(source)) {
        pulledAtChunk.push(pulled.count);
        longest = Math.max(longest, chunk.length);
      }
      expect(pulled.count).toBe(NODES + EDGES);
      // Every element adds at least 40 characters, so one chunk can hold only so many elements.
      const perChunk = Math.ceil(CHUNK_SIZE / 40) + 1;
      const steps = pulledAtChunk.map((n, i) => n - (pulledAtChunk[i - 1] ?? 0));
      expect(Math.max(...steps)).toBeLessThanOrEqual(perChunk);
      expect(pulledAtChunk[0]).toBeLessThan((NODES + EDGES) / 10);
      expect(longest).toBeLessThan(CHUNK_SIZE + 4_096);
    },
    60_000,
  );

  it("csv: the zip streams entry by entry and unzips to the whole tables", async () => {
    const { source, pulled } = lazySource(NODES, EDGES);
    const pulledAtChunk: number[] = [];
    const parts: Uint8Array[] = [];
    for await (const part of streamCsvZip(source)) {
      pulledAtChunk.push(pulled.count);
      parts.push(part);
    }
    const files = unzipSync(Buffer.concat(parts));
    const whole = toCsvFiles(big);
    expect(strFromU8(files["nodes.csv"]!)).toBe(whole["nodes.csv"]);
    expect(strFromU8(files["edges.csv"]!)).toBe(whole["edges.csv"]);
    expect(parseCsv(whole["nodes.csv"], { columns: true })).toHaveLength(NODES);
    expect(parseCsv(whole["edges.csv"], { columns: true })).toHaveLength(EDGES);
    // Compressed output arrives while the nodes are still being read, not after everything.
    expect(pulledAtChunk[0]).toBeLessThan(NODES);
  }, 60_000);
});
