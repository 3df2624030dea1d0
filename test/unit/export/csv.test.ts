import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { EDGE_COLUMNS, NODE_COLUMNS, toCsvFiles, toCsvZip } from "../../../src/export/index.ts";
import { TRICKY } from "./fixtures.ts";

const read = (text: string) =>
  parse(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;

describe("CSV export", () => {
  it("zips nodes.csv and edges.csv, which read back with csv-parse", () => {
    const files = unzipSync(toCsvZip(TRICKY));
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv"]);
    const nodes = read(strFromU8(files["nodes.csv"]!));
    const edges = read(strFromU8(files["edges.csv"]!));
    expect(Object.keys(nodes[0]!)).toEqual([...NODE_COLUMNS]);
    expect(Object.keys(edges[0]!)).toEqual([...EDGE_COLUMNS]);
    expect(nodes).toHaveLength(TRICKY.nodes.length);
    expect(edges).toHaveLength(TRICKY.edges.length);
  });

  it("keeps every value: quotes, commas and newlines quoted; lists and properties as JSON; nulls empty", () => {
    const nodes = read(toCsvFiles(TRICKY)["nodes.csv"]);
    const edges = read(toCsvFiles(TRICKY)["edges.csv"]);
    TRICKY.nodes.forEach((node, i) => {
      const row = nodes[i]!;
      expect(row.id).toBe(node.id);
      expect(row.type).toBe(node.type);
      if (!/^[=+\-@]/.test(node.name)) expect(row.name).toBe(node.name);
      expect(JSON.parse(row.aliases!)).toEqual(node.aliases);
      expect(row.wikidataId).toBe(node.wikidataId ?? "");
      expect(Number(row.mentionCount)).toBe(node.mentionCount);
      expect(Number(row.degree)).toBe(node.degree);
      expect(row.lat).toBe(node.lat === null ? "" : String(node.lat));
      expect(row.lon).toBe(node.lon === null ? "" : String(node.lon));
    });
    TRICKY.edges.forEach((edge, i) => {
      const row = edges[i]!;
      expect([row.id, row.type, row.source, row.target]).toEqual([
        edge.id,
        edge.type,
        edge.source,
        edge.target,
      ]);
      expect(Number(row.weight)).toBe(edge.weight);
      expect(Number(row.confidence)).toBe(edge.confidence);
      expect(row.firstSeen).toBe(edge.firstSeen ?? "");
      expect(row.lastSeen).toBe(edge.lastSeen ?? "");
      expect(JSON.parse(row.properties!)).toEqual(edge.properties);
    });
  });

  it("defuses text a spreadsheet would run as a formula, but not negative numbers", () => {
    const { "nodes.csv": text } = toCsvFiles({
      nodes: [{ ...TRICKY.nodes[4]!, lat: -33.9, lon: -18.4 }],
      edges: [],
    });
    const [row] = read(text);
    expect(row!.name).toBe(`'=HYPERLINK("http://x")`);
    expect([row!.lat, row!.lon]).toEqual(["-33.9", "-18.4"]);
  });

  it("ends rows with CRLF as RFC 4180 asks", () => {
    const { "edges.csv": text } = toCsvFiles(TRICKY);
    expect(text.startsWith(`${EDGE_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(text.split("\r\n")).toHaveLength(TRICKY.edges.length + 2);
  });
});
