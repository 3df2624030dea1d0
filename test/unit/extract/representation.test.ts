import { describe, expect, it } from "vitest";
import { createRuleExtractor } from "../../../src/ingest/extract/rule-extractor.ts";

const extractor = createRuleExtractor();

function triples(body: string, language: "nl" | "en" = "en"): string[] {
  const out = extractor.extractDetailed({ title: "News", body, language });
  return out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);
}

describe("office holders whose state is named after them", () => {
  it("a list of office holders closed by 'and other <nationality> officials' (en, nl)", () => {
    const en = triples(
      "The secretary met Foreign Minister Ana Costa, Defence Minister João Silva and other senior Portuguese officials in Lisbon.",
    );
    expect(en).toContain("Ana Costa -REPRESENTS-> Portugal");
    expect(en).toContain("João Silva -REPRESENTS-> Portugal");
    const nl = triples(
      "De minister sprak met minister Anna Nowak en andere Poolse bewindslieden over de oefening.",
      "nl",
    );
    expect(nl).toContain("Anna Nowak -REPRESENTS-> Poland");
  });

  it("not when the list closes with other nouns, or people without an office", () => {
    expect(
      triples("Foreign Minister Ana Costa and other Portuguese companies signed the deal.").filter(
        (t) => t.includes("-REPRESENTS->"),
      ),
    ).toEqual([]);
    expect(
      triples("Analyst Ana Costa and other Portuguese officials attended.").filter((t) =>
        t.includes("-REPRESENTS-> Portugal"),
      ),
    ).toEqual([]);
  });

  it("an office only one state has: its holder represents that state when the article names it", () => {
    expect(
      triples(
        "The U.S. delegation arrived in Brussels. Jane Doe, assistant secretary of defense for international security affairs, will assist her.",
      ),
    ).toContain("Jane Doe -REPRESENTS-> United States");
    // A nationality before the office still decides.
    expect(
      triples(
        "The U.S. team met in Amman. Jordanian Chairman of the Joint Chiefs of Staff Maj. Gen. Yousef Huneiti spoke.",
      ),
    ).not.toContain("Yousef Huneiti -REPRESENTS-> United States");
  });
});
