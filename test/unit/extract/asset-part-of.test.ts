import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("ships and units as parts of groups (seventh round)", () => {
  it("a group that includes ships: every ship of the list, whatever class nouns stand before them", () => {
    const r = extractShipped(
      "The Eisenhower Carrier Strike Group, on a nine-month deployment, includes the guided-missile cruiser USS Philippine Sea (CG 58) and the Arleigh Burke-class guided-missile destroyers USS Gravely (DDG 107) and USS Mason.",
      "en",
    );
    for (const ship of ["USS Philippine Sea", "USS Gravely", "USS Mason"])
      expect(r.has(`${ship} (United States)`, "PART_OF", "Eisenhower Carrier Strike Group")).toBe(
        true,
      );
    // The group owns none of them: no asset is named after it.
    expect(r.names.filter((n) => n.includes("(Eisenhower Carrier Strike Group)"))).toEqual([]);
  });

  it("a ship that is part of a group, in Dutch", () => {
    const r = extractShipped(
      "Het fregat Zr.Ms. Tromp maakt deze maanden deel uit van Expeditionary Strike Group 2.",
      "nl",
    );
    expect(r.has("HNLMS Tromp", "PART_OF", "Expeditionary Strike Group 2")).toBe(true);
  });

  it("a ship visiting a group's port is no part of it", () => {
    const r = extractShipped(
      "USS Mason visited Souda Bay while the Eisenhower Carrier Strike Group sailed on.",
      "en",
    );
    expect(r.triples.filter((t) => t.includes("-PART_OF->"))).toEqual([]);
  });
});
