import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

const FOUR = ["Spain", "Italy", "Greece", "Portugal"];

describe("states whose forces are listed for an occasion (thirteenth round)", () => {
  it("'forces from A, B, C and D will be in X for Exercise Y': each state takes part in Y", () => {
    const r = extractShipped(
      "Forces from Spain, Italy, Greece and Portugal will be in Poland for Exercise Iron Lance 23.",
      "en",
    );
    for (const state of FOUR)
      expect(r.has(state, "PARTICIPATES_IN", "Iron Lance 23"), state).toBe(true);
  });

  it("'for the exercise' is the exercise named before", () => {
    const r = extractShipped(
      "Exercise Iron Lance 23 starts in May. Troops from Spain, Italy, Greece and Portugal will be in Poland for the exercise.",
      "en",
    );
    for (const state of FOUR)
      expect(r.has(state, "PARTICIPATES_IN", "Iron Lance 23"), state).toBe(true);
  });

  it("no occasion after 'for', or one in another clause, is nothing taken part in", () => {
    const talks = extractShipped(
      "Forces from Spain, Italy, Greece and Portugal will be in Poland for talks before Exercise Iron Lance 23.",
      "en",
    );
    const other = extractShipped(
      "Forces from Spain, Italy, Greece and Portugal arrived in Poland, and Norway prepared for Exercise Iron Lance 23.",
      "en",
    );
    for (const r of [talks, other])
      for (const state of FOUR)
        expect(r.has(state, "PARTICIPATES_IN", "Iron Lance 23"), state).toBe(false);
  });

  it("Dutch 'schepen uit A, B en C' with a separable verb's 'mee': they take part in the group named before", () => {
    const r = extractShipped(
      "Zr.Ms. Makkum is het vlaggenschip van Standing NATO Mine Countermeasures Group 1. Naast de Makkum varen in het eskader schepen uit België, Duitsland, Estland en Polen mee.",
      "nl",
    );
    for (const state of ["Belgium", "Germany", "Estonia", "Poland"])
      expect(
        r.has(state, "PARTICIPATES_IN", "Standing NATO Mine Countermeasures Group 1"),
        state,
      ).toBe(true);
  });

  it("Dutch 'militairen uit A, B en C' without a verb of taking part take part in nothing", () => {
    const r = extractShipped(
      "Zr.Ms. Makkum is het vlaggenschip van Standing NATO Mine Countermeasures Group 1. In het eskader zijn schepen uit België, Duitsland, Estland en Polen gezien.",
      "nl",
    );
    for (const state of ["Belgium", "Germany", "Estonia", "Poland"])
      expect(
        r.has(state, "PARTICIPATES_IN", "Standing NATO Mine Countermeasures Group 1"),
        state,
      ).toBe(false);
  });

  it("'het eskader' is the standing naval group named before", () => {
    const r = extractShipped(
      "Zr.Ms. Makkum is het vlaggenschip van Standing NATO Mine Countermeasures Group 1. Het eskader opereert in de Noordzee.",
      "nl",
    );
    expect(r.has("Standing NATO Mine Countermeasures Group 1", "OPERATES_IN", "North Sea")).toBe(
      true,
    );
  });
});

describe("a ship's itinerary (thirteenth round)", () => {
  it("'sailed to X and back via A, B and C': the ship was in each", () => {
    const r = extractShipped(
      "HMS Kent returned to Portsmouth. The frigate sailed to Tokyo and back via Egypt, Oman, Singapore and Malta.",
      "en",
    );
    for (const place of ["Egypt", "Oman", "Singapore", "Malta"])
      expect(r.has("HMS Kent (United Kingdom)", "LOCATED_IN", place), place).toBe(true);
  });

  it("Dutch 'havenbezoeken aan A en B' and 'via A, B en C'", () => {
    const r = extractShipped(
      "Zr.Ms. Tromp bracht havenbezoeken aan Oman en Singapore. Het fregat voer terug via Egypte, Kreta en Malta.",
      "nl",
    );
    for (const place of ["Oman", "Singapore", "Egypt", "Malta"])
      expect(r.has("HNLMS Tromp", "LOCATED_IN", place), place).toBe(true);
  });

  it("what is sent via a place names no ship there; a person travelling via a place is no ship", () => {
    const r = extractShipped(
      "The minister travelled to Tokyo via Singapore. HMS Kent stayed in Portsmouth.",
      "en",
    );
    expect(r.has("HMS Kent (United Kingdom)", "LOCATED_IN", "Singapore")).toBe(false);
  });
});

describe("an exercise referred to with a modifier (thirteenth round)", () => {
  it("'de multidisciplinaire oefening' is the exercise named before; the listed take part", () => {
    const r = extractShipped(
      "De marechaussee hield de oefening First Lance. Naast de marechaussee deden ook de luchtmacht en de landmacht mee aan de multidisciplinaire oefening.",
      "nl",
    );
    expect(r.has("Royal Netherlands Army", "PARTICIPATES_IN", "First Lance")).toBe(true);
  });

  it("'de volgende oefening' is another exercise", () => {
    const r = extractShipped(
      "De marechaussee hield de oefening First Lance. De landmacht doet mee aan de volgende oefening.",
      "nl",
    );
    expect(r.has("Royal Netherlands Army", "PARTICIPATES_IN", "First Lance")).toBe(false);
  });
});
