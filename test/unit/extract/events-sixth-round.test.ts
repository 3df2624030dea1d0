import { describe, expect, it } from "vitest";
import type { Language } from "../../../src/domain/vocabulary.ts";
import { extractShipped } from "./support/extract.ts";

/**
 * Sixth round, events and places (docs/extraction.md, "Sixth round"): sentences written for these
 * tests, not taken from the corpus.
 */
const extract = (body: string, language: Language = "en", title = "News") =>
  extractShipped(body, language, title);
const participants = (triples: string[], event: string) =>
  triples
    .filter((t) => t.endsWith(`-PARTICIPATES_IN-> ${event}`))
    .map((t) => t.split(" -")[0])
    .sort();

describe("listed participants", () => {
  it("a counted plural of states taking part, with examples after 'including'/'waaronder'", () => {
    const en = extract(
      "More than twenty nations take part in Exercise Northern Coast, including Denmark, Estonia and Poland.",
    );
    expect(participants(en.triples, "Northern Coast")).toEqual(["Denmark", "Estonia", "Poland"]);
    const nl = extract(
      "Dit jaar nemen 14 landen deel aan de oefening Northern Coast, waaronder Denemarken, Estland en Polen.",
      "nl",
    );
    expect(participants(nl.triples, "Northern Coast")).toEqual(["Denmark", "Estonia", "Poland"]);
  });

  it("'participants include', 'attended by delegations from', 'troepen uit … betrokken'", () => {
    const include = extract(
      "Participants in the Ukraine Recovery Conference include Japan, Canada and the European Union.",
    );
    expect(participants(include.triples, "Ukraine Recovery Conference")).toEqual([
      "Canada",
      "European Union",
      "Japan",
    ]);
    const attended = extract(
      "The Shangri-La Dialogue was attended by delegations from Australia, Indonesia and Japan.",
    );
    expect(participants(attended.triples, "Shangri-La Dialogue")).toEqual([
      "Australia",
      "Indonesia",
      "Japan",
    ]);
    const nl = extract(
      "Bij de oefening Steadfast Defender zijn ook troepen uit Spanje en Italië betrokken.",
      "nl",
    );
    expect(participants(nl.triples, "Steadfast Defender")).toEqual(["Italy", "Spain"]);
  });

  it("says nothing when the states did not take part or are what is discussed", () => {
    const negated = extract(
      "Several countries did not take part in Exercise Northern Coast, including Hungary and Turkey.",
    );
    expect(participants(negated.triples, "Northern Coast")).toEqual([]);
    const threats = extract(
      "Leaders gathered at the Munich Security Conference to discuss threats from countries such as Iran and North Korea.",
    );
    expect(participants(threats.triples, "Munich Security Conference")).toEqual([]);
  });
});

describe("acting within a named operation", () => {
  it("'as part of', 'in het kader van' an operation is taking part in it", () => {
    const en = extract(
      "Canada trains Ukrainian recruits in the United Kingdom as part of Operation Interflex.",
    );
    expect(en.triples).toContain("Canada -PARTICIPATES_IN-> Operation Interflex");
    // The nationality qualifying the recruits is no subject.
    expect(en.triples).not.toContain("Ukraine -PARTICIPATES_IN-> Operation Interflex");
    const nl = extract(
      "Zweden leidt Oekraïense mariniers op in het kader van Operatie Interflex.",
      "nl",
    );
    expect(nl.triples).toContain("Sweden -PARTICIPATES_IN-> Operation Interflex");
  });
});

describe("other editions of a recurring event", () => {
  it("'de vorige URC', 'the next summit' are not this year's event", () => {
    const nl = extract(
      "De Ukraine Recovery Conference (URC) wordt dit jaar in Rome gehouden. De vorige URC vond plaats in Berlijn.",
      "nl",
    );
    expect(nl.triples).toContain("Ukraine Recovery Conference -LOCATED_IN-> Rome");
    expect(nl.triples).not.toContain("Ukraine Recovery Conference -LOCATED_IN-> Berlin");
    const en = extract(
      "Allied leaders met at the Madrid Summit on Tuesday. The next summit will be held in Vilnius.",
    );
    expect(en.triples).not.toContain("Madrid Summit -LOCATED_IN-> Vilnius");
  });

  it("an upcoming event the article names nowhere else is still that event", () => {
    const r = extract("The ministers discussed the upcoming NATO Defence Ministerial.");
    expect(r.names).toContain("Event:NATO Defence Ministerial");
  });
});

describe("named events at the start of a paragraph", () => {
  it("a headline ending in a capitalised word does not swallow the event's name", () => {
    const r = extract(
      "The Munich Security Conference took place in Munich.",
      "en",
      "Leaders gather in Bavaria",
    );
    expect(r.triples).toContain("Munich Security Conference -LOCATED_IN-> Munich");
  });

  it("Dutch verb-final 'wordt … in X gehouden' places the event", () => {
    const r = extract("De NAVO-top wordt volgend jaar in Den Haag gehouden.", "nl");
    expect(r.triples).toContain("NATO summit -LOCATED_IN-> The Hague");
  });
});

describe("places only a place completes", () => {
  it("'took place in', 'sailed into', 'vond plaats in' name unknown places", () => {
    const held = extract("Exercise Polar Dawn took place in Finnmark and Troms with 8,000 troops.");
    expect(held.triples).toContain("Polar Dawn -LOCATED_IN-> Finnmark");
    expect(held.names).toContain("Location:Finnmark");
    const sailed = extract("The frigate HMS Iron Duke sailed into Ofotfjorden on Monday.");
    expect(sailed.names).toContain("Location:Ofotfjorden");
    expect(sailed.triples).toContain("HMS Iron Duke (United Kingdom) -LOCATED_IN-> Ofotfjorden");
    const nl = extract("De oefening Polar Dawn vond plaats in Finnmark.", "nl");
    expect(nl.triples).toContain("Polar Dawn -LOCATED_IN-> Finnmark");
  });

  it("a month after the verb is no place", () => {
    const r = extract("The conference was held in March in Tallinn.");
    expect(r.names).not.toContain("Location:March");
  });

  it("a unit training at a place is there; 'the counties of' does not hide the place", () => {
    const trained = extract("The Royal Marines trained in Setermoen with Norwegian troops.");
    expect(trained.triples).toContain("Royal Marines -LOCATED_IN-> Setermoen");
    const counties = extract(
      "Exercise Polar Dawn takes place in the counties of Nordland and Troms.",
    );
    expect(counties.triples).toContain("Polar Dawn -LOCATED_IN-> Nordland");
    expect(counties.triples).toContain("Polar Dawn -LOCATED_IN-> Troms");
    const nl = extract(
      "De oefening Polar Dawn vindt plaats in de provincies Nordland en Troms.",
      "nl",
    );
    expect(nl.triples).toContain("Polar Dawn -LOCATED_IN-> Troms");
  });
});

describe("lists of bases and places of a nationality", () => {
  it("'de Duitse vliegbases A, B en C': each a base in Germany", () => {
    const r = extract(
      "De toestellen vliegen vanaf de Duitse vliegbases Hohn, Schleswig-Jagel en Lechfeld.",
      "nl",
    );
    // Bases the knowledge base knows take its names ("Schleswig-Jagel" is Schleswig Air Base).
    for (const base of ["Hohn", "Schleswig Air Base", "Lechfeld Air Base"])
      expect(r.triples).toContain(`${base} -LOCATED_IN-> Germany`);
  });

  it("'bases in' a state names no base", () => {
    const r = extract("De F-16's vliegen vanaf de vliegbases in Polen en Roemenië.", "nl");
    expect(r.names.filter((n) => n.startsWith("Location:"))).toEqual([]);
  });

  it("a body 'in het Nederlandse Den Haag' is seated there", () => {
    const r = extract(
      "De oefening wordt geleid door het Ministerie van Defensie in het Nederlandse Den Haag.",
      "nl",
    );
    expect(r.triples.some((t) => /Ministry of Defence -LOCATED_IN-> The Hague/u.test(t))).toBe(
      true,
    );
  });
});

describe("summits named by their town", () => {
  it("'the next NATO summit will be held in Washington' is the Washington Summit", () => {
    const r = extract(
      "Allied leaders met at the Madrid Summit. The next NATO summit will be held in Washington.",
    );
    expect(r.triples).toContain("Washington Summit -LOCATED_IN-> Washington, D.C.");
    expect(r.triples).not.toContain("Madrid Summit -LOCATED_IN-> Washington, D.C.");
  });

  it("'de top in Den Haag werd bijgewoond door A en B': the town's summit, and who attended", () => {
    const r = extract("De top in Den Haag werd bijgewoond door Zweden en Finland.", "nl");
    expect(r.triples).toContain("The Hague Summit -LOCATED_IN-> The Hague");
    expect(participants(r.triples, "The Hague Summit")).toEqual(["Finland", "Sweden"]);
  });

  it("'attended by leaders of A and B' lists who took part", () => {
    const r = extract("The summit in Vilnius was attended by leaders of Sweden and Finland.");
    expect(participants(r.triples, "Vilnius Summit")).toEqual(["Finland", "Sweden"]);
  });

  it("a summit in a state, or a top that is no meeting, names no summit", () => {
    const state = extract("The summit in Lithuania focused on air defence.");
    expect(state.names.filter((n) => n.startsWith("Event:"))).toEqual([]);
    const mountain = extract("The top of the mountain near Zermatt was closed.");
    expect(mountain.names.filter((n) => n.startsWith("Event:"))).toEqual([]);
  });
});

describe("a described exercise refers back", () => {
  it("'the biennial exercise', 'de jaarlijkse oefening' is the exercise named before", () => {
    const en = extract(
      "Exercise Polar Dawn began on Monday. The biennial exercise, organised by the Norwegian Armed Forces, takes place in Finnmark.",
    );
    expect(en.triples).toContain("Norwegian Armed Forces -LEADS-> Polar Dawn");
    expect(en.triples).toContain("Polar Dawn -LOCATED_IN-> Finnmark");
    const nl = extract(
      "De oefening Polar Dawn begon maandag. De jaarlijkse oefening vindt plaats in Finnmark.",
      "nl",
    );
    expect(nl.triples).toContain("Polar Dawn -LOCATED_IN-> Finnmark");
  });
});
