import { beforeAll, describe, expect, it } from "vitest";
import type { Language } from "../../../src/domain/vocabulary.ts";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// Building the shipped knowledge base's extractor takes seconds on a busy machine: once, first.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

/**
 * Seventh round, events and places (docs/extraction.md, "Seventh round"): sentences written for
 * these tests, not taken from any corpus.
 */
const extract = (body: string, language: Language = "en", title = "News") =>
  extractShipped(body, language, title);
const participants = (triples: string[], event: string) =>
  triples
    .filter((t) => t.endsWith(`-PARTICIPATES_IN-> ${event}`))
    .map((t) => t.split(" -")[0])
    .sort();
const rulesOf = (r: ReturnType<typeof extract>, triple: string) =>
  (r.relation(triple)?.evidence ?? []).map((e) => e.rule);

describe("a Dutch verb of taking part split around its middle field", () => {
  it("reads the subject before the verb and the occasion after 'mee aan'", () => {
    const r = extract(
      "De Koninklijke Marine doet volgende maand met twee mijnenjagers mee aan BALTOPS.",
      "nl",
    );
    expect(participants(r.triples, "BALTOPS")).toEqual(["Royal Netherlands Navy"]);
    expect(rulesOf(r, "Royal Netherlands Navy -PARTICIPATES_IN-> BALTOPS")).toContain(
      "participates.split-verb",
    );
  });

  it("reads the subject in the middle field after an opening adverbial (inversion)", () => {
    const r = extract(
      "Sinds maandag neemt Denemarken met een fregat deel aan Operatie Aspides.",
      "nl",
    );
    expect(r.has("Denmark", "PARTICIPATES_IN", "EUNAVFOR Aspides")).toBe(true);
  });

  it("says nothing when the middle field negates the verb", () => {
    const r = extract("Oostenrijk doet dit jaar niet mee aan BALTOPS.", "nl");
    expect(participants(r.triples, "BALTOPS")).toEqual([]);
  });
});

describe("parties listed after 'alongside', 'net als'", () => {
  it("share the occasion another party of the sentence takes part in", () => {
    const r = extract(
      "Estonia and Latvia took part in BALTOPS, alongside Denmark, Norway and Poland.",
    );
    expect(participants(r.triples, "BALTOPS")).toEqual([
      "Denmark",
      "Estonia",
      "Latvia",
      "Norway",
      "Poland",
    ]);
  });

  it("add no participant when nothing in the sentence takes part", () => {
    const r = extract("Estonia criticised the plan, alongside Denmark and Norway.");
    expect(r.triples.filter((t) => t.includes("-PARTICIPATES_IN->"))).toEqual([]);
  });
});

describe("the place of what happens during an event", () => {
  it("'train in X during E', 'oefenen in X tijdens E', 'in X on <date> for E'", () => {
    const en = extract("Belgian paratroopers trained in Lithuania during BALTOPS.");
    expect(en.has("BALTOPS", "LOCATED_IN", "Lithuania")).toBe(true);
    const nl = extract("Nederlandse mariniers oefenen in Schotland tijdens Joint Warrior.", "nl");
    expect(nl.has("Joint Warrior", "LOCATED_IN", "Scotland")).toBe(true);
    const dated = extract(
      "The ministers gathered in Canberra on 3 and 4 May for the Shangri-La Dialogue preparations.",
    );
    expect(
      dated.triples.some((t) => t.endsWith("-LOCATED_IN-> Canberra") && !t.startsWith("Canberra")),
    ).toBe(true);
  });

  it("not when the event names its own place after it, nor for a place of origin", () => {
    const own = extract("The frigate sailed in the Baltic Sea for BALTOPS in Kiel.");
    expect(own.has("BALTOPS", "LOCATED_IN", "Baltic Sea")).toBe(false);
    const origin = extract("Troops from Poland arrived for BALTOPS.");
    expect(origin.has("BALTOPS", "LOCATED_IN", "Poland")).toBe(false);
  });
});

describe("a town inside a meeting's name", () => {
  it("places the meeting in the town", () => {
    const r = extract("The allies agreed on new plans at the Vilnius Summit.");
    expect(r.has("Vilnius Summit", "LOCATED_IN", "Vilnius")).toBe(true);
  });

  it("not a state inside the name", () => {
    const r = extract("Donors met at the Ukraine Recovery Conference.");
    expect(
      r.triples.filter((t) => t.startsWith("Ukraine Recovery Conference -LOCATED_IN->")),
    ).toEqual([]);
  });
});

describe("people listed after a cue of presence", () => {
  it("take part in the event named before", () => {
    const r = extract(
      "The NATO summit opened in Vilnius on Tuesday. Also present were Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese.",
    );
    expect(participants(r.triples, "Vilnius Summit")).toEqual(
      expect.arrayContaining(["Anthony Albanese", "Fumio Kishida"]),
    );
    const nl = extract(
      "De NAVO-top begon dinsdag in Vilnius. Onder de gasten waren premier Fumio Kishida en premier Anthony Albanese.",
      "nl",
    );
    expect(participants(nl.triples, "NATO summit")).toEqual(
      expect.arrayContaining(["Anthony Albanese", "Fumio Kishida"]),
    );
  });

  it("not without an event to be present at", () => {
    const r = extract("Also present were Fumio Kishida and Anthony Albanese.");
    expect(r.triples.filter((t) => t.includes("-PARTICIPATES_IN->"))).toEqual([]);
  });
});

describe("taking part with no object, by bodies and people", () => {
  it("a service or the people of the middle field take part in the headline's event", () => {
    const en = extract(
      "The Royal Navy is taking part with the destroyer HMS Diamond.",
      "en",
      "BALTOPS 2024 begins in the Baltic Sea",
    );
    expect(participants(en.triples, "BALTOPS 2024")).toContain("Royal Navy");
    const nl = extract(
      "Namens België namen minister Ludivine Dedonder van Defensie en minister Hadja Lahbib van Buitenlandse Zaken deel.",
      "nl",
      "Bondgenoten komen bijeen op NAVO-top in Vilnius",
    );
    expect(participants(nl.triples, "NATO summit")).toEqual(["Hadja Lahbib", "Ludivine Dedonder"]);
  });

  it("not without an event in the headline", () => {
    const r = extract("The Royal Navy is taking part with the destroyer HMS Diamond.");
    expect(r.triples.filter((t) => t.includes("-PARTICIPATES_IN->"))).toEqual([]);
  });
});

describe("speaking to a meeting", () => {
  it("'addressed the summit', 'sprak de top toe'", () => {
    const en = extract(
      "Leaders gathered at the Madrid Summit. President Volodymyr Zelensky addressed the summit by video link.",
    );
    expect(en.has("Volodymyr Zelensky", "PARTICIPATES_IN", "Madrid Summit")).toBe(true);
    const nl = extract(
      "De NAVO-top begon in Vilnius. President Zelensky sprak de top toe via een videoverbinding.",
      "nl",
    );
    expect(nl.has("Volodymyr Zelensky", "PARTICIPATES_IN", "NATO summit")).toBe(true);
  });

  it("not what is addressed when it is no meeting", () => {
    const r = extract(
      "Leaders gathered at the Madrid Summit. President Volodymyr Zelensky addressed the shortage of shells.",
    );
    expect(participants(r.triples, "Madrid Summit")).toEqual([]);
  });
});

describe("places the dictionary lacks, typed by their surroundings", () => {
  it("Dutch 'in het <nationaliteit> X' is a town of that state", () => {
    const r = extract("De Belgische paracommando's oefenen in het Franse Mourmelon.", "nl");
    expect(r.has("Mourmelon", "LOCATED_IN", "France")).toBe(true);
  });

  it("not an institution after the nationality", () => {
    const r = extract("Het voorstel ligt nu bij het Amerikaanse Congres.", "nl");
    expect(r.names).not.toContain("Location:Congres");
  });

  it("'20 kilometres southwest of X, <state>' is a town of that state", () => {
    const r = extract(
      "The drone struck a compound 20 kilometres southwest of Baardheere, Somalia.",
    );
    expect(r.has("Baardheere", "LOCATED_IN", "Somalia")).toBe(true);
  });
});

describe("a mission's personnel named with their states", () => {
  it("'UNIFIL peacekeepers, most of them from A and B' take part for A and B", () => {
    const r = extract(
      "Twelve UNIFIL peacekeepers, most of them from Ireland and Poland, were wounded near the border.",
    );
    expect(participants(r.triples, "UNIFIL")).toEqual(["Ireland", "Poland"]);
  });

  it("not a state the personnel merely come from a place in", () => {
    const r = extract("UNIFIL troops from the base in Lebanon withdrew after the attack.");
    expect(participants(r.triples, "UNIFIL")).toEqual([]);
  });
});

describe("a company typed by its nationality", () => {
  it("'German defence company X', 'Swedish firm X' (no determiner)", () => {
    const r = extract(
      "German defence company Rheinmetall opened a plant. Swedish firm Saab won the order.",
    );
    expect(r.has("Rheinmetall", "LOCATED_IN", "Germany")).toBe(true);
    expect(r.has("Saab", "LOCATED_IN", "Sweden")).toBe(true);
  });
});

describe("where an event is held, in more tenses", () => {
  it("'will take place in the far north of A, B and C', 'speelt zich af in X'", () => {
    const en = extract(
      "Exercise Cold Shield will take place in the far north of Norway and Finland.",
    );
    expect(en.has("Cold Shield", "LOCATED_IN", "Norway")).toBe(true);
    expect(en.has("Cold Shield", "LOCATED_IN", "Finland")).toBe(true);
    const nl = extract("De oefening Cold Shield speelt zich af in Noorwegen.", "nl");
    expect(nl.has("Cold Shield", "LOCATED_IN", "Norway")).toBe(true);
  });

  it("not the state that announces it", () => {
    const r = extract("Finland said that Exercise Cold Shield will take place next year.");
    expect(r.has("Cold Shield", "LOCATED_IN", "Finland")).toBe(false);
  });
});

describe("parties of a clause of training for or during an event", () => {
  it("'X joined Y for Exercise E', 'A en B oefenden tijdens E'", () => {
    const en = extract(
      "Marines of the Royal Navy joined the Royal Netherlands Navy for Exercise Cold Shield.",
    );
    expect(participants(en.triples, "Cold Shield")).toEqual([
      "Royal Navy",
      "Royal Netherlands Navy",
    ]);
    const nl = extract(
      "Denemarken en Noorwegen oefenden samen tijdens de oefening Cold Shield.",
      "nl",
    );
    expect(participants(nl.triples, "Cold Shield")).toEqual(["Denmark", "Norway"]);
  });

  it("not a state that only speaks about the exercise, nor the place one goes to", () => {
    const said = extract("Russia criticised Norway for Exercise Cold Shield.");
    expect(participants(said.triples, "Cold Shield")).toEqual([]);
    const place = extract("Denmark deployed troops to Norway for Exercise Cold Shield.");
    expect(participants(place.triples, "Cold Shield")).toEqual(["Denmark"]);
  });
});

describe("headquarters named in an apposition", () => {
  it("'Camp X, the EUFOR headquarters', 'X, whose headquarters is in Rota'", () => {
    const camp = extract("The new units will be based at Camp Butmir, the EUFOR headquarters.");
    expect(camp.has("EUFOR Althea", "HEADQUARTERED_IN", "Camp Butmir")).toBe(true);
    const whose = extract(
      "Spain leads EUNAVFOR Atalanta, the EU's naval operation off Somalia, whose headquarters is in Rota.",
    );
    expect(whose.has("Operation Atalanta", "HEADQUARTERED_IN", "Rota")).toBe(true);
    expect(whose.has("European Union", "HEADQUARTERED_IN", "Rota")).toBe(false);
  });

  it("not a place merely next to a body", () => {
    const r = extract("Troops left Camp Butmir, the EUFOR spokesperson said.");
    expect(r.triples.filter((t) => t.includes("-HEADQUARTERED_IN->"))).toEqual([]);
  });
});

describe("a formation named after its state", () => {
  it("'Battle Group Poland' is in Poland", () => {
    const r = extract("Soldiers of Battle Group Poland marched in the parade.");
    expect(r.has("Battle Group Poland", "LOCATED_IN", "Poland")).toBe(true);
  });
});

describe("the host of a meeting, and which meeting 'the summit' is", () => {
  it("'the meeting, hosted by Spain' takes part; a summit named as past is no antecedent", () => {
    const r = extract(
      "Leaders gathered at the Vilnius Summit, the largest since the 2018 Brussels Summit. The two-day meeting, hosted by Lithuania, ended on Wednesday.",
    );
    expect(r.has("Lithuania", "PARTICIPATES_IN", "Vilnius Summit")).toBe(true);
    expect(participants(r.triples, "Brussels Summit")).toEqual([]);
  });

  it("not the host of something else", () => {
    const r = extract(
      "The Vilnius Summit ended. Lithuania hosted by far the largest NATO exercise.",
    );
    expect(participants(r.triples, "Vilnius Summit")).toEqual([]);
  });
});

describe("the host named after a cue", () => {
  it("'Gastheer was premier X' takes part; the list ends at a semicolon", () => {
    const r = extract(
      "Gastheer was premier Gitanas Nausėda; de vergadering werd geleid door Jens Stoltenberg.",
      "nl",
      "Bondgenoten komen bijeen op NAVO-top in Vilnius",
    );
    expect(participants(r.triples, "NATO summit")).toContain("Gitanas Nausėda");
    expect(rulesOf(r, "Jens Stoltenberg -PARTICIPATES_IN-> NATO summit")).not.toContain(
      "participates.present-were",
    );
  });
});
