import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../src/domain/vocabulary.ts";
import { createRuleExtractor } from "../../../src/ingest/extract/rule-extractor.ts";
import { KbDataError, loadKnowledgeBase } from "../../../src/kb/index.ts";

function tempDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "newsgraph-frames-"));
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(dir, name), JSON.stringify(content));
  return dir;
}

const frameFile = (language: string, entries: unknown[]) => ({
  format: "relation-frames",
  language,
  source: "test",
  entries,
});

describe("relation frames (knowledge-base data)", () => {
  const kb = loadKnowledgeBase({ env: {} });

  it("ships frames for all 13 relation types in both languages", () => {
    for (const language of ["nl", "en"] as const) {
      const frames = kb.relationFrames![language];
      const types = new Set(frames.map((f) => f.relation));
      // REPRESENTS, PROVIDES and ASSIGNED_TO also come from titles and asset phrases; frames cover
      // the verbs and nouns that state them.
      for (const type of RELATION_TYPES) expect(types, `${language} ${type}`).toContain(type);
      for (const f of frames) {
        expect(f.language).toBe(language);
        expect(f.triggers.length, f.name).toBeGreaterThan(0);
        for (const t of f.triggers) expect(t, f.name).toBe(t.toLowerCase().trim());
      }
    }
  });

  it("a user's file adds a verb to a shipped frame by name and keeps the shipped forms", () => {
    const dir = tempDir({
      "my-frames.json": frameFile("nl", [
        {
          name: "supports.back",
          relation: "SUPPORTS",
          triggers: ["Schraagt"],
          subject: ["Country"],
          object: ["Country"],
          confidence: 0.7,
        },
      ]),
    });
    const extended = loadKnowledgeBase({ env: {}, extraDirs: [dir] });
    const frame = extended.relationFrames!.nl.find((f) => f.name === "supports.back")!;
    expect(frame.triggers).toContain("schraagt");
    expect(frame.triggers).toContain("steunt");
    expect(frame.subject).toEqual(["Country"]);
    expect(extended.relationFrames!.en.find((f) => f.name === "supports.back")!.subject).toContain(
      "Person",
    );
  });

  it("a new frame in a user's file is applied by the extractor, in its language only", () => {
    const dir = tempDir({
      "frames.json": frameFile("en", [
        {
          name: "user.shields",
          relation: "SUPPORTS",
          triggers: ["shields"],
          subject: ["Country"],
          object: ["Country"],
          properties: { kind: "protection" },
          confidence: 0.66,
        },
      ]),
    });
    const extractor = createRuleExtractor(loadKnowledgeBase({ env: {}, extraDirs: [dir] }));
    const en = extractor.extractDetailed({
      title: "Note",
      body: "Germany shields Lithuania.",
      language: "en",
    });
    const rel = en.relations.find((r) => r.type === "SUPPORTS");
    expect(rel).toMatchObject({
      source: "Germany",
      target: "Lithuania",
      properties: { kind: "protection" },
    });
    expect(rel?.evidence?.[0]?.rule).toBe("user.shields");
    const nl = extractor.extractDetailed({
      title: "Bericht",
      body: "Duitsland shields Litouwen.",
      language: "nl",
    });
    expect(nl.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });

  it("refuses a frame with an unknown relation, naming file and entry", () => {
    const dir = tempDir({
      "bad.json": frameFile("en", [
        {
          name: "x.likes",
          relation: "LIKES",
          triggers: ["likes"],
          subject: ["Country"],
          object: ["Country"],
          confidence: 0.5,
        },
      ]),
    });
    expect(() => loadKnowledgeBase({ env: {}, extraDirs: [dir] })).toThrow(KbDataError);
    expect(() => loadKnowledgeBase({ env: {}, extraDirs: [dir] })).toThrow(
      /bad\.json, entry #0 "x\.likes": relation/,
    );
  });

  it("refuses a frame file without a language", () => {
    const dir = tempDir({
      "nolang.json": {
        format: "relation-frames",
        source: "test",
        entries: [
          {
            name: "x",
            relation: "SUPPORTS",
            triggers: ["x"],
            subject: ["Country"],
            object: ["Country"],
            confidence: 0.5,
          },
        ],
      },
    });
    expect(() => loadKnowledgeBase({ env: {}, extraDirs: [dir] })).toThrow(/no language/);
  });
});
