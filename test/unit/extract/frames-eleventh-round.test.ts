import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("assets serve in exercises (eleventh round)", () => {
  it("a ship taking part in an exercise is ASSIGNED_TO it, as to a mission", () => {
    const r = extractShipped(
      "HMS Somerset took part in Exercise Joint Warrior off Scotland.",
      "en",
    );
    expect(r.has("HMS Somerset (United Kingdom)", "ASSIGNED_TO", "Joint Warrior")).toBe(true);
  });

  it("a denied participation assigns nothing", () => {
    const r = extractShipped("HMS Somerset did not take part in Exercise Joint Warrior.", "en");
    expect(r.has("HMS Somerset (United Kingdom)", "ASSIGNED_TO", "Joint Warrior")).toBe(false);
  });

  it("ships named in one sentence with an exercise serve in it (sentence default), EN and NL", () => {
    const en = extractShipped(
      "Frigates HMS Argyll and HMS Kent sailed from Plymouth on Monday for Exercise Baltops.",
      "en",
    );
    for (const ship of ["HMS Argyll (United Kingdom)", "HMS Kent (United Kingdom)"]) {
      expect(en.has(ship, "ASSIGNED_TO", "BALTOPS")).toBe(true);
      expect(en.relation(`${ship} -ASSIGNED_TO-> BALTOPS`)?.confidence).toBeLessThan(0.5);
    }
    const nl = extractShipped(
      "Zr.Ms. Van Amstel en Zr.Ms. Tromp vertrokken maandag uit Den Helder voor de oefening Baltops.",
      "nl",
    );
    expect(nl.has("HNLMS Van Amstel", "ASSIGNED_TO", "BALTOPS")).toBe(true);
    expect(nl.has("HNLMS Tromp", "ASSIGNED_TO", "BALTOPS")).toBe(true);
  });

  it("an asset named with a summit or a meeting is not assigned to it", () => {
    const r = extractShipped(
      "HMS Argyll hosted the defence ministers on the sidelines of the NATO Summit in Vilnius.",
      "en",
    );
    expect(r.triples.some((t) => t.includes("-ASSIGNED_TO-> NATO Summit"))).toBe(false);
  });
});

describe("ships and units that join a naval group support it (eleventh round)", () => {
  it("joining a strike group or a task force: SUPPORTS, each ship of the subject list", () => {
    const r = extractShipped(
      "USS Sterett and USS Dewey joined the Wasp Expeditionary Strike Group last week.",
      "en",
    );
    expect(
      r.has("USS Sterett (United States)", "SUPPORTS", "Wasp Expeditionary Strike Group"),
    ).toBe(true);
    expect(r.has("USS Dewey (United States)", "SUPPORTS", "Wasp Expeditionary Strike Group")).toBe(
      true,
    );
    const s = extractShipped(
      "The frigate HMS Kent will join Standing NATO Maritime Group 2 in the spring.",
      "en",
    );
    expect(s.has("HMS Kent (United Kingdom)", "SUPPORTS", "Standing NATO Maritime Group 2")).toBe(
      true,
    );
  });

  it("Dutch: a ship that joins a standing group or is part of it supports it", () => {
    const r = extractShipped(
      "Zr.Ms. Vlaardingen sluit zich aan bij Standing NATO Mine Countermeasures Group 1.",
      "nl",
    );
    expect(
      r.has("HNLMS Vlaardingen", "SUPPORTS", "Standing NATO Mine Countermeasures Group 1"),
    ).toBe(true);
  });

  it("a ship joining a navy or exercising with one supports no navy", () => {
    const r = extractShipped("HMS Kent joined the Royal Navy in 1998.", "en");
    expect(r.triples.some((t) => t.includes("-SUPPORTS-> Royal Navy"))).toBe(false);
  });

  it("a state joining an alliance is membership, not a ship's support", () => {
    const r = extractShipped("Sweden joined NATO in March 2024.", "en");
    expect(r.has("Sweden", "MEMBER_OF", "NATO")).toBe(true);
    expect(r.triples.some((t) => t.includes("-SUPPORTS-> NATO"))).toBe(false);
  });
});
