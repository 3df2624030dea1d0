import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleText } from "../../../src/domain/article.ts";
import { createRuleExtractor } from "../../../src/ingest/extract/rule-extractor.ts";
import { segmentSentences } from "../../../src/ingest/segment.ts";
import { createTestKnowledgeBase } from "./support/kb.ts";

const extractor = createRuleExtractor(createTestKnowledgeBase());

// Arbitrary text, biased towards the pieces the rules look at, so the patterns actually fire.
const pieces = fc.constantFrom(
  "NAVO",
  "NATO",
  "Irak",
  "-missie",
  " in ",
  "minister ",
  "Harjit Saijan",
  "F-16’s",
  "4 ",
  "Nederlandse ",
  "levert",
  " aan ",
  "(KAR)",
  "anti-",
  "ISIS",
  "-coalitie",
  ". ",
  "\n",
  " tegen ",
  "dhr. ",
  "U.S.",
  "’s",
  "Maj. Gen. ",
  "van der ",
  "Bijleveld",
  " en ",
  ", ",
  "stemden tegen",
  "Kamer",
  "de ",
  "het ",
  "\u00a0",
);
const textArb = fc
  .array(fc.oneof(pieces, fc.string(), fc.string({ unit: "grapheme", maxLength: 8 })), {
    maxLength: 40,
  })
  .map((a) => a.join(""));

describe("extraction on arbitrary input", () => {
  it("never throws and keeps every offset inside the text", () => {
    fc.assert(
      fc.property(
        textArb,
        textArb,
        fc.constantFrom("nl" as const, "en" as const),
        (title, body, language) => {
          const out = extractor.extractDetailed({ title, body, language });
          const text = articleText({ title, body });
          expect(out.text).toBe(text);
          for (const entity of out.entities) {
            for (const m of entity.mentions ?? []) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeLessThanOrEqual(text.length);
              expect(m.start).toBeLessThan(m.end);
            }
          }
          const names = new Set(out.entities.flatMap((e) => [e.name]));
          for (const relation of out.relations) {
            expect(names.has(relation.source) && names.has(relation.target)).toBe(true);
            for (const e of relation.evidence ?? []) {
              expect(e.start).toBeGreaterThanOrEqual(0);
              expect(e.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(e.start, e.end)).toBe(e.sentence);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(textArb, (body) => {
        const a = extractor.extract({ title: "T", body, language: "nl" });
        const b = extractor.extract({ title: "T", body, language: "nl" });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 100 },
    );
  });

  it("segments cover only the text", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
    );
  });
});
