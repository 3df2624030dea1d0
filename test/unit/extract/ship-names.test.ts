import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("ship names (seventh round)", () => {
  it("a lower-case particle inside a prefixed ship's name is part of it", () => {
    const r = extractShipped(
      "The supply ship FGS Frankfurt am Main and the frigate ITS Giuseppe di Vittorio sailed to Crete.",
      "en",
    );
    expect(r.names).toContain("Asset:FGS Frankfurt am Main (Germany)");
    expect(r.names.some((n) => n.startsWith("Asset:FGS Frankfurt (Germany)"))).toBe(false);
  });

  it("a class noun and a name after a state's verb of sending: the state's ship", () => {
    const r = extractShipped("Denmark will deploy the frigate Niels Juel to the Red Sea.", "en");
    expect(r.has("Denmark", "PROVIDES", "Niels Juel (Denmark)")).toBe(true);
  });

  it("a state that receives or hosts a ship does not own it", () => {
    const r = extractShipped("Denmark will host the frigate Niels Juel in Copenhagen.", "en");
    expect(r.names.some((n) => n.startsWith("Asset:Niels Juel"))).toBe(false);
  });
});
