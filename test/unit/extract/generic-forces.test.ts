import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

const assets = (names: string[]) => names.filter((n) => n.startsWith("Asset:"));

describe("generic forces named with their state (tenth round)", () => {
  it("a nationality and a unit noun that is no formation is that state's unit", () => {
    const r = extractShipped(
      "Twee Nederlandse officieren zijn toegevoegd aan een Zweeds contingent in Timboektoe.",
      "nl",
    );
    expect(r.names).toContain("Asset:detachment (Sweden)");
    expect(r.entity("detachment (Sweden)")?.aliases).toContain("contingent (Sweden)");
    expect(r.has("Sweden", "PROVIDES", "detachment (Sweden)")).toBe(true);
  });

  it("an English field hospital of a nationality, without a number or a verb of sending", () => {
    const r = extractShipped("The Belgian field hospital in Gao treated forty patients.", "en");
    expect(r.names).toContain("Asset:field hospital (Belgium)");
  });

  it("personnel named by their task need only their nationality", () => {
    const r = extractShipped(
      "Een Deense genderadviseur werkt op het hoofdkwartier. Belgian divers searched the harbour.",
      "nl",
    );
    expect(r.names).toContain("Asset:gender advisers (Denmark)");
    expect(r.has("Denmark", "PROVIDES", "gender advisers (Denmark)")).toBe(true);
    const en = extractShipped("Belgian divers searched the harbour of Zeebrugge.", "en");
    expect(en.names).toContain("Asset:divers (Belgium)");
  });

  it("a unit of a state's armed force is the force's, also with a determiner", () => {
    const r = extractShipped(
      "Het transportdetachement van de luchtmacht opereert vanaf vliegbasis Eindhoven.",
      "nl",
    );
    const unit = assets(r.names).find((n) => n.startsWith("Asset:transport unit"));
    expect(unit).toBeDefined();
    expect(
      r.relations.some(
        (x) =>
          x.type === "PROVIDES" &&
          x.source === "Royal Netherlands Air and Space Force" &&
          x.target === unit!.slice("Asset:".length),
      ),
    ).toBe(true);
  });

  it("equipment classes and personnel of the new vocabulary", () => {
    const r = extractShipped(
      "Nederland stuurt een fregat met landingsvaartuigen en 40 mariniers naar het gebied.",
      "nl",
    );
    expect(r.names).toContain("Asset:landing craft (Netherlands)");
    const en = extractShipped("Germany deployed a CBRN response unit to Lithuania.", "en");
    expect(en.names).toContain("Asset:CBRN unit (Germany)");
  });
});

describe("a state's own news names its own forces (tenth round)", () => {
  it("a unit no one owns in Dutch defence news is the Netherlands'", () => {
    const r = extractShipped(
      "Nederland draagt bij aan de missie. Een infanteriecompagnie beveiligt het kamp bij Bagdad.",
      "nl",
    );
    expect(r.names).toContain("Asset:infantry company (Netherlands)");
  });

  it("counted personnel below an exercise's total, and the ministry's own divers", () => {
    const r = extractShipped(
      "In Noorwegen trainen ruim 300 mariniers. Defensieduikers onderzoeken een wrak bij Texel.",
      "nl",
    );
    expect(r.names).toContain("Asset:marines (Netherlands)");
    expect(r.names).toContain("Asset:divers (Netherlands)");
  });

  it("an exercise's total of participants is no state's contingent", () => {
    const r = extractShipped("Aan de oefening nemen ongeveer 5.000 militairen deel.", "nl");
    expect(assets(r.names)).toEqual([]);
  });
});

describe("generic forces that are no asset (tenth round)", () => {
  it("soldiers in a general statement, and the enemy's drones", () => {
    const r = extractShipped(
      "Soldiers are trained to handle stress. The enemy's drones attacked the town.",
      "en",
    );
    expect(assets(r.names)).toEqual([]);
  });

  it("trainees of a task noun are not sent", () => {
    const r = extractShipped("De opleiding van Oekraïense instructeurs begint in mei.", "nl");
    expect(assets(r.names)).toEqual([]);
  });

  it("a formation with a nationality describes a named one", () => {
    const r = extractShipped(
      "British squadrons often visit the base. The exercise showed how the Dutch battlegroup works.",
      "en",
    );
    expect(assets(r.names)).toEqual([]);
  });

  it("a generic unit before an apposition naming the unit", () => {
    const r = extractShipped(
      "The destroyers, with their embarked helicopter detachments, Helicopter Maritime Strike Squadron 49 and HSM 35, joined the group.",
      "en",
    );
    expect(r.names.some((n) => n.startsWith("Asset:helicopter detachment"))).toBe(false);
  });

  it("capabilities listed in a description of another state's unit are not the publisher's", () => {
    const r = extractShipped(
      "Het Duitse bataljon bestaat uit enkele honderden militairen met capaciteiten zoals duikers en verkenners.",
      "nl",
    );
    expect(r.names).not.toContain("Asset:divers (Netherlands)");
  });

  it("a unit noun before an office names the office holder's unit, no asset", () => {
    const r = extractShipped(
      "The Belgian detachment commander, Colonel Jan Peeters, said the jets were ready.",
      "en",
    );
    expect(r.names.some((n) => n.startsWith("Asset:detachment"))).toBe(false);
  });
});

describe("a unit measured by its personnel (tenth round)", () => {
  it("'een genietaakteam van zo'n 85 militairen' is the publisher's unit", () => {
    const r = extractShipped(
      "Nederland levert een bijdrage. Mogelijk gaat een genietaakteam van zo'n 85 militairen naar Roemenië.",
      "nl",
    );
    expect(r.names).toContain("Asset:engineer task team (Netherlands)");
  });
});

describe("personnel named by the task after 'als/as' (tenth round)", () => {
  it("Dutch 'militairen werken als waarnemer' are observers of their state", () => {
    const r = extractShipped(
      "Vier Deense militairen werken als waarnemer in de grensstreek tussen Israël en Syrië.",
      "nl",
    );
    expect(r.names).toContain("Asset:military observers (Denmark)");
    expect(r.names).not.toContain("Asset:military personnel (Denmark)");
    expect(r.entity("military observers (Denmark)")?.aliases).toContain("waarnemer");
  });

  it("English troops serving as trainers", () => {
    const r = extractShipped("Fifty U.S. troops will serve as trainers at the academy.", "en");
    expect(r.names).toContain("Asset:trainers (United States)");
  });

  it("a comparison is no task", () => {
    const r = extractShipped(
      "Nederland stuurt 50 militairen. De militairen zijn even goed opgeleid als instructeurs.",
      "nl",
    );
    expect(r.names.some((n) => n.startsWith("Asset:trainers"))).toBe(false);
  });
});

describe("one person's office is no asset (tenth round)", () => {
  it("'de adviseur van de president' after a sending state", () => {
    const r = extractShipped(
      "Chili stuurde Juan Pérez, de adviseur van president Gabriel Boric, naar de top.",
      "nl",
    );
    expect(r.names.some((n) => n.startsWith("Asset:military advisers"))).toBe(false);
  });
});
