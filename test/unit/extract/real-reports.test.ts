import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

/**
 * Habits of real Dutch news reports (ANP, NOS, Rijksoverheid) that the written sets lacked: a
 * politician's party beside the name, and Dutch offices written without a nationality. The
 * sentences are written for these tests; the names are made up or well known.
 */
describe("a party written beside a politician's name", () => {
  it("'Name (PARTY)' and 'PARTY-title Name' make the person a member", () => {
    const r = extractShipped(
      "Kamerlid Jan Pietersen (VVD) stelde vragen. CDA-fractievoorzitter Kees Hendriks steunde hem.",
      "nl",
    );
    expect(r.triples).toContain("Jan Pietersen -MEMBER_OF-> VVD");
    expect(r.triples).toContain("Kees Hendriks -MEMBER_OF-> CDA");
  });

  it("not for an organisation that is no party, nor for a party elsewhere in the sentence", () => {
    const r = extractShipped(
      "Generaal Piet de Wit (NAVO) sprak met Kamerlid Jan Pietersen, die de VVD verliet.",
      "nl",
    );
    expect(r.triples.filter((t) => t.includes("-MEMBER_OF->"))).toEqual([]);
  });
});

describe("Dutch offices without a nationality", () => {
  it("a Dutch report's buitenlandminister or defensieminister represents the Netherlands", () => {
    const r = extractShipped(
      "Nederland stuurt een fregat. Dat schrijven defensieminister Jan Pietersen en buitenlandminister Kees Hendriks aan de Kamer.",
      "nl",
    );
    expect(r.triples).toContain("Jan Pietersen -REPRESENTS-> Netherlands");
    expect(r.triples).toContain("Kees Hendriks -REPRESENTS-> Netherlands");
  });

  it("a nationality before the title still wins, and an article that never names the Netherlands gives nothing", () => {
    const foreign = extractShipped(
      "Nederland en Duitsland oefenen samen. De Duitse defensieminister Hans Grube was tevreden.",
      "nl",
    );
    expect(foreign.triples).toContain("Hans Grube -REPRESENTS-> Germany");
    expect(foreign.triples).not.toContain("Hans Grube -REPRESENTS-> Netherlands");
    const silent = extractShipped("Defensieminister Jan Pietersen bezocht de kazerne.", "nl");
    expect(silent.triples.filter((t) => t.includes("-REPRESENTS->"))).toEqual([]);
  });
});

describe("a unit's short form between its name and number", () => {
  it("'Destroyer Squadron (DESRON) 15' is one unit, with its short form as an alias", () => {
    const r = extractShipped(
      "The destroyer is assigned to Destroyer Squadron (DESRON) 15, the Navy's largest squadron. Helicopter Maritime Strike Squadron (HSM) 49 flew from the ship.",
      "en",
    );
    expect(r.names).toContain("Organisation:Destroyer Squadron 15");
    expect(r.entity("Destroyer Squadron 15")?.aliases).toContain("DESRON 15");
    expect(r.names).toContain("Organisation:Helicopter Maritime Strike Squadron 49");
    expect(r.names).not.toContain("Organisation:Destroyer Squadron");
  });

  it("a parenthesis not followed by a number stays out of the name", () => {
    const r = extractShipped("Sailors of Destroyer Squadron 15 (DESRON) trained in 2024.", "en");
    expect(r.names).toContain("Organisation:Destroyer Squadron 15");
  });
});

describe("parliamentary reports", () => {
  it("'mevrouw X van D66', 'de heer Y van de VVD' make members of the party", () => {
    const r = extractShipped(
      "Aanwezig waren Kamerlid Sanne de Wit van D66 en Kamerlid Joost Brink van de VVD.",
      "nl",
    );
    expect(r.triples).toContain("Sanne de Wit -MEMBER_OF-> D66");
    expect(r.triples).toContain("Joost Brink -MEMBER_OF-> VVD");
  });

  it("'De ministers Blok (Buitenlandse Zaken), Bijleveld (Defensie) en …': each minister of a list", () => {
    const r = extractShipped(
      "De ministers Blok (Buitenlandse Zaken), Bijleveld (Defensie) en Kaag (Buitenlandse Handel en Ontwikkelingssamenwerking) sturen een brief over de Nederlandse bijdrage.",
      "nl",
    );
    for (const name of ["Stef Blok", "Ank Bijleveld", "Sigrid Kaag"])
      expect(r.triples).toContain(`${name} -REPRESENTS-> Netherlands`);
    expect(r.relation("Ank Bijleveld -REPRESENTS-> Netherlands")?.properties?.role).toBe(
      "minister van Defensie",
    );
  });
});
