import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../src/domain/vocabulary.ts";
import { CYPHER_DIR, cypher } from "../../../src/graph/cypher.ts";

const READ_DIR = path.join(CYPHER_DIR, "read");
const readStatements = fs
  .readdirSync(READ_DIR)
  .filter((file) => file.endsWith(".cypher"))
  .map((file) => `read/${file.replace(/\.cypher$/, "")}`);

describe("Cypher text built from the vocabulary", () => {
  it("fills {{RELATION_TYPES}} with every relationship type of the vocabulary, and nothing else", () => {
    const text = cypher("read/entity-relationships").text;
    const typed = /\[r:([A-Z_|]+)\]/.exec(text)?.[1];
    expect(typed?.split("|")).toEqual([...RELATION_TYPES]);
    expect(typed?.split("|")).not.toContain("MENTIONS");
  });

  it("repeats an {{#EACH_RELATION_TYPE}} block once per type, in the order their ids sort", () => {
    const text = cypher("read/entity-relationships-by-id").text;
    const seeks = [...text.matchAll(/USING INDEX SEEK r:(\w+)\(id\)/g)].map((m) => m[1]);
    expect([...seeks].sort()).toEqual([...RELATION_TYPES].sort());
    // Ids are `TYPE:…`, so the order is that of the prefixes "TYPE:" (which differs from the
    // names' order only where one name begins another: "LEADS" < "LEADS_X", "LEADS:" > "LEADS_X:").
    const ids = seeks.map((type) => `${type}:x->y`);
    expect(ids).toEqual([...ids].sort());
    expect(seeks.indexOf("PARTICIPATES_IN")).toBeLessThan(seeks.indexOf("PART_OF"));
    expect(text).not.toContain("{{");
  });

  it("repeats an {{#EACH_RELATION_TYPE}} block once per relationship type, joined by its separator", () => {
    // ingest/merge-relationships finds a relationship by id with one hinted seek per type.
    const text = cypher("ingest/merge-relationships").text;
    const seeks = [...text.matchAll(/USING INDEX SEEK r:(\w+)\(id\)/g)].map((m) => m[1]);
    expect([...seeks].sort()).toEqual([...RELATION_TYPES].sort());
    for (const type of RELATION_TYPES) {
      expect(text).toContain(`WHEN '${type}' THEN [row.id]`);
      expect(text).toContain(`MATCH ()-[r:${type} {id: id}]->()`);
    }
    expect(text.match(/\nUNION ALL\n/g)).toHaveLength(RELATION_TYPES.length - 1);
    expect(text).not.toMatch(/\{\{[#/]?\w+/);
  });

  it("leaves no vocabulary slot unfilled in the read statements", () => {
    for (const name of readStatements.filter((n) => n !== "read/graph-stream-edges")) {
      expect(cypher(name).text, name).not.toMatch(/\{\{\w+\}\}/);
    }
  });

  it("names a relationship type in every relationship pattern of the read statements", () => {
    // An untyped `-[r]-` from a hub expands every MENTIONS edge of it: reads would grow with the
    // archive instead of with what they return.
    const untyped: string[] = [];
    for (const name of readStatements) {
      const text = cypher(name)
        .text.split("\n")
        .filter((line) => !line.trimStart().startsWith("//"))
        .join("\n");
      for (const match of text.matchAll(/-\[([^\]]*)\]-/g)) {
        const inside = match[1] ?? "";
        if (!/^\s*\w*\s*:/.test(inside)) untyped.push(`${name}: ${match[0]}`);
      }
    }
    expect(untyped).toEqual([]);
  });

  it("counts a degree without naming the types only as all relationships less MENTIONS", () => {
    // `COUNT { (n)--() }` is a degree-store lookup, not an expansion, and an entity has only
    // MENTIONS besides the ontology's types: the difference is its degree in two lookups, where
    // naming the 13 types costs one per type and direction on a dense node. Any other untyped
    // `--` would expand a hub's MENTIONS.
    const degree = /COUNT \{ \((\w+)\)--\(\) \} - COUNT \{ \(\1\)<-\[:MENTIONS\]-\(\) \}/g;
    const stray: string[] = [];
    let degrees = 0;
    for (const name of readStatements) {
      const text = cypher(name).text;
      degrees += [...text.matchAll(degree)].length;
      for (const match of text.replace(degree, "").matchAll(/\)--\(|\)<--\(|\)-->\(/g)) {
        stray.push(`${name}: ${match[0]}`);
      }
    }
    expect(stray).toEqual([]);
    expect(degrees).toBeGreaterThan(0);
  });
});
