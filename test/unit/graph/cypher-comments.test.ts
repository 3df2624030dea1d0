import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../src/domain/vocabulary.ts";
import { CYPHER_DIR, cypher } from "../../../src/graph/cypher.ts";

/** Every statement file under cypher/ except the schema migrations (those are not sent by cypher()). */
const statements = fs
  .readdirSync(CYPHER_DIR, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".cypher") && !file.startsWith("schema"))
  .map((file) =>
    file
      .replace(/\.cypher$/, "")
      .split(path.sep)
      .join("/"),
  );

/**
 * The code lines a file sends without flags: a `{{#EACH_RELATION_TYPE separator}}` block (markers
 * on lines of their own) sends its body once per relationship type, with the separator on a line
 * between; an `{{#IF FLAG}}` block sends nothing and an `{{#UNLESS FLAG}}` block its body.
 */
function linesSent(code: string[]): number {
  let lines = 0;
  let block: { body: number; separator: boolean } | null = null;
  let dropped = false;
  for (const line of code) {
    if (/^\s*\{\{[#/](IF|UNLESS) \w+\}\}\s*$/.test(line)) {
      dropped = /^\s*\{\{#IF /.test(line);
      continue;
    }
    if (dropped) continue;
    const open = /^\s*\{\{#EACH_RELATION_TYPE( [^}]*)?\}\}\s*$/.exec(line);
    if (open) block = { body: 0, separator: Boolean(open[1]?.trim()) };
    else if (/^\s*\{\{\/EACH_RELATION_TYPE\}\}\s*$/.test(line) && block) {
      const n = RELATION_TYPES.length;
      lines += block.body * n + (block.separator ? n - 1 : 0);
      block = null;
    } else if (block) block.body += 1;
    else lines += 1;
  }
  return lines;
}

describe("statement text as sent", () => {
  it("leaves out the files' comment lines and blank lines, and nothing else", () => {
    expect(statements.length).toBeGreaterThan(30);
    for (const name of statements) {
      const file = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
      const { text } = cypher(name);
      // No comment is left: a `//` after code (or in a string) would need a real Cypher lexer.
      expect(text, name).not.toContain("//");
      const code = file.split("\n").filter((line) => line.trim() && !line.trim().startsWith("//"));
      expect(text.split("\n").length, name).toBe(linesSent(code));
    }
    expect(fs.readFileSync(path.join(CYPHER_DIR, "read/paths.cypher"), "utf8")).toContain("//");
  });
});
