import { describe, expect, it } from "vitest";
import { createRuleExtractor } from "../../../src/ingest/extract/rule-extractor.ts";

const extractor = createRuleExtractor();

function extract(body: string, language: "nl" | "en") {
  const out = extractor.extractDetailed({ title: "Nieuws", body, language });
  return {
    triples: out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`),
    mentionsOf: (name: string) =>
      out.entities
        .find((e) => e.name === name)
        ?.mentions?.map((m) => out.text.slice(m.start, m.end)) ?? [],
  };
}

describe("contributions stated with a separable Dutch verb, missions by a mixed-case acronym", () => {
  it("'neemt … met N militairen deel aan X': the soldiers are provided and serve in X", () => {
    const { triples } = extract(
      "België neemt sinds dit jaar met 150 militairen deel aan de enhanced Forward Presence in Estland.",
      "nl",
    );
    expect(triples).toContain("Belgium -PROVIDES-> military personnel (Belgium)");
    expect(triples).toContain(
      "military personnel (Belgium) -ASSIGNED_TO-> Enhanced Forward Presence",
    );
  });

  it("'nam … deel' (past tense) too; a sentence without a contribution verb provides nothing", () => {
    expect(
      extract("Duitsland nam vorig jaar met 300 militairen deel aan de oefening.", "nl").triples,
    ).toContain("Germany -PROVIDES-> military personnel (Germany)");
    expect(
      extract("In Duitsland wonen 300 militairen van de NAVO.", "nl").triples.filter((t) =>
        t.includes("-PROVIDES->"),
      ),
    ).toEqual([]);
  });

  it("an acronym defined in brackets may start with a small letter: '(eFP)' names the mission after", () => {
    const r = extract(
      "Estland verwelkomt de enhanced Forward Presence (eFP). Sinds 2017 traint de eFP in Tapa.",
      "nl",
    );
    expect(r.mentionsOf("Enhanced Forward Presence")).toEqual([
      "enhanced Forward Presence",
      "eFP",
      "eFP",
    ]);
  });
});
