import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createGazetteer, type Gazetteer } from "../../../src/ingest/extract/gazetteer.ts";
import { MentionSet } from "../../../src/ingest/extract/mention-set.ts";
import type { Doc, Finding, Mention } from "../../../src/ingest/extract/model.ts";
import { EntityRegistry } from "../../../src/ingest/extract/model.ts";
import {
  EXTRACTION_PASSES,
  initialState,
  type PassState,
} from "../../../src/ingest/extract/passes.ts";
import { createRuleExtractor, documentOf } from "../../../src/ingest/extract/rule-extractor.ts";
import { parsePlainText } from "../../../src/ingest/input/plain-text.ts";
import { loadKnowledgeBase } from "../../../src/kb/index.ts";

const names = EXTRACTION_PASSES.map((p) => p.name);
const indexOf = (name: string) => {
  const i = names.indexOf(name);
  expect(i, `pass ${name} is declared`).toBeGreaterThanOrEqual(0);
  return i;
};

describe("the declared extraction passes", () => {
  it("are listed once each, entities before relations, the sentence views between", () => {
    expect(new Set(names).size).toBe(names.length);
    const stages = EXTRACTION_PASSES.map((p) => p.stage);
    const firstRelation = stages.indexOf("relations");
    expect(firstRelation).toBeGreaterThan(0);
    expect(stages.slice(0, firstRelation).every((s) => s === "entities")).toBe(true);
    expect(stages.slice(firstRelation).every((s) => s === "relations")).toBe(true);
    expect(names[firstRelation - 1]).toBe("sentence-views");
  });

  it("run in the order their dependencies need", () => {
    expect(names[0]).toBe("known-names");
    expect(indexOf("titled-people")).toBeLessThan(indexOf("surnames"));
    expect(indexOf("apposition-people")).toBeLessThan(indexOf("surnames"));
    expect(indexOf("ships")).toBeLessThan(indexOf("assets"));
    expect(indexOf("leader-missions")).toBeLessThan(indexOf("mission-areas-in-names"));
    expect(indexOf("representation")).toBeLessThan(indexOf("lift-statements"));
    expect(indexOf("assets")).toBeLessThan(indexOf("asset-assignment"));
    expect(indexOf("lift-statements")).toBeLessThan(indexOf("measured-pairs"));
    expect(names[names.length - 1]).toBe("measured-pairs");
  });

  it("refuse to run a relation pass before the sentence views", () => {
    const relation = EXTRACTION_PASSES.find((p) => p.stage === "relations")!;
    const doc: Doc = {
      text: "x\n\ny",
      folded: "x\n\ny",
      language: "en",
      sentences: [],
      titleEnd: 1,
    };
    const state = initialState(
      { title: "x", body: "y", language: "en" },
      {} as Gazetteer,
      new EntityRegistry(),
    );
    expect(() => relation.run(doc, state)).toThrow(/runs before the sentence views/);
  });
});

describe("each pass's contract, on the sample articles", () => {
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = createGazetteer(loadKnowledgeBase());
  });

  const samples = ["kamer-steunt-navo-missie-irak", "en-mattis-hosts-sajjan"];
  it.each(samples)(
    "%s: mentions stay in the text and name registered entities; findings only grow, each with a rule, a sentence and registered ends",
    (name) => {
      const raw = readFileSync(
        join(import.meta.dirname, `../../../data/samples/${name}.txt`),
        "utf8",
      );
      const article = {
        ...parsePlainText(raw),
        language: name.startsWith("en-") ? "en" : "nl",
      } as const;
      const doc = documentOf(article);
      const registry = new EntityRegistry();
      const state: PassState = initialState(article, gazetteer, registry);
      const produced = new Map<string, number>();
      for (const pass of EXTRACTION_PASSES) {
        const before: Finding[] = [...state.findings];
        const returned = pass.run(doc, state) ?? [];
        state.findings.push(...returned);
        // Findings are never taken back or rewritten.
        expect(state.findings.slice(0, before.length)).toEqual(before);
        for (const f of state.findings.slice(before.length)) {
          expect(f.rule, `${pass.name}: rule`).toMatch(/\S/);
          expect(registry.get(f.source), `${pass.name}: source ${f.source}`).toBeDefined();
          expect(registry.get(f.target), `${pass.name}: target ${f.target}`).toBeDefined();
          expect(f.sentence).toBeLessThan(doc.sentences.length);
        }
        produced.set(pass.name, state.findings.length - before.length);
        expect(state.mentions).toBeInstanceOf(MentionSet);
        for (const m of state.mentions as Mention[]) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(doc.text.length);
          expect(m.end).toBeGreaterThan(m.start);
          expect(registry.get(m.key)?.type, `${pass.name}: ${m.key}`).toBe(m.type);
        }
      }
      // The passes together are the extractor.
      const whole = createRuleExtractor().extractDetailed(article);
      expect(whole.entities.length).toBeGreaterThan(5);
      expect(whole.relations.length).toBeGreaterThan(5);
      expect([...produced.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
      expect(state.rules?.views.length).toBe(doc.sentences.length);
    },
    60_000,
  );
});
