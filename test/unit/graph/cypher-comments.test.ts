import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
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

describe("statement text as sent", () => {
  it("leaves out the files' comment lines and blank lines, and nothing else", () => {
    expect(statements.length).toBeGreaterThan(30);
    for (const name of statements) {
      const file = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
      const { text } = cypher(name);
      // No comment is left: a `//` after code (or in a string) would need a real Cypher lexer.
      expect(text, name).not.toContain("//");
      const code = file.split("\n").filter((line) => line.trim() && !line.trim().startsWith("//"));
      expect(text.split("\n").length, name).toBe(code.length);
    }
    expect(fs.readFileSync(path.join(CYPHER_DIR, "read/paths.cypher"), "utf8")).toContain("//");
  });
});
