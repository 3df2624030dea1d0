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
  it("an unknown defensieminister is not taken for the Netherlands' (often the guest's)", () => {
    const r = extractShipped(
      "Nederland steunt Oekraïne. Brekelmans sprak in Odesa met president Volodymyr Zelensky en defensieminister Petro Marchenko.",
      "nl",
    );
    expect(r.triples).not.toContain("Petro Marchenko -REPRESENTS-> Netherlands");
  });

  it("a nationality before the title names the state; a known minister is the knowledge base's", () => {
    const r = extractShipped(
      "Nederland en Duitsland oefenen samen. De Duitse defensieminister Hans Grube was tevreden, net als buitenlandminister Tom Berendsen (CDA).",
      "nl",
      "Oefening",
    );
    expect(r.triples).toContain("Hans Grube -REPRESENTS-> Germany");
    expect(r.triples).not.toContain("Hans Grube -REPRESENTS-> Netherlands");
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

describe("press credits in the body", () => {
  it("'tegen het ANP' and a 'Bron: ANP' line name no entity; the Afghan police's own short form still does", () => {
    const r = extractShipped(
      "Dat zei de minister tegen het ANP in Kabul.\n\nBron: ANP / NOS",
      "nl",
    );
    expect(r.names.filter((n) => n.includes("Police"))).toEqual([]);
    const en = extractShipped(
      "The Afghan National Police (ANP) took over the checkpoint. The ANP patrols the city.",
      "en",
    );
    expect(en.names).toContain("Organisation:Afghan National Police");
  });
});

describe("a known surname as the speaker of a quote", () => {
  it("'zegt Brekelmans', 'Austin said': the one person the knowledge base knows by that surname", () => {
    const nl = extractShipped(
      '"Nederland blijft steunen", zegt Brekelmans in Ramstein. Nederland levert munitie.',
      "nl",
      "Overleg in Ramstein",
    );
    expect(nl.names).toContain("Person:Ruben Brekelmans");
    const en = extractShipped("Austin said the United States stands with Ukraine.", "en", "News");
    expect(en.names).toContain("Person:Lloyd Austin");
  });

  it("a surname no one in the knowledge base bears, or not as a speaker, names no one", () => {
    const r = extractShipped(
      '"Het is goed", zegt Pietersma. Brekelmans Street was closed.',
      "nl",
      "Bericht",
    );
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual([]);
  });

  it("'(Defensie, VVD)': the party after the portfolio in the parenthesis", () => {
    const r = extractShipped(
      "Demissionair minister Ruben Brekelmans (Defensie, VVD) verwacht geen groot pakket.",
      "nl",
    );
    expect(r.triples).toContain("Ruben Brekelmans -MEMBER_OF-> VVD");
  });
});

describe("compounds of backing", () => {
  it("'Iran-backed Houthi rebels' and 'de door Iran gesteunde Houthi's': the backer supports them", () => {
    const en = extractShipped(
      "Ships faced attacks from Iran-backed Houthi rebels in the Red Sea.",
      "en",
    );
    expect(en.triples).toContain("Iran -SUPPORTS-> Houthis");
    const nl = extractShipped(
      "Schepen werden aangevallen door de door Iran gesteunde Houthi's.",
      "nl",
    );
    expect(nl.triples).toContain("Iran -SUPPORTS-> Houthis");
  });

  it("no compound of backing, no support: 'Iran and the Houthis'", () => {
    const r = extractShipped("Iran and the Houthi rebels were named in the report.", "en");
    expect(r.triples).not.toContain("Iran -SUPPORTS-> Houthis");
  });
});

describe("going back is no deployment", () => {
  it("'… when the USS X returns to the United States': the ship does not operate there", () => {
    const r = extractShipped(
      "Sending a carrier to the region would help when the USS Dwight D. Eisenhower returns to the United States.",
      "en",
    );
    expect(r.triples.filter((t) => t.includes("-OPERATES_IN-> United States"))).toEqual([]);
    const sent = extractShipped(
      "The United States sent the USS Dwight D. Eisenhower to the Red Sea.",
      "en",
    );
    expect(sent.triples.filter((t) => t.includes("-OPERATES_IN-> Red Sea"))).toHaveLength(1);
  });
});

describe("contingents an exercise draws", () => {
  it("'X drew troops from A, B and C' and '… soldiers from 5 nations: A, B …' take part", () => {
    const r = extractShipped(
      "Exercise Cold Response 2024 began on Monday. Cold Response 2024 drew troops from Romania and Norway. The exercise involved warships, aircraft and soldiers from 3 nations: Italy, Greece and Spain, with support from France.",
      "en",
      "News",
    );
    for (const state of ["Romania", "Norway", "Italy", "Greece", "Spain"])
      expect(r.triples).toContain(`${state} -PARTICIPATES_IN-> Cold Response 2024`);
    expect(r.triples).not.toContain("France -PARTICIPATES_IN-> Cold Response 2024");
  });
});

describe("Dutch commanders' titles and surnames that are towns", () => {
  it("'basiscommandant Johan van Deventer' is a person, and Deventer no place of the report", () => {
    const r = extractShipped(
      "Volgens basiscommandant Johan van Deventer is de missie nu anders.",
      "nl",
    );
    expect(r.names).toContain("Person:Johan van Deventer");
    expect(r.names).not.toContain("Location:Deventer");
  });

  it("a town after 'van' with no name before it stays a town: 'de burgemeester van Deventer'", () => {
    const r = extractShipped("De burgemeester van Deventer opende de kazerne.", "nl");
    expect(r.names).toContain("Location:Deventer");
  });
});

describe("participants listed after a copula", () => {
  it("'Full participants in Cobra Gold 2023 are A, the B, C and D' take part in it", () => {
    const r = extractShipped(
      "Exercise Cobra Gold 2023 began on Monday. Full participants in Cobra Gold 2023 are Thailand, the United States, Singapore and Malaysia. India attends as an observer.",
      "en",
      "News",
    );
    for (const state of ["Thailand", "United States", "Singapore", "Malaysia"])
      expect(r.triples).toContain(`${state} -PARTICIPATES_IN-> Cobra Gold 2023`);
    expect(r.triples).not.toContain("India -PARTICIPATES_IN-> Cobra Gold 2023");
  });
});
