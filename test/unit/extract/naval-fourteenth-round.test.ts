import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("a ship named with a standing naval group serves in it (fourteenth round)", () => {
  it("a ship heading a standing group, or back from a deployment to one, supports it", () => {
    const lead = extractShipped(
      "The destroyer HMS Kent sailed this week, heading Standing NATO Maritime Group 2 for six months.",
      "en",
    );
    expect(
      lead.has("HMS Kent (United Kingdom)", "SUPPORTS", "Standing NATO Maritime Group 2"),
    ).toBe(true);
    const back = extractShipped(
      "The frigate HMS Lancaster came home after four months with NATO's Standing Maritime Group 1.",
      "en",
    );
    expect(
      back.has("HMS Lancaster (United Kingdom)", "SUPPORTS", "Standing NATO Maritime Group 1"),
    ).toBe(true);
  });

  it("Dutch: a ship active with a mine countermeasures group supports it", () => {
    const r = extractShipped(
      "Zr.Ms. Makkum is deze zomer actief bij de Standing NATO Mine Countermeasures Group 1.",
      "nl",
    );
    expect(r.has("HNLMS Makkum", "SUPPORTS", "Standing NATO Mine Countermeasures Group 1")).toBe(
      true,
    );
  });

  it("no support in a denying sentence, nor for a navy, nor from an unnamed kind of ship", () => {
    const denied = extractShipped(
      "HMS Kent will not sail with Standing NATO Maritime Group 2 this year.",
      "en",
    );
    expect(denied.triples.some((t) => t.includes("-SUPPORTS-> Standing NATO"))).toBe(false);
    const navy = extractShipped(
      "USS Mason exercised off Bahrain with the Royal Bahrain Naval Force on Monday.",
      "en",
    );
    expect(navy.triples.some((t) => t.includes("-SUPPORTS-> Royal Bahrain Naval Force"))).toBe(
      false,
    );
  });

  it("the Response Force gives way to the standing group the sentence names inside it", () => {
    const r = extractShipped(
      "Zr.Ms. Tromp vaart mee in SNMG1, een van de vlootverbanden van de NATO Response Force.",
      "nl",
    );
    expect(r.has("HNLMS Tromp", "SUPPORTS", "Standing NATO Maritime Group 1")).toBe(true);
    expect(r.has("HNLMS Tromp", "SUPPORTS", "NATO Response Force")).toBe(false);
  });
});

describe("who commands a naval force, and ports a ship is in (fourteenth round)", () => {
  it("command of the maritime part of a force leads the force, and is no part of it", () => {
    const r = extractShipped(
      "The Royal Navy took over command of the maritime element of the NATO Response Force in January.",
      "en",
    );
    expect(r.has("Royal Navy", "LEADS", "NATO Response Force")).toBe(true);
    expect(r.has("Royal Navy", "PART_OF", "NATO Response Force")).toBe(false);
  });

  it("a body that has command of a force leads it, also in a relative clause", () => {
    const r = extractShipped(
      "The exercise was planned by Joint Force Command Brunssum, which has command of the NATO Response Force this year.",
      "en",
    );
    expect(r.has("Joint Force Command Brunssum", "LEADS", "NATO Response Force")).toBe(true);
  });

  it("a ship sailing into 'de haven van' a town is in that town; talk about a port is not", () => {
    const into = extractShipped(
      "Zr.Ms. Tromp vaart dinsdagmiddag de haven van Den Helder binnen.",
      "nl",
    );
    expect(into.has("HNLMS Tromp", "LOCATED_IN", "Den Helder")).toBe(true);
    const about = extractShipped(
      "De commandant van Zr.Ms. Tromp sprak met de pers over de haven van Rotterdam.",
      "nl",
    );
    expect(about.has("HNLMS Tromp", "LOCATED_IN", "Rotterdam")).toBe(false);
  });
});

describe("the states a force or alliance is made of are its members (fourteenth round)", () => {
  it("a counted list after 'comprises … including' and 'made up of' in an apposition", () => {
    const r = extractShipped(
      "The Joint Expeditionary Force comprises ten nations including Iceland, Norway and Sweden.",
      "en",
    );
    for (const state of ["Iceland", "Norway", "Sweden"])
      expect(r.has(state, "MEMBER_OF", "Joint Expeditionary Force")).toBe(true);
    const a = extractShipped(
      "The JEF, made up of Denmark, Finland and Latvia, meets in Riga next week.",
      "en",
    );
    for (const state of ["Denmark", "Finland", "Latvia"])
      expect(a.has(state, "MEMBER_OF", "Joint Expeditionary Force")).toBe(true);
  });

  it("'the force, which comprises …' names the force the article named before", () => {
    const r = extractShipped(
      "Ministers of the Joint Expeditionary Force met in London. The force, which comprises nine countries including Estonia and Lithuania, was founded in 2014.",
      "en",
    );
    expect(r.has("Estonia", "MEMBER_OF", "Joint Expeditionary Force")).toBe(true);
    expect(r.has("Lithuania", "MEMBER_OF", "Joint Expeditionary Force")).toBe(true);
  });

  it("no membership when the list is not right after the verb, or a body is no force", () => {
    const far = extractShipped(
      "The Joint Expeditionary Force comprises a headquarters in Northwood and liaison officers sent by Norway and Sweden.",
      "en",
    );
    expect(far.has("Norway", "MEMBER_OF", "Joint Expeditionary Force")).toBe(false);
    const ministry = extractShipped(
      "The Dutch Ministry of Defence, made up of Estonia and Latvia officials, said nothing.",
      "en",
    );
    expect(ministry.triples.some((t) => t.startsWith("Estonia -MEMBER_OF->"))).toBe(false);
  });
});
