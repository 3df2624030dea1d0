import { describe, expect, it } from "vitest";
import type { Language } from "../../../src/domain/vocabulary.ts";
import { extract, extractShipped, shippedExtractor } from "./support/extract.ts";

/**
 * The shipped knowledge base's general knowledge at work end to end: office holders with their
 * terms, units, bases, ships and their classes, places. Each case uses entries of the broad
 * knowledge base (src/kb/data), not names made for one article.
 */
function extractOn(body: string, language: Language, publishedAt: string) {
  const out = shippedExtractor().extractDetailed({ title: "Bericht", body, language, publishedAt });
  const names = out.entities.map((e) => `${e.type}:${e.name}`);
  const triples = out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);
  return { ...out, names, triples };
}

describe("office holders: a surname after a title is the holder of that office at the article's date", () => {
  it("'Defense Secretary Carter' in 2016 is Ash Carter; 'Chief of the Defence Staff Carter' in 2020 is Nick Carter", () => {
    const early = extractOn("Defense Secretary Carter met his counterparts.", "en", "2016-05-01");
    expect(early.names).toContain("Person:Ash Carter");
    expect(early.names).not.toContain("Person:Nick Carter");
    const late = extractOn(
      "Chief of the Defence Staff General Carter visited the troops. The United Kingdom sent more.",
      "en",
      "2020-05-01",
    );
    expect(late.names).toContain("Person:Nick Carter");
    expect(late.triples).toContain("Nick Carter -REPRESENTS-> United Kingdom");
  });

  it("a Danish foreign minister named by surname is Lars Løkke Rasmussen, not NATO's Anders Fogh Rasmussen", () => {
    const r = extractOn(
      "De Deense minister van Buitenlandse Zaken Rasmussen sprak met zijn Nederlandse collega.",
      "nl",
      "2023-05-01",
    );
    expect(r.names).toContain("Person:Lars Løkke Rasmussen");
    expect(r.triples).toContain("Lars Løkke Rasmussen -REPRESENTS-> Denmark");
  });

  it("a place's name inside a known person's name is part of the name, not a mention of the place", () => {
    const inName = extractOn("Aden Duale met the Kenyan troops in Nairobi.", "en", "2023-10-01");
    expect(inName.names).toContain("Person:Aden Duale");
    expect(inName.names).not.toContain("Location:Aden");
    const place = extractOn("Aden Duale later flew to Aden.", "en", "2023-10-01");
    expect(place.names).toContain("Location:Aden");
  });

  it("a known office holder is found by name alone, without a title, which a small base misses", () => {
    const body = "Samuel Paparo met officials in Manila on Tuesday.";
    expect(extractOn(body, "en", "2025-03-01").names).toContain("Person:Samuel Paparo");
    expect(extract(body, "en").names).not.toContain("Person:Samuel Paparo");
  });
});

describe("ships, units and bases", () => {
  it("a named warship is its flag state's asset, of the class the knowledge base gives", () => {
    const r = extractOn(
      "Belgium deployed the frigate BNS Leopold I to the Red Sea.",
      "en",
      "2024-05-01",
    );
    const ship = r.entities.find((e) => e.name === "BNS Leopold I (Belgium)");
    expect(ship?.type).toBe("Asset");
    expect(ship?.properties?.model).toBe("Karel Doorman-class frigate");
    expect(r.triples).toContain("Belgium -PROVIDES-> BNS Leopold I (Belgium)");
  });

  it("a naval base named like a ship (HMAS Stirling) is a place, in its state", () => {
    const r = extractShipped(
      "Australia will host U.S. submarines at HMAS Stirling near Perth.",
      "en",
      "Report",
    );
    expect(r.names).toContain("Location:HMAS Stirling");
    expect(r.names.some((n) => n.startsWith("Asset:HMAS Stirling"))).toBe(false);
    expect(r.triples).toContain("HMAS Stirling -LOCATED_IN-> Australia");
    expect(r.triples).toContain("Perth -LOCATED_IN-> Australia");
  });

  it("a known Dutch brigade, named in Dutch, sent abroad is the Netherlands' asset under its English name", () => {
    const r = extractShipped("Nederland stuurt de 13 Lichte Brigade naar Litouwen.", "nl");
    expect(r.names).toContain("Asset:13 Light Brigade (Netherlands)");
    expect(r.triples).toContain("Netherlands -PROVIDES-> 13 Light Brigade (Netherlands)");
  });

  it("a known unit at home stays an organisation under its English name", () => {
    const r = extractShipped("De 43 Gemechaniseerde Brigade oefent in Duitsland.", "nl");
    expect(r.names).toContain("Organisation:43 Mechanised Brigade");
  });

  it("a place's name before '-class' names a ship class, not the place", () => {
    const r = extractShipped("Canada operates twelve Halifax-class frigates.", "en", "Report");
    expect(r.names).not.toContain("Location:Halifax");
  });
});

describe("places in both languages", () => {
  it("Dutch and English names of an oblast capital are one place, in its state", () => {
    const nl = extractShipped("Raketten troffen Vinnytsja in Oekraïne.", "nl");
    expect(nl.names).toContain("Location:Vinnytsia");
    expect(nl.triples).toContain("Vinnytsia -LOCATED_IN-> Ukraine");
    const en = extractShipped("Missiles struck Vinnytsia in Ukraine.", "en", "Report");
    expect(en.names).toContain("Location:Vinnytsia");
  });

  it("a base in the High North is recognised with its state", () => {
    const r = extractShipped(
      "Dutch marines trained at Bardufoss in Norway during the exercise.",
      "en",
      "Report",
    );
    expect(r.names).toContain("Location:Bardufoss");
    expect(r.triples).toContain("Bardufoss -LOCATED_IN-> Norway");
  });
});

describe("a mission's area in the knowledge base", () => {
  it("each state of a wider area that a sentence names with the mission is where it operates", () => {
    const r = extractShipped(
      "British Tornados flew Operation Shader sorties over Iraq and Syria on Tuesday.",
      "en",
      "News",
    );
    expect(r.triples).toContain("Operation Shader -OPERATES_IN-> Iraq");
    expect(r.triples).toContain("Operation Shader -OPERATES_IN-> Syria");
  });

  it("a state outside the area, or named in another sentence, is not", () => {
    const r = extractShipped(
      "Operation Shader continues. Syria and Iraq were discussed in Jordan.",
      "en",
      "News",
    );
    expect(r.triples.filter((t) => t.startsWith("Operation Shader -OPERATES_IN->"))).toEqual([]);
  });
});
