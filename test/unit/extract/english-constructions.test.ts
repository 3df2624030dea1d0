import { describe, expect, it } from "vitest";
import { createRuleExtractor } from "../../../src/ingest/extract/rule-extractor.ts";
import { loadKnowledgeBase } from "../../../src/kb/index.ts";

// English constructions found on unseen defence news (helper-written probe articles). Each test
// uses other names than those articles, and states what must not be found as well.
const extractor = createRuleExtractor(loadKnowledgeBase());

function extract(body: string) {
  const out = extractor.extractDetailed({ title: "News", body, language: "en" });
  return {
    triples: out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`),
    names: out.entities.map((e) => `${e.type}:${e.name}`),
    entity: (name: string) => out.entities.find((e) => e.name === name),
  };
}

describe("people: offices and their holders", () => {
  it("a capitalised portfolio leaves the holder's first name to the name", () => {
    const r = extract(
      "Indonesian Minister of Foreign Affairs Retno L. P. Marsudi met Secretary of Home Affairs Dmitri K. Pavlenko.",
    );
    expect(r.names).toContain("Person:Retno Marsudi");
    expect(r.names).not.toContain("Person:P. Marsudi");
    expect(r.triples).toContain("Retno Marsudi -REPRESENTS-> Indonesia");
    expect(r.names.some((n) => n.startsWith("Person:") && n.includes("Pavlenko"))).toBe(true);
    expect(r.names).not.toContain("Person:K. Pavlenko");
  });

  it("a one-word name after a portfolio stays the surname", () => {
    const r = extract("Italian Minister of Defence Crosetto arrived.");
    expect(r.names).not.toContain("Person:Defence Crosetto");
  });

  it("a state's possessive before an office names the state the holder represents", () => {
    const r = extract(
      "Denmark's Chief of Defence General Michael Wiggers Hyldgaard visited the troops.",
    );
    expect(r.triples).toContain("Michael Wiggers Hyldgaard -REPRESENTS-> Denmark");
  });

  it("a possessive further away is not the holder's state", () => {
    const r = extract("Denmark's new frigate was visited by Commodore Peter Andersen.");
    expect(r.triples.filter((t) => t.includes("REPRESENTS"))).toEqual([]);
  });

  it("offices only the United Kingdom has name it when the article does", () => {
    const r = extract(
      "The UK will send a frigate. First Sea Lord Admiral Sir Ben Key said the crew was ready. Armed Forces Minister Maria Eagle visited them.",
    );
    expect(r.names).toContain("Person:Ben Key");
    expect(r.triples).toContain("Ben Key -REPRESENTS-> United Kingdom");
    expect(r.triples).toContain("Maria Eagle -REPRESENTS-> United Kingdom");
  });

  it("without the United Kingdom in the article, a UK office names no state", () => {
    const r = extract("Armed Forces Minister Maria Eagle visited Estonia.");
    expect(r.triples.filter((t) => t.includes("REPRESENTS"))).toEqual([]);
  });
});
