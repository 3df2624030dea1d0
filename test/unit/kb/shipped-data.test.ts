import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KB_DATA_DIR, loadKnowledgeBase, shippedEntry } from "../../../src/kb/index.ts";
import {
  AssetKindEntrySchema,
  CountryEntrySchema,
  DataFileSchema,
  EntityEntrySchema,
  EquipmentEntrySchema,
  RelationFrameEntrySchema,
} from "../../../src/kb/schema.ts";

/**
 * The shipped knowledge base is not validated when it is loaded (src/kb/index.ts): this test is
 * its validation. Every entry must pass its schema, and the unvalidated read (shippedEntry) must
 * give exactly what the schema's parse gives, so the knowledge base a worker builds is the one a
 * validated load builds.
 */
const SCHEMAS = {
  entities: EntityEntrySchema,
  countries: CountryEntrySchema,
  equipment: EquipmentEntrySchema,
  "asset-kinds": AssetKindEntrySchema,
  "relation-frames": RelationFrameEntrySchema,
} as const;

const files = readdirSync(KB_DATA_DIR).filter((n) => n.endsWith(".json"));

describe("the shipped knowledge base", () => {
  it.each(files)(
    "%s: every entry validates, and reads unvalidated as the parse gives it",
    (name) => {
      const header = DataFileSchema.parse(
        JSON.parse(readFileSync(path.join(KB_DATA_DIR, name), "utf8")),
      );
      const schema = SCHEMAS[header.format];
      expect(header.entries.length).toBeGreaterThan(0);
      const problems: string[] = [];
      header.entries.forEach((entry, i) => {
        const parsed = schema.safeParse(entry);
        if (!parsed.success) {
          problems.push(`#${i}: ${parsed.error.message}`);
          return;
        }
        const read = JSON.stringify(shippedEntry(schema, entry));
        if (read !== JSON.stringify(parsed.data)) problems.push(`#${i}: ${read}`);
      });
      expect(problems).toEqual([]);
    },
  );

  it("loads to the same knowledge base unvalidated as validated (named as a data directory)", () => {
    const shipped = loadKnowledgeBase({ env: {} });
    const validated = loadKnowledgeBase({ dataDir: KB_DATA_DIR, env: {} });
    expect(JSON.stringify(shipped)).toBe(JSON.stringify(validated));
    expect(shipped.entities.length).toBeGreaterThan(1_000);
  });

  it("validates a data directory given in its place, naming the file and the entry", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kb-data-"));
    writeFileSync(
      path.join(dir, "units.json"),
      JSON.stringify({
        format: "entities",
        type: "Organisation",
        source: "test",
        entries: [{ name: "1st Brigade", strength: 3 }],
      }),
    );
    expect(() => loadKnowledgeBase({ dataDir: dir, env: {} })).toThrowError(
      /units\.json, entry #0 "1st Brigade": .*"strength"/,
    );
  });

  it("refuses a user's name that an annotated article could not hold (ingest does not validate the rules' output again)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kb-user-"));
    writeFileSync(
      path.join(dir, "people.json"),
      JSON.stringify({
        format: "entities",
        type: "Person",
        source: "test",
        entries: [{ name: "Jan de Vries", aliases: [`J${"a".repeat(200)}`] }],
      }),
    );
    expect(() => loadKnowledgeBase({ extraDirs: [dir], env: {} })).toThrowError(
      /people\.json, entry #0 "Jan de Vries": aliases\.0: is 201 characters long; the limit is 200/,
    );
  });
});
