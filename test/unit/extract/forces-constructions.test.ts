import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

/**
 * Forces and assets in defence news (docs/extraction.md, "Forces and assets, fourth round"): who
 * owns and sends an asset, what it serves in and where it is. Names differ from the articles the
 * misses were found on.
 */
const en = (body: string) => extractShipped(body, "en", "News");
const nl = (body: string) => extractShipped(body, "nl", "Nieuws");

describe("owners of equipment", () => {
  it("a model's plural is the model ('Czech Gripens', 'Spanish F-18s')", () => {
    const r = en("Czech Gripens and Spanish Hornets flew over the Baltic Sea.");
    expect(r.names).toContain("Asset:Gripen (Czech Republic)");
    expect(r.triples).toContain("Czech Republic -PROVIDES-> Gripen (Czech Republic)");
  });

  it("a Dutch plural in 's of a model is the model ('Zweedse Gripen's')", () => {
    const r = nl("Daarnaast nemen Zweedse Gripen's deel aan de oefening.");
    expect(r.triples).toContain("Sweden -PROVIDES-> Gripen (Sweden)");
  });

  it("a possessor before the model owns it ('Denmark's F-35s')", () => {
    const r = en("Denmark's F-35s arrived at Keflavík on Monday.");
    expect(r.triples).toContain("Denmark -PROVIDES-> F-35 (Denmark)");
  });

  it("the head of a relative clause of flying owns what it flies", () => {
    const r = en(
      "Spanish jets took over from the Romanian Air Force, which had flown F-16 fighters from the base since May.",
    );
    expect(r.triples).toContain("Romania -PROVIDES-> F-16 (Romania)");
  });

  it("a name inside a relative clause before the verb of sending is not the sender", () => {
    const r = en("Finland, which joined NATO in 2023, sent a battalion of 400 troops to Estonia.");
    expect(r.triples).toContain("Finland -PROVIDES-> military personnel (Finland)");
    expect(r.triples.filter((t) => t.startsWith("NATO -PROVIDES->"))).toEqual([]);
  });

  it("a unit named after a nationality's aircraft flies them; the nationality owns them", () => {
    const r = nl("Daarnaast nemen Amerikaanse F-35's van de 388th Fighter Wing deel.");
    expect(r.triples).toContain("United States -PROVIDES-> F-35 (United States)");
  });

  it("a service after a nationality's aircraft provides them; the state still owns them", () => {
    const r = nl("Vier Deense F-16's van de Deense luchtmacht vlogen boven de Oostzee.");
    expect(r.names).toContain("Asset:F-16 (Denmark)");
    expect(r.triples).toContain("Denmark -PROVIDES-> F-16 (Denmark)");
  });
});

describe("what assets serve in and where they are", () => {
  it("jets that take over a mission at a base serve in it and are at the base", () => {
    const r = en(
      "Spanish F-18s have taken over the Baltic Air Policing mission at Lielvārde Air Base in Latvia.",
    );
    expect(r.triples).toContain("F/A-18 (Spain) -ASSIGNED_TO-> Baltic Air Policing");
    expect(r.triples).toContain("F/A-18 (Spain) -LOCATED_IN-> Lielvārde Air Base");
    expect(r.triples).toContain("Spain -PARTICIPATES_IN-> Baltic Air Policing");
  });

  it("an asset after a place and ', and' is the subject of its own clause", () => {
    const r = en(
      "NATO runs the Baltic Air Policing mission. Czech Gripens fly from Šiauliai Air Base in Lithuania, and Belgian F-16s will support the mission from Ämari Air Base.",
    );
    expect(r.triples).toContain("F-16 (Belgium) -ASSIGNED_TO-> Baltic Air Policing");
    expect(r.triples).toContain("F-16 (Belgium) -LOCATED_IN-> Ämari Air Base");
    expect(r.triples).toContain("Gripen (Czech Republic) -LOCATED_IN-> Šiauliai Air Base");
    expect(r.triples).not.toContain("Gripen (Czech Republic) -LOCATED_IN-> Ämari Air Base");
  });

  it("troops from a country are not located in it ('from' reads places only)", () => {
    const r = en("Norway sent 200 troops from Germany to the exercise.");
    expect(r.triples.filter((t) => t.includes("-LOCATED_IN-> Germany"))).toEqual([]);
  });
});

describe("a nationality's personnel who serve", () => {
  it("personnel of a mission serve in it, each nationality its own contingent", () => {
    const r = en("The patrol met Irish and Finnish troops of UNIFIL near the border.");
    expect(r.triples).toContain("Ireland -PROVIDES-> military personnel (Ireland)");
    expect(r.triples).toContain("military personnel (Finland) -ASSIGNED_TO-> UNIFIL");
    expect(r.triples).toContain("Finland -PARTICIPATES_IN-> UNIFIL");
  });

  it("personnel who take part in something are a contingent; the noun used names it too", () => {
    const r = en("Norwegian sailors took part in the exercise off Bergen.");
    expect(r.triples).toContain("Norway -PROVIDES-> crew (Norway)");
    expect(r.entity("crew (Norway)")?.aliases).toContain("sailors (Norway)");
  });

  it("Dutch: 'Duitse militairen van' a mission serve in it", () => {
    const r = nl("Oostenrijkse militairen van EUFOR Althea patrouilleren in Mostar.");
    expect(r.triples).toContain("military personnel (Austria) -ASSIGNED_TO-> EUFOR Althea");
  });

  it("personnel who are trained are no contingent of their state", () => {
    const r = en("British instructors trained Ukrainian soldiers in Kent.");
    expect(r.names).not.toContain("Asset:military personnel (Ukraine)");
  });
});

describe("what equipment is named", () => {
  it("what a weapon fires is its own asset, named after the weapon; the weapon is not sent", () => {
    const r = en(
      "Germany will send ammunition for the Patriot air defense system and interceptors for IRIS-T to Ukraine.",
    );
    expect(r.triples).toContain("Germany -PROVIDES-> Patriot ammunition (Germany)");
    expect(r.names).not.toContain("Asset:Patriot (Germany)");
  });

  it("a model with one modifier before its generic noun is one phrase", () => {
    const r = en("Canada sent 50 Hellfire guided missiles to Poland.");
    expect(r.names).not.toContain("Asset:missiles (Canada)");
    expect(r.entity("Hellfire (Canada)")?.aliases).toContain("Hellfire guided missiles");
    const named = en("Italy sent 12 F-35B Lightning jets to Japan.");
    expect(named.triples).toContain("Italy -PROVIDES-> F-35 (Italy)");
    expect(named.names.filter((n) => n.startsWith("Asset:fighter jets"))).toEqual([]);
  });

  it("the variant the text names, with its owner, is a name of the asset", () => {
    const r = en("Portugal sent three Leopard 2A6 tanks to Romania.");
    expect(r.entity("Leopard 2 (Portugal)")?.aliases).toContain("Leopard 2A6 (Portugal)");
  });

  it("a company of tanks is a measure: the tanks are the asset", () => {
    const r = en("Norway contributes a company of Leopard 2A4 tanks to the brigade.");
    expect(r.triples).toContain("Norway -PROVIDES-> Leopard 2 (Norway)");
    expect(r.names).not.toContain("Asset:company (Norway)");
  });
});

describe("Dutch verbs of contributing", () => {
  it("'doet mee met' and 'heeft … toegezegd' send what they name", () => {
    const r = nl(
      "België doet mee met vier F-16's. Noorwegen heeft zes F-35's aan Polen toegezegd.",
    );
    expect(r.triples).toContain("Belgium -PROVIDES-> F-16 (Belgium)");
    expect(r.triples).toContain("Norway -PROVIDES-> F-35 (Norway)");
  });

  it("a state that 'heeft … staan' has stationed it; a year after a month is no count", () => {
    const r = nl(
      "De taak gaat over van Italië, dat sinds maart 2024 NASAMS-systemen in Estland heeft staan.",
    );
    expect(r.triples).toContain("Italy -PROVIDES-> NASAMS (Italy)");
    expect(r.relation("Italy -PROVIDES-> NASAMS (Italy)")?.properties?.quantity).toBeUndefined();
  });
});

describe("rotations and coordinated personnel", () => {
  it("a rotation of a nationality's aircraft is their deployment", () => {
    const r = en("The ministers welcomed rotations of French Air Force tankers to Guam.");
    expect(r.triples).toContain("France -PROVIDES-> tanker aircraft (France)");
  });

  it("a maximum before another owner's noun counts that asset, not the one before", () => {
    const r = en(
      "They welcomed rotations of Japanese tankers and the force, which brings up to 1,200 U.S. Marines to Guam.",
    );
    expect(
      r.relation("Japan -PROVIDES-> tankers (Japan)")?.properties?.maxQuantity,
    ).toBeUndefined();
    expect(
      r.relation("United States -PROVIDES-> marines (United States)")?.properties?.maxQuantity,
    ).toBe(1200);
  });

  it("personnel coordinated with others who train alongside allies are a contingent", () => {
    const r = en("Italian soldiers and Greek troops trained alongside Turkish forces.");
    expect(r.triples).toContain("Italy -PROVIDES-> soldiers (Italy)");
  });
});

describe("aircraft a unit of the contributing state flies", () => {
  it("the contributing state provides what its unit flies, the noun after the model included", () => {
    const r = en(
      "Around 900 French personnel are taking part. The air group includes 18 Rafale M fighter jets from 801 Naval Air Squadron.",
    );
    expect(r.triples).toContain("France -PROVIDES-> Rafale (France)");
    expect(r.names.filter((n) => n.startsWith("Asset:fighter jets"))).toEqual([]);
  });

  it("two names of one model side by side are one phrase ('E-7A Wedgetail')", () => {
    const r = en("South Korea deployed an E-7A Wedgetail aircraft to Guam.");
    expect(r.entity("E-7 Wedgetail (South Korea)")?.aliases).toContain("E-7A Wedgetail aircraft");
  });
});

describe("senders named with a place or as a unit", () => {
  it("a participle of place after the sender is no sender ('based in X, Germany,')", () => {
    const r = en(
      "The 173rd Airborne Brigade, based in Vicenza, Italy, deployed 1,500 paratroopers and 40 Stryker vehicles to Latvia.",
    );
    expect(r.triples.filter((t) => t.startsWith("Italy -PROVIDES->"))).toEqual([]);
  });

  it("a known national unit sends for its state", () => {
    const r = en(
      "U.S. Army Europe said the 2nd Cavalry Regiment deployed 30 Stryker vehicles to Estonia.",
    );
    expect(r.triples).toContain("United States -PROVIDES-> Stryker (United States)");
  });
});

describe("Dutch: what is placed and who was sent", () => {
  it("what a state places 'bij' a town is there", () => {
    const r = nl(
      "Duitsland plaatst vanaf mei drie NASAMS-systemen bij Tallinn in het noorden van Estland.",
    );
    expect(r.triples).toContain("NASAMS (Germany) -LOCATED_IN-> Tallinn");
  });

  it("'Het gaat om …' counts what a recent sentence of sending sent", () => {
    const r = nl(
      "Noorwegen stuurt twee NASAMS-systemen naar Litouwen. Dat meldde de regering maandag.\n\nHet gaat om ongeveer 150 militairen van het Luftvernbataljonen.",
    );
    expect(r.triples).toContain("Norway -PROVIDES-> military personnel (Norway)");
  });
});
