import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("flagships serve their group (twelfth round)", () => {
  it("a ship that is the flagship or command ship of a naval group SUPPORTS it, EN and NL", () => {
    const en = extractShipped(
      "HMS Argyll is the flagship of Standing NATO Maritime Group 1.",
      "en",
    );
    expect(
      en.has("HMS Argyll (United Kingdom)", "SUPPORTS", "Standing NATO Maritime Group 1"),
    ).toBe(true);
    const nl = extractShipped(
      "Zr.Ms. Van Amstel is sinds maart stafschip van de Standing NATO Maritime Group 2.",
      "nl",
    );
    expect(nl.has("HNLMS Van Amstel", "SUPPORTS", "Standing NATO Maritime Group 2")).toBe(true);
  });

  it("the flagship of a navy supports no group", () => {
    const r = extractShipped("HMS Argyll became the flagship of the Royal Navy in 2030.", "en");
    expect(r.triples.some((t) => t.startsWith("HMS Argyll (United Kingdom) -SUPPORTS->"))).toBe(
      false,
    );
  });
});

describe("companions act with the subject (twelfth round)", () => {
  it("a companion after 'together with' / 'along with' shares the subject's stance", () => {
    const r = extractShipped(
      "Canada, together with Germany, supports Ukraine with artillery.",
      "en",
    );
    expect(r.has("Canada", "SUPPORTS", "Ukraine")).toBe(true);
    expect(r.has("Germany", "SUPPORTS", "Ukraine")).toBe(true);
    const s = extractShipped("Norway is supporting Finland along with Sweden.", "en");
    expect(s.has("Sweden", "SUPPORTS", "Finland")).toBe(true);
  });

  it("'samen met' between subject and verb: the clause's subject states it too", () => {
    const r = extractShipped(
      "Nederland is samen met Denemarken en de Verenigde Staten trekker van de F-16-coalitie.",
      "nl",
    );
    expect(r.has("Netherlands", "LEADS", "F-16 coalition")).toBe(true);
    expect(r.has("Denmark", "LEADS", "F-16 coalition")).toBe(true);
  });

  it("a companion after the object cooperates with the subject, not with the object", () => {
    const r = extractShipped(
      "The Netherlands leads the F-16 coalition together with Denmark.",
      "en",
    );
    expect(r.has("Denmark", "LEADS", "F-16 coalition")).toBe(true);
    expect(r.cooperate("Denmark", "Netherlands")).toBe(true);
    expect(r.cooperate("Denmark", "F-16 coalition")).toBe(false);
  });

  it("soldiers of a nationality alongside others, in a relative clause, share nothing", () => {
    const r = extractShipped(
      "Britain leads the NATO Enhanced Forward Presence battlegroup in Estonia, where British troops serve alongside French and Danish soldiers.",
      "en",
    );
    expect(r.has("United Kingdom", "LEADS", "Enhanced Forward Presence")).toBe(true);
    expect(r.triples.some((t) => t.startsWith("France -LEADS->"))).toBe(false);
    expect(r.triples.some((t) => t.startsWith("Denmark -LEADS->"))).toBe(false);
  });
});

describe("the party right before 'in the fight against' fights (twelfth round)", () => {
  it("the beneficiary of advice or support fights, not the adviser, EN and NL", () => {
    const nl = extractShipped(
      "Vanuit Erbil werken 4 Nederlandse militairen als adviseur voor de Peshmerga in de strijd tegen ISIS.",
      "nl",
    );
    expect(nl.has("Peshmerga", "OPPOSES", "ISIS")).toBe(true);
    expect(nl.has("military advisers (Netherlands)", "OPPOSES", "ISIS")).toBe(false);
    const en = extractShipped(
      "The package is further support for the Iraqi Security Forces in their fight against ISIS.",
      "en",
    );
    expect(en.has("Iraqi Security Forces", "OPPOSES", "ISIS")).toBe(true);
  });

  it("what is deployed in the fight fights", () => {
    const r = extractShipped(
      "De tankvliegtuigen speelden een rol bij de inzet van Belgische F-16's in de strijd tegen ISIS.",
      "nl",
    );
    expect(r.has("F-16 (Belgium)", "OPPOSES", "ISIS")).toBe(true);
  });

  it("a place right before the fight is where it is fought, not a fighter", () => {
    const r = extractShipped(
      "Belgian F-16s flew missions over Iraq and Syria in the fight against ISIS.",
      "en",
    );
    expect(r.has("Iraq", "OPPOSES", "ISIS")).toBe(false);
    expect(r.has("Syria", "OPPOSES", "ISIS")).toBe(false);
    expect(r.has("F-16 (Belgium)", "OPPOSES", "ISIS")).toBe(true);
  });
});

describe("a plural subject acting 'samen'/'together' cooperates (twelfth round)", () => {
  it("any verb with 'samen' or 'gezamenlijk' after a coordinated subject, NL", () => {
    const a = extractShipped("Polen en Litouwen vervangen samen hun luchtverdediging.", "nl");
    expect(a.cooperate("Poland", "Lithuania")).toBe(true);
    const b = extractShipped("Noorwegen en Zweden gaan samen het luchtruim bewaken.", "nl");
    expect(b.cooperate("Norway", "Sweden")).toBe(true);
  });

  it("'together' before the verb and its object, EN", () => {
    const r = extractShipped("Spain and Italy together operate the new patrol aircraft.", "en");
    expect(r.cooperate("Spain", "Italy")).toBe(true);
  });

  it("being together, or 'samen met' a third, is no reciprocal cooperation of the subject", () => {
    const a = extractShipped(
      "Polen en Litouwen zijn samen goed voor een kwart van de uitgaven.",
      "nl",
    );
    expect(a.cooperate("Poland", "Lithuania")).toBe(false);
    const b = extractShipped("Spain and Italy together account for a third of the troops.", "en");
    expect(b.cooperate("Spain", "Italy")).toBe(false);
  });
});
