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
