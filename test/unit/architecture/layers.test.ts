import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve("src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) ? [full] : [];
  });
}

/** Files under src/ that import `pkg` (or a subpath of it), relative to src/. */
function importersOf(pkg: string): string[] {
  const pattern = new RegExp(`from\\s+["']${pkg.replace(/[/.]/g, "\\$&")}(?:/[^"']*)?["']`);
  return sourceFiles(SRC)
    .filter((file) => pattern.test(fs.readFileSync(file, "utf8")))
    .map((file) => path.relative(SRC, file));
}

describe("the layers of src/ (README, How it is built)", () => {
  it("lets only src/graph/ talk to Neo4j", () => {
    const outside = importersOf("neo4j-driver").filter((f) => !f.startsWith(`graph${path.sep}`));
    expect(outside).toEqual([]);
    expect(importersOf("neo4j-driver").length).toBeGreaterThan(0);
  });

  it("lets only src/graphql/ import Pothos", () => {
    const pothos = importersOf("@pothos/core").concat(
      importersOf("@pothos/plugin-relay"),
      importersOf("@pothos/plugin-scope-auth"),
      importersOf("@pothos/plugin-complexity"),
    );
    expect(pothos.filter((f) => !f.startsWith(`graphql${path.sep}`))).toEqual([]);
    expect(pothos.length).toBeGreaterThan(0);
  });

  it("keeps src/domain/ free of library imports", () => {
    const libraryImport = /from\s+["'](?!\.|node:)[^"']+["']/;
    const offenders = sourceFiles(path.join(SRC, "domain"))
      .filter((file) => libraryImport.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
