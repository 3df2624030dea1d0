import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityId } from "../../../src/domain/identity.ts";
import { editDistance, foldKey, foldText } from "../../../src/ingest/extract/fold.ts";
import { createGazetteer } from "../../../src/ingest/extract/gazetteer.ts";
import { extract } from "./support/extract.ts";
import { createTestKnowledgeBase } from "./support/kb.ts";

describe("dictionary matching", () => {
  const gazetteer = createGazetteer(createTestKnowledgeBase());
  const find = (text: string) =>
    gazetteer.find(text, foldText(text)).map((h) => text.slice(h.start, h.end));

  it("folding keeps offsets: one unit per unit", () => {
    const text = "Syrië’s «NAVO» – Ärger";
    expect(foldText(text)).toHaveLength(text.length);
    expect(foldText(text)).toBe("syrie's «navo» - arger");
  });

  it("folds a dictionary key as folding, whitespace collapsing and trimming do", () => {
    // foldKey answers plain ASCII names without the regular expressions: the same key for any text.
    const unit = fc.constantFrom(
      "a",
      "Z",
      "9",
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "-",
      ".",
      "é",
      "Ä",
      "’",
      "\u2003",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(foldKey(text)).toBe(foldText(text).replace(/\s+/g, " ").trim());
      }),
    );
    expect(foldKey("Den Haag")).toBe("den haag");
    expect(foldKey(" Den  Haag ")).toBe("den haag");
  });

  it("finds aliases on word boundaries only", () => {
    expect(find("De NAVO en Irak; niet in NAVOLAND of Irakees.")).toEqual(["NAVO", "Irak"]);
  });

  it("requires capitals for acronyms, except newspaper style mid-sentence", () => {
    expect(find("Denk daarbij aan IS en is. DENK stemde tegen.")).toEqual(["IS", "DENK"]);
    expect(find("Volgens de Navo is het zo.")).toEqual(["Navo"]);
  });

  it("matches the parts of hyphenated Dutch compounds", () => {
    expect(find("De NAVO-missie, de F-16-gevechtsvliegtuigen en ISIS-doelen.")).toEqual([
      "NAVO",
      "F-16",
      "ISIS",
    ]);
  });

  it("bounds edit distance with transpositions counted once", () => {
    expect(editDistance("caolitie", "coalitie", 2)).toBe(1);
    expect(editDistance("saijan", "sajjan", 2)).toBe(1);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("compounds", () => {
  it("NAVO-missie resolves to the NATO-led mission in the named country", () => {
    const r = extract(
      "De NAVO-missie in Irak begint. De NAVO-missie heeft een hoofdkwartier in Bagdad.",
      "nl",
    );
    expect(r.names).toContain("Mission:NATO Mission Iraq");
    expect(r.names).toContain("Organisation:NATO");
    expect(r.triples).toContain("NATO Mission Iraq -OPERATES_IN-> Iraq");
    expect(r.triples).toContain("NATO Mission Iraq -HEADQUARTERED_IN-> Baghdad");
  });

  it("anti-X and counter-X names are one entity that names X too", () => {
    const nl = extract(
      "De anti-ISIS-coalitie en de internationale coalitie tegen ISIS zijn één.",
      "nl",
    );
    expect(nl.names.filter((n) => n.startsWith("Organisation:"))).toEqual([
      "Organisation:anti-ISIS coalition",
      "Organisation:ISIS",
    ]);
    const en = extract("Canada supports the counter-ISIL campaign.", "en");
    expect(en.names).toContain("Mission:counter-ISIS campaign");
    expect(en.names).toContain("Organisation:ISIS");
  });

  it("tolerates one slip in a compound's head noun", () => {
    expect(extract("De Anti-ISIS-caolitie gaat door.", "nl").names).toContain(
      "Organisation:anti-ISIS coalition",
    );
  });

  it("an acronym defined in parentheses names the entity again later", () => {
    const r = extract(
      "Steun voor de Koerdistan Autonome Regio (KAR). In de KAR is het rustig.",
      "nl",
    );
    expect(r.entity("Kurdistan Region")?.mentions).toHaveLength(3);
  });

  it("an acronym with a hyphen ('(MRF-D)') is found again too, and extraction does not fail on it", () => {
    const r = extract(
      "Steun voor de Koerdistan Autonome Regio (KR-I). In de KR-I is het rustig.",
      "nl",
    );
    expect(r.entity("Kurdistan Region")?.mentions).toHaveLength(3);
  });

  it("names meetings from capitalised words and an event noun", () => {
    expect(
      extract("Ministers meet at the upcoming NATO Defense Ministerial.", "en").names,
    ).toContain("Event:NATO Defense Ministerial");
  });
});

describe("linking", () => {
  it("one node per real-world thing across languages and forms", () => {
    const r = extract("De NAVO en de NATO, Irak en Iraq, Bagdad en Baghdad.", "nl");
    expect(r.names).toEqual(["Organisation:NATO", "Country:Iraq", "Location:Baghdad"]);
    expect(r.entity("NATO")?.aliases).toEqual(["NAVO"]);
  });

  it("carries the knowledge base's Wikidata id", () => {
    expect(extract("De NAVO vergadert.", "nl").entity("NATO")?.wikidataId).toBe("Q7184");
  });

  it("nationality adjectives name the country", () => {
    expect(extract("De Canadese en Iraakse delegaties.", "nl").names).toEqual([
      "Country:Canada",
      "Country:Iraq",
    ]);
  });

  it("unknown entities get a stable id from type and normalised name", () => {
    expect(entityId("Person", "Ludivine Dedonder")).toBe("person:ludivine-dedonder");
    const a = extract("Minister Ludivine Dedonder sprak.", "nl").entity("Ludivine Dedonder");
    const b = extract("Minister Ludivine Dedonder sprak opnieuw.", "nl").entity(
      "Ludivine Dedonder",
    );
    expect(a?.name).toBe(b?.name);
  });

  it("resolves 'de coalitie' to the coalition the article named", () => {
    const r = extract("De anti-ISIS-coalitie vergadert. De coalitie steunt MINUSMA.", "nl");
    expect(r.triples).toContain("anti-ISIS coalition -SUPPORTS-> MINUSMA");
  });
});
