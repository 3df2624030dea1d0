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

  it("states named with an event take part in it: 'exercise X with A and B' (en, nl)", () => {
    for (const [body, language] of [
      ["The ships joined Exercise Cold Response with Norway and Denmark.", "en"],
      ["Het fregat nam deel aan de oefening Cold Response met Noorwegen en Denemarken.", "nl"],
    ] as const) {
      const { triples } = extract(body, language);
      expect(triples).toContain("Norway -PARTICIPATES_IN-> Cold Response");
      expect(triples).toContain("Denmark -PARTICIPATES_IN-> Cold Response");
    }
    // Only right after the event: a state later in the clause is no partner of it.
    expect(
      extract(
        "Exercise Cold Response starts today, says Norway with Denmark.",
        "en",
      ).triples.filter((t) => t.includes("-PARTICIPATES_IN->")),
    ).toEqual([]);
  });

  it("an office stated with a copula names its holder: 'X is the chairman of Y'", () => {
    expect(
      extract("Jens Stoltenberg is the chairman of the North Atlantic Council.", "en").triples,
    ).toContain("Jens Stoltenberg -LEADS-> North Atlantic Council");
    // Not someone else's office: "the head of Y is …" says nothing of X.
    expect(
      extract("Jens Stoltenberg said the head of the North Atlantic Council is away.", "en")
        .triples,
    ).not.toContain("Jens Stoltenberg -LEADS-> North Atlantic Council");
  });
});
