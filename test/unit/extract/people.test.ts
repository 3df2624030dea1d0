import { describe, expect, it } from "vitest";
import { MentionSet } from "../../../src/ingest/extract/mention-set.ts";
import { isLikelyMisspelling, parseName } from "../../../src/ingest/extract/people.ts";
import { extract } from "./support/extract.ts";

describe("people", () => {
  it("reads names with Dutch particles and double surnames", () => {
    expect(parseName("Ferdinand van der Laan zei", 0, new MentionSet())?.name).toBe(
      "Ferdinand van der Laan",
    );
    expect(parseName("Ank Bijleveld-Schouten en", 0, new MentionSet())?.name).toBe(
      "Ank Bijleveld-Schouten",
    );
    expect(parseName("Mattis' Meetings", 0, new MentionSet())?.name).toBe("Mattis");
  });

  it("finds people after titles in both languages", () => {
    const nl = extract(
      "Staatssecretaris Christophe van der Maat en luitenant-generaal Martin Wijnen spraken.",
      "nl",
    );
    expect(nl.names).toEqual(["Person:Christophe van der Maat", "Person:Martin Wijnen"]);
    const en = extract("Maj. Gen. Jane Smith briefed Secretary of Defense Lloyd Austin.", "en");
    expect(en.names).toEqual(["Person:Jane Smith", "Person:Lloyd Austin"]);
  });

  it("a later surname resolves to the full name", () => {
    const r = extract(
      "Minister Christophe van der Maat reisde af. Van der Maat zei: 'Dit is goed.'",
      "nl",
    );
    expect(r.entity("Christophe van der Maat")?.mentions).toHaveLength(2);
    const en = extract("Defense Secretary Lloyd Austin arrived. Austin said it was good.", "en");
    expect(en.entity("Lloyd Austin")?.mentions).toHaveLength(2);
  });

  it("an earlier surname after a title resolves to a full name given later", () => {
    const r = extract("Secretary Mattis arrived. Secretary of Defense Jim Mattis spoke.", "en");
    expect(r.names).toEqual(["Person:James Mattis"]);
  });

  it("a misspelled known name resolves when a title vouches for it", () => {
    const r = extract("De Canadese minister Harjit Saijan zat de vergadering voor.", "nl");
    expect(r.entity("Harjit Sajjan")?.aliases).toContain("Harjit Saijan");
  });

  it("misspelling needs one edit, same initials and nine characters", () => {
    expect(isLikelyMisspelling("Harjit Saijan", "Harjit Sajjan")).toBe(true);
    expect(isLikelyMisspelling("Harjit Sajan", "Harjit Sajjan")).toBe(true);
    expect(isLikelyMisspelling("Harjit Saijn", "Harjit Sajjan")).toBe(false);
    expect(isLikelyMisspelling("Jan Smit", "Jan Smid")).toBe(false);
    expect(isLikelyMisspelling("Karjit Sajjan", "Harjit Sajjan")).toBe(false);
  });

  it("a title followed by another title reads the name once", () => {
    const r = extract("Pentagon Spokesman Capt. Jeff Davis provided the readout.", "en");
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual(["Person:Jeff Davis"]);
  });
});

describe("people in a title-case headline", () => {
  it("a capitalised word after a title is no surname unless the body writes it too", () => {
    const verb = extract(
      "Defense Secretary Lloyd Austin and his British counterpart discussed the budget.",
      "en",
      "Austin, British Counterpart Discuss Defense Budget Priorities",
    );
    expect(verb.names).not.toContain("Person:Discuss");
    const surname = extract(
      "The minister met Secretary of Defense Lloyd Austin. Austin praised the Netherlands.",
      "en",
      "Dutch Minister Welcomes Secretary Austin To The Hague",
    );
    expect(surname.names).toContain("Person:Lloyd Austin");
    expect(surname.names.filter((n) => n.startsWith("Person:"))).toHaveLength(1);
  });
});

describe("people, titles inside other names", () => {
  it("a title inside a ship's or street's name introduces no person", () => {
    const r = extract(
      "The frigate sailed with HMS Queen Elizabeth. Then Minister Jan Smit spoke.",
      "en",
    );
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual(["Person:Jan Smit"]);
  });
});

describe("people in appositions and named units", () => {
  it("a name followed by its office in an apposition", () => {
    const r = extract(
      "Volgens Ludivine Dedonder, de Belgische minister van Defensie, gaat het goed.",
      "nl",
    );
    expect(r.names).toEqual(["Person:Ludivine Dedonder", "Country:Belgium"]);
    expect(r.relation("Ludivine Dedonder -REPRESENTS-> Belgium")?.properties).toEqual({
      role: "minister van Defensie",
    });
  });

  it("a list of places is no apposition", () => {
    expect(
      extract("In Irak, Syrië en Mali, zei hij.", "nl").names.filter((n) =>
        n.startsWith("Person:"),
      ),
    ).toEqual([]);
  });

  it("named units are organisations; a bare unit noun is not", () => {
    const r = extract("De 11 Luchtmobiele Brigade en 322 Squadron oefenen met een brigade.", "nl");
    expect(r.names).toEqual(["Organisation:11 Luchtmobiele Brigade", "Organisation:322 Squadron"]);
  });

  it("a title opening the first sentence of the body introduces a name", () => {
    const r = extract("Deputy Defense Secretary Anna Verhoef is visiting the troops.", "en");
    expect(r.names).toContain("Person:Anna Verhoef");
  });

  it("qualifying words before an office still introduce the name", () => {
    const r = extract("The readout came from Pentagon Chief Spokesperson Mark Dalton today.", "en");
    expect(r.names).toContain("Person:Mark Dalton");
  });

  it("an unknown person's middle initial is kept as an alias, not in the name", () => {
    const r = extract("Press Secretary Laura K. Brink said the visit went well.", "en");
    expect(r.names).toContain("Person:Laura Brink");
    expect(r.entity("Laura Brink")?.aliases).toContain("Laura K. Brink");
  });

  it("a portfolio written before an office, after a comma, still introduces the name", () => {
    const r = extract(
      "He met Defense Minister Ali Karimi, Interior Minister Omar Hadi Nasser and others.",
      "en",
    );
    expect(r.names).toContain("Person:Omar Hadi Nasser");
  });

  it("a lower-case office in an apposition names the person before it", () => {
    const r = extract(
      "Laura Brink, assistant secretary of defense for strategy, will attend.",
      "en",
    );
    expect(r.names).toContain("Person:Laura Brink");
  });

  it("'the X Y' before an apposition with an office is no person", () => {
    const r = extract(
      "During his visit to the Harbour Yard, the Defence Secretary met the crew.",
      "en",
    );
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual([]);
  });

  it("naval ranks with abbreviations introduce the name, not the rank", () => {
    const r = extract("Navy Lt. Cmdr. Sara Vos, a spokeswoman, said the trip went well.", "en");
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual(["Person:Sara Vos"]);
  });
});
