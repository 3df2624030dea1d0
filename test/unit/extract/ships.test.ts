import { describe, expect, it } from "vitest";
import { extract } from "./support/extract.ts";

describe("named ships", () => {
  it("a navy prefix and a name are an asset of the flag state, which provides it", () => {
    const r = extract(
      "The frigate HMS Kestrel (F99) left Portsmouth with the destroyer USS Harbour Light.",
      "en",
    );
    expect(r.names).toContain("Asset:HMS Kestrel (United Kingdom)");
    expect(r.names).toContain("Asset:USS Harbour Light (United States)");
    expect(r.entity("HMS Kestrel (United Kingdom)")?.aliases).toContain("HMS Kestrel");
    expect(r.entity("HMS Kestrel (United Kingdom)")?.aliases).toContain("HMS Kestrel (F99)");
  });

  it("the flag state provides the ship when the article names it", () => {
    const r = extract("The United States sent USS Harbour Light to the region.", "en");
    expect(r.triples).toContain("United States -PROVIDES-> USS Harbour Light (United States)");
  });

  it("Dutch ships keep the English prefix and the knowledge base's name", () => {
    const r = extract("Nederland stuurt Zr. Ms. Tromp naar de Middellandse Zee.", "nl");
    expect(r.names).toContain("Asset:HNLMS Tromp");
    expect(r.entity("HNLMS Tromp")?.aliases).toContain("Zr. Ms. Tromp");
    expect(r.triples).toContain("Netherlands -PROVIDES-> HNLMS Tromp");
  });

  it("a name inside the ship's name is no mention of its own, and 'de X' later is the ship", () => {
    const r = extract(
      "Zr. Ms. Nederland vertrok uit Den Helder. Daarna voer de Nederland naar het zuiden.",
      "nl",
    );
    expect(r.names).toEqual(["Asset:HNLMS Nederland"]);
    expect(r.entity("HNLMS Nederland")?.mentions).toHaveLength(2);
  });

  it("'Ms.' in a Dutch prefix introduces no person", () => {
    const r = extract("Het patrouilleschip Zr. Ms. Breskens onderschepte een boot.", "nl");
    expect(r.names).toEqual(["Asset:HNLMS Breskens"]);
  });

  it("in a title-case headline the name is cut to what the body names", () => {
    const r = extract(
      "The Royal Navy frigate HMS Kestrel left port today.",
      "en",
      "HMS Kestrel Sails To Asia",
    );
    expect(r.names.filter((n) => n.startsWith("Asset:"))).toEqual([
      "Asset:HMS Kestrel (United Kingdom)",
    ]);
  });

  it("a capitalised word that only looks like a prefix needs a capitalised name after it", () => {
    const r = extract("The JS code and the FS module were updated.", "en");
    expect(r.names.filter((n) => n.startsWith("Asset:"))).toEqual([]);
  });

  it("a ship noun before the name, 'the frigate' after it and one in the headline are the ship", () => {
    const r = extract(
      "The frigate HMS Kestrel left port. Later the frigate met the destroyer USS Harbour Light.",
      "en",
      "Royal Navy Frigate Sails",
    );
    expect(r.names.filter((n) => n.startsWith("Asset:"))).toEqual([
      "Asset:HMS Kestrel (United Kingdom)",
      "Asset:USS Harbour Light (United States)",
    ]);
    expect(r.entity("HMS Kestrel (United Kingdom)")?.mentions).toHaveLength(3);
  });

  it("one rule for ship references: listed ship nouns and others alike, however far back", () => {
    const r = extract(
      "HMS Kestrel left Portsmouth. It sailed east. It called at Oman. It reached Singapore. The crew of the ship trained there. The frigate then met the destroyer USS Harbour Light.",
      "en",
    );
    // "the ship" (no asset noun) and "The frigate" (one) are HMS Kestrel; "the destroyer" before
    // a named ship introduces that ship instead.
    expect(r.entity("HMS Kestrel (United Kingdom)")?.mentions).toHaveLength(3);
    expect(r.entity("USS Harbour Light (United States)")?.mentions).toHaveLength(1);
    expect(r.names.filter((n) => n.startsWith("Asset:"))).toEqual([
      "Asset:HMS Kestrel (United Kingdom)",
      "Asset:USS Harbour Light (United States)",
    ]);
  });
});
