import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

/** "SOURCE -TYPE-> TARGET [rule]" for an article with a date (offices are held at a date). */
function datedTriples(body: string, language: "en" | "nl", publishedAt: string): string[] {
  return shippedExtractor()
    .extractDetailed({ title: "Bericht", body, language, publishedAt })
    .relations.map((r) => `${r.source} -${r.type}-> ${r.target} [${r.evidence?.[0]?.rule}]`);
}

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("known wars: the aggressor opposes the victim wherever the article refers to the war (ninth round)", () => {
  it("an act of war by the aggressor named in passing (EN)", () => {
    const r = extractShipped(
      "The batteries will shield Ukraine's cities from Russian missiles and drones.",
      "en",
    );
    expect(r.has("Russia", "OPPOSES", "Ukraine")).toBe(true);
  });

  it("Dutch: missile strikes by the aggressor, the victim named in the headline", () => {
    const r = extractShipped(
      "Vorige week voerde Rusland opnieuw raketaanvallen uit op energiecentrales.",
      "nl",
      "Minister bezoekt Oekraïne",
    );
    expect(r.has("Russia", "OPPOSES", "Ukraine")).toBe(true);
  });

  it("both sides named without any act of war: nothing", () => {
    const r = extractShipped(
      "Russia and Ukraine signed a grain deal in Istanbul with Turkey as a mediator.",
      "en",
    );
    expect(r.has("Russia", "OPPOSES", "Ukraine")).toBe(false);
  });

  it("an act of war by a state that wages no known war: nothing", () => {
    const r = extractShipped(
      "France carried out air strikes last year. Ukraine was also discussed.",
      "en",
    );
    expect(r.has("France", "OPPOSES", "Ukraine")).toBe(false);
  });
});

describe("placed assets: an asset and a place after a placing preposition (ninth round)", () => {
  it("a headline without a verb places the asset in the state (NL)", () => {
    const r = extractShipped(
      "Het kabinet heeft het besluit genomen.",
      "nl",
      "Nederlandse F-35's drie maanden langer in Polen",
    );
    expect(r.has("F-35 (Netherlands)", "LOCATED_IN", "Poland")).toBe(true);
  });

  it("a list of places after one preposition places the personnel in each (NL)", () => {
    const r = extractShipped(
      "Ongeveer 120 Nederlandse militairen staan sinds vorige week paraat op Cyprus en in Jordanië.",
      "nl",
    );
    expect(r.has("military personnel (Netherlands)", "LOCATED_IN", "Cyprus")).toBe(true);
    expect(r.has("military personnel (Netherlands)", "LOCATED_IN", "Jordan")).toBe(true);
  });

  it("a sea is where the asset operates (EN)", () => {
    const r = extractShipped(
      "The Dutch frigate HNLMS Tromp was busy last week in the Red Sea, the navy said.",
      "en",
    );
    expect(r.has("HNLMS Tromp", "OPERATES_IN", "Red Sea")).toBe(true);
    expect(r.has("HNLMS Tromp", "LOCATED_IN", "Red Sea")).toBe(false);
  });

  it("no place after a preposition that places nothing, and not the asset's own state", () => {
    const r = extractShipped(
      "Two Dutch F-35 fighter jets for Poland were discussed on Tuesday.",
      "en",
    );
    expect(r.triples.filter((t) => t.includes("F-35") && t.includes("Poland"))).toEqual([]);
    const home = extractShipped(
      "Four Dutch F-35 fighter jets returned home in the Netherlands.",
      "en",
    );
    expect(home.has("F-35 (Netherlands)", "LOCATED_IN", "Netherlands")).toBe(false);
  });

  it("a place inside a relative clause after the asset is the clause's, not the asset's", () => {
    const r = extractShipped(
      "Nederland zet 40 militairen in voor de missie die konvooien naar Libanon begeleidt.",
      "nl",
    );
    expect(r.triples.filter((t) => t.includes("-> Lebanon"))).toEqual([]);
  });

  it("leaving a state says whose the asset is, not where it is; leaving a base places it there", () => {
    const r = extractShipped("Soldiers from Poland and 30 Leopard tanks were on display.", "en");
    expect(r.triples.filter((t) => t.includes("LOCATED_IN -> Poland"))).toEqual([]);
    const base = extractShipped(
      "Het fregat Zr.Ms. Tromp vertrekt volgende week maandag uit Den Helder.",
      "nl",
    );
    const placed = base.relation("HNLMS Tromp -LOCATED_IN-> Den Helder");
    expect(placed?.evidence?.[0]?.rule).toBe("default.asset-place");
  });
});

describe("head offices: a known holder of an office that heads a body leads it (ninth round)", () => {
  it("a secretary general named without a title leads the body of the office held at the date", () => {
    expect(
      datedTriples("Jens Stoltenberg said NATO would stay united.", "en", "2019-05-02"),
    ).toContain("Jens Stoltenberg -LEADS-> NATO [leads.kb-head-office]");
    // Before or after the office: nothing.
    expect(
      datedTriples("Jens Stoltenberg said NATO would stay united.", "en", "2025-05-02").filter(
        (t) => t.includes("-LEADS->"),
      ),
    ).toEqual([]);
  });

  it("a chief of defence leads the armed forces of the state (NL)", () => {
    expect(
      datedTriples(
        "Generaal Onno Eichelsheim bezocht vorige week de Nederlandse krijgsmacht in Litouwen.",
        "nl",
        "2023-03-01",
      ),
    ).toContain("Onno Eichelsheim -LEADS-> Netherlands Armed Forces [leads.kb-head-office]");
  });

  it("a minister leads no armed forces; an unnamed body or an undated article: nothing", () => {
    const minister = datedTriples(
      "Ruben Brekelmans visited the Dutch armed forces in Lithuania.",
      "en",
      "2024-09-01",
    );
    expect(minister.filter((t) => t.includes("-LEADS->"))).toEqual([]);
    const unnamed = datedTriples(
      "Onno Eichelsheim visited Lithuania on Monday.",
      "en",
      "2023-03-01",
    );
    expect(unnamed.filter((t) => t.includes("-LEADS->"))).toEqual([]);
    const undated = extractShipped("Mark Rutte said NATO would stay united.", "en");
    expect(undated.has("Mark Rutte", "LEADS", "NATO")).toBe(false);
  });
});
