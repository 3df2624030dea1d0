import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// Where forces are and work (thirteenth round). Invented sentences; the shipped knowledge base is
// built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("an apposition describing a name before a participle of place", () => {
  it("'X, a multinational exercise taking place across A and B': X works there, not the subject", () => {
    const r = extractShipped(
      "Soldiers of the 3rd Infantry Division are in Poland for Atlantic Resolve, a multinational combined arms exercise taking place across Estonia, Latvia and Lithuania.",
      "en",
    );
    expect(r.has("Operation Atlantic Resolve", "OPERATES_IN", "Estonia")).toBe(true);
    expect(r.has("Operation Atlantic Resolve", "OPERATES_IN", "Lithuania")).toBe(true);
    expect(r.triples.some((t) => /Division.* -OPERATES_IN-> Estonia/.test(t))).toBe(false);
  });

  it("a clause with a subject of its own is no apposition", () => {
    const r = extractShipped(
      "The 3rd Infantry Division trained in Poland, and the brigade then deployed across Estonia and Latvia.",
      "en",
    );
    expect(r.triples.some((t) => t.startsWith("Operation Atlantic Resolve"))).toBe(false);
  });
});

describe("a description with a leader and modifiers names the exercise or mission before it", () => {
  it("'the Norwegian-led multinational exercise' is the exercise named before", () => {
    const r = extractShipped(
      "Exercise Cold Response began in Norway on Monday. The carrier was joined for the Norwegian-led multinational exercise by HMS Albion and HMS Defender.",
      "en",
    );
    expect(r.has("HMS Albion (United Kingdom)", "ASSIGNED_TO", "Cold Response")).toBe(true);
    expect(r.has("HMS Defender (United Kingdom)", "ASSIGNED_TO", "Cold Response")).toBe(true);
  });

  it("without an exercise named before, the description names nothing", () => {
    const r = extractShipped(
      "The carrier was joined for the Norwegian-led multinational exercise by HMS Albion.",
      "en",
    );
    expect(r.triples.some((t) => t.includes("-ASSIGNED_TO->"))).toBe(false);
  });

  it("a noun right before the name of a body is that body, not a reference back", () => {
    const r = extractShipped(
      "De missie Minusma gaat door. Het NAVO-vlootverband SNMCMG1 intensiveerde de patrouilles op de Oostzee.",
      "nl",
    );
    expect(r.has("MINUSMA", "OPERATES_IN", "Baltic Sea")).toBe(false);
    expect(r.has("Standing NATO Mine Countermeasures Group 1", "OPERATES_IN", "Baltic Sea")).toBe(
      true,
    );
  });
});

describe("two parts of an area joined by a conjunction are one modifier", () => {
  it("'in central and eastern Norway' is governed by 'in'", () => {
    const r = extractShipped(
      "Exercise Northern Lance takes place in central and eastern Norway.",
      "en",
    );
    expect(r.triples.some((t) => / -LOCATED_IN-> Norway$/.test(t))).toBe(true);
    const s = extractShipped(
      "The 2nd Cavalry Regiment is deployed in northern and western Poland.",
      "en",
    );
    expect(s.triples.some((t) => / -(?:LOCATED|OPERATES)_IN-> Poland$/.test(t))).toBe(true);
  });

  it("a conjunction after a word that is no part of an area joins clauses, not modifiers", () => {
    const r = extractShipped(
      "Exercise Northern Lance ended in the south early and eastern Norway stayed calm.",
      "en",
    );
    expect(r.triples.some((t) => / -LOCATED_IN-> Norway$/.test(t))).toBe(false);
  });
});

describe("Dutch 'onderdeel uitmaken van' and 'het eskader'", () => {
  it("'die onderdeel uitmaken van' assigns the personnel to the mission", () => {
    const r = extractShipped(
      "Nederland stuurt 50 militairen naar Irak. Vandaag bezocht de minister de Nederlandse militairen die onderdeel uitmaken van de NAVO-missie in Irak.",
      "nl",
    );
    const assigned = r.relation(
      "military personnel (Netherlands) -ASSIGNED_TO-> NATO Mission Iraq",
    );
    expect(assigned?.evidence?.some((e) => e.rule === "assigned.to")).toBe(true);
  });

  it("'onderdeel' alone is no membership of the mission", () => {
    const r = extractShipped(
      "Het onderdeel van de Nederlandse militairen in Irak is klein; de NAVO-missie in Irak gaat door.",
      "nl",
    );
    expect(r.triples.some((t) => t.includes("-ASSIGNED_TO->"))).toBe(false);
  });

  it("'het eskader' is the naval group named before", () => {
    const r = extractShipped(
      "België voert het commando over de Standing NATO Mine Countermeasures Group 1. Nederland levert het stafschip voor het eskader, dat vooral opereert op de Noordzee.",
      "nl",
    );
    expect(r.has("Standing NATO Mine Countermeasures Group 1", "OPERATES_IN", "North Sea")).toBe(
      true,
    );
  });

  it("without a group named before, 'het eskader' names nothing", () => {
    const r = extractShipped(
      "Nederland levert het stafschip voor het eskader, dat vooral opereert op de Noordzee.",
      "nl",
    );
    expect(r.triples.some((t) => t.endsWith("-OPERATES_IN-> North Sea"))).toBe(false);
  });
});

describe("personnel of the alliance or of others are not the article's contingent", () => {
  it("'extra militairen van het bondgenootschap' are not the Dutch personnel named before", () => {
    const r = extractShipped(
      "Nederland stuurt militairen naar Litouwen. Ook in Estland en Letland zijn extra militairen van het bondgenootschap gestationeerd.",
      "nl",
    );
    expect(r.has("military personnel (Netherlands)", "LOCATED_IN", "Estonia")).toBe(false);
    expect(r.has("military personnel (Netherlands)", "LOCATED_IN", "Latvia")).toBe(false);
  });

  it("the same noun without 'of the alliance' is still the contingent named before", () => {
    const r = extractShipped(
      "Nederland stuurt militairen naar Litouwen. In Rukla zijn de militairen gestationeerd.",
      "nl",
    );
    expect(r.has("military personnel (Netherlands)", "LOCATED_IN", "Rukla")).toBe(true);
  });
});

describe("no sentence default across another actor's subordinate clause", () => {
  it("'after Russia seized X': the mission does not work in X", () => {
    const r = extractShipped(
      "Operation Atlantic Resolve began in 2014 after Russia seized Sevastopol.",
      "en",
    );
    expect(r.has("Operation Atlantic Resolve", "OPERATES_IN", "Sevastopol")).toBe(false);
  });

  it("a place after the subordinate clause has closed still gets the default", () => {
    const r = extractShipped(
      "Operation Atlantic Resolve began in 2014, before Russia seized Sevastopol, with troops at Drawsko Pomorskie.",
      "en",
    );
    expect(r.has("Operation Atlantic Resolve", "OPERATES_IN", "Drawsko Pomorskie")).toBe(true);
    expect(r.has("Operation Atlantic Resolve", "OPERATES_IN", "Sevastopol")).toBe(false);
  });
});

describe("a company in a town is there", () => {
  it("'Lockheed Martin in Fort Worth', 'Pratt & Whitney in Hartford, Connecticut': LOCATED_IN", () => {
    const r = extractShipped(
      "De staatssecretaris bezoekt Lockheed Martin in Fort Worth en daarna Pratt & Whitney in Hartford, Connecticut.",
      "nl",
    );
    expect(r.has("Lockheed Martin", "LOCATED_IN", "Fort Worth")).toBe(true);
    expect(r.has("Pratt & Whitney", "LOCATED_IN", "Hartford")).toBe(true);
  });

  it("a company before 'in' and a month is placed nowhere", () => {
    const r = extractShipped("Lockheed Martin in March delivered two jets to Poland.", "en");
    expect(r.triples.some((t) => t.startsWith("Lockheed Martin -LOCATED_IN->"))).toBe(false);
  });
});

describe("a chain of sentences opened by 'it' refers to the subject before the chain", () => {
  it("'X began … . It is designed to … . It will take place at Y': X is held at Y", () => {
    const r = extractShipped(
      "Exercise Saber Strike began on Monday. It is designed to help the U.S. and its allies. It will take place at Grafenwoehr.",
      "en",
    );
    expect(r.has("Saber Strike", "LOCATED_IN", "Grafenwöhr")).toBe(true);
  });

  it("a sentence with a subject of its own breaks the chain", () => {
    const r = extractShipped(
      "Exercise Saber Strike began on Monday. Poland is a strong ally of the United States. It will take place at Grafenwoehr.",
      "en",
    );
    expect(r.has("Saber Strike", "LOCATED_IN", "Grafenwöhr")).toBe(false);
  });
});
