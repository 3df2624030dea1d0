import { describe, expect, it } from "vitest";
import { extract } from "./support/extract.ts";

describe("companies and ministries named by one word", () => {
  it("a manufacturer naming a model is neither its owner nor the sender", () => {
    const r = extract("The Netherlands sends 3 Helix Chinooks to Gao.", "en");
    expect(r.names).toContain("Organisation:Helix Aerospace");
    expect(r.names).toContain("Asset:CH-47 Chinook (Netherlands)");
    expect(r.names).not.toContain("Asset:CH-47 Chinook (Helix Aerospace)");
    expect(r.triples).toContain("Netherlands -PROVIDES-> CH-47 Chinook (Netherlands)");
  });

  it("'Defensie' acting is the ministry; after 'van' or in a compound it is not", () => {
    const acting = extract("Daarom investeert Defensie in nieuwe schepen.", "nl");
    expect(acting.names).toContain("Organisation:Dutch Ministry of Defence");
    const portfolio = extract(
      "De staatssecretaris van Defensie sprak met 12 Defensie-collega's.",
      "nl",
    );
    expect(portfolio.names).not.toContain("Organisation:Dutch Ministry of Defence");
  });

  it("the lower-case word is no ministry", () => {
    const r = extract("De defensie van het land is zwak.", "nl");
    expect(r.names).not.toContain("Organisation:Dutch Ministry of Defence");
  });
});
