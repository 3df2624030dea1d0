import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("governments named by their state (ninth round)", () => {
  it("a lower-case 'government of' and the state is the state's government", () => {
    const r = extractShipped(
      "The ministers stressed their support to the government of Afghanistan.",
      "en",
    );
    expect(r.names).toContain("Organisation:Afghan government");
  });

  it("Dutch 'overheid' after a nationality is the state's government", () => {
    const r = extractShipped(
      "De adviseurs werken nauw samen met de Iraakse overheid en de Irakese overheid.",
      "nl",
    );
    expect(r.names).toContain("Organisation:Iraqi government");
  });

  it("a government without a state is no entity", () => {
    const r = extractShipped("The government of the day announced a review.", "en");
    expect(r.names.some((n) => /government/iu.test(n))).toBe(false);
  });
});

describe("ship prefixes and names (ninth round)", () => {
  it("the Greek navy's prefix names a Greek ship", () => {
    const r = extractShipped("The Greek frigate HS Hydra escorted two merchant vessels.", "en");
    expect(r.names).toContain("Asset:HS Hydra (Greece)");
    expect(r.has("Greece", "PROVIDES", "HS Hydra (Greece)")).toBe(true);
  });

  it("a lower-case 'hs' or a prefix glued to a number is no ship", () => {
    const r = extractShipped("The HS2 line and the hs Hydra typo are not ships.", "en");
    expect(r.names.some((n) => n.startsWith("Asset:HS"))).toBe(false);
  });

  it("the Dutch prefix without a space before the name", () => {
    const r = extractShipped(
      "Zij varen mee aan boord van Zr.Ms.Karel Doorman naar het oosten.",
      "nl",
    );
    expect(r.names).toContain("Asset:HNLMS Karel Doorman");
  });

  it("a title-case headline keeps the words the body names after 'the'", () => {
    const r = extractShipped(
      "The frigate left port on Monday. The Iron Duke will join the group in Norway.",
      "en",
      "HMS Iron Duke Visits Oslo",
    );
    expect(r.names).toContain("Asset:HMS Iron Duke (United Kingdom)");
    expect(r.names).not.toContain("Asset:HMS Iron (United Kingdom)");
  });

  it("a headline verb the body never puts after 'the' stays out of the name", () => {
    const r = extractShipped(
      "The Sutherland left Plymouth. Sutherland Sails are a brand of boat covers.",
      "en",
      "HMS Sutherland Sails to Asia",
    );
    expect(r.names).toContain("Asset:HMS Sutherland (United Kingdom)");
    expect(r.names.some((n) => n.includes("Sutherland Sails"))).toBe(false);
  });
});

describe("training areas (ninth round)", () => {
  it("a capitalised name before 'Training Area' or 'training area' is a place", () => {
    const r = extractShipped(
      "The battalion trained at Mount Barker Training Area and then at the Pinto Flats training area, Spain.",
      "en",
    );
    expect(r.names).toContain("Location:Mount Barker Training Area");
    expect(r.names).toContain("Location:Pinto Flats training area");
  });

  it("'the training area' without a name is no place", () => {
    const r = extractShipped(
      "The Training Area was closed. A training area near the coast is used.",
      "en",
    );
    expect(r.names.some((n) => /training area/iu.test(n))).toBe(false);
  });
});

describe("meetings named by their body (ninth round)", () => {
  it("a lower-case ministerial after a name is a meeting; the adjective before a noun is not", () => {
    const r = extractShipped(
      "The ministers met on the margins of the D-ISIS ministerial in Rome. A U.S. ministerial delegation arrived.",
      "en",
    );
    expect(r.names).toContain("Event:D-ISIS ministerial");
    expect(r.names.some((n) => n.includes("U.S. ministerial"))).toBe(false);
  });

  it("'Plus' and 'of Defence Ministers' after the head belong to the name", () => {
    const r = extractShipped(
      "They met at the ASEAN Defence Ministers' Meeting-Plus in Jakarta. Spain signed after the EU Informal Meeting of Foreign Ministers in Lisbon.",
      "en",
    );
    expect(r.names).toContain("Event:ASEAN Defence Ministers' Meeting-Plus");
    expect(r.names).toContain("Event:EU Informal Meeting of Foreign Ministers");
  });

  it("a seminar or symposium named by capitalised words is an event", () => {
    const r = extractShipped("Officers gathered for the NATO Cyber Symposium in Tallinn.", "en");
    expect(r.names).toContain("Event:NATO Cyber Symposium");
  });

  it("a body's ministers and a lower-case meeting noun name the ministers' meeting", () => {
    const r = extractShipped(
      "They prepared the upcoming NATO foreign ministers conference in Oslo.",
      "en",
    );
    expect(r.names).toContain("Event:NATO Foreign Ministers' Meeting");
  });

  it("a council's meeting is an event; a ministry's meeting is not", () => {
    const r = extractShipped(
      "It follows last week's North Atlantic Council meeting. A Pentagon meeting and a NATO meeting followed.",
      "en",
    );
    expect(r.names).toContain("Event:North Atlantic Council meeting");
    expect(r.names.some((n) => /Pentagon meeting|Event:NATO meeting/u.test(n))).toBe(false);
  });

  it("Dutch joins the body and the meeting with a hyphen", () => {
    const r = extractShipped("De minister sprak tijdens een NAVO-vergadering in Brussel.", "nl");
    expect(r.names).toContain("Event:NATO meeting");
  });

  it("a session of a body is its meeting", () => {
    const r = extractShipped(
      "The general will host another session of the Ukraine Defense Contact Group at Ramstein.",
      "en",
    );
    const e = r.entity("meeting of the Ukraine Defense Contact Group");
    expect(e?.aliases).toContain("Ukraine Defense Contact Group meeting");
  });

  it("a change of command is a ceremony, named with the command that changes hands", () => {
    const r = extractShipped(
      "The admiral attended the Change of Command at Allied Command Transformation in Norfolk. The change of command ceremony lasted an hour.",
      "en",
    );
    expect(r.names).toContain("Event:change of command at Allied Command Transformation");
    expect(r.names).not.toContain("Organisation:Change of Command");
    expect(r.names.filter((n) => n.startsWith("Event:change of command"))).toHaveLength(1);
  });

  it("a change in command structure is no ceremony", () => {
    const r = extractShipped("They discussed a change in command structure.", "en");
    expect(r.names.some((n) => n.startsWith("Event:"))).toBe(false);
  });
});

describe("the publisher's own equipment (ninth round)", () => {
  it("a model a Dutch defence article names without an owner is the Netherlands'", () => {
    const r = extractShipped(
      "Nederland oefent met Polen. De F-35's stijgen op vanaf vliegbasis Leeuwarden.",
      "nl",
      "Acht F-35's naar Polen",
    );
    expect(r.names).toContain("Asset:F-35 (Netherlands)");
    expect(r.has("Netherlands", "PROVIDES", "F-35 (Netherlands)")).toBe(true);
  });

  it("not a Russian family's model, and not where another state's equipment is named", () => {
    const r = extractShipped(
      "Su-35's vlogen boven de Zwarte Zee. Oekraïense F-16's onderschepten drones; de F-16's landden in Polen.",
      "nl",
    );
    expect(r.names.some((n) => n.startsWith("Asset:Su-35 (Netherlands)"))).toBe(false);
    expect(r.names).not.toContain("Asset:F-16 (Netherlands)");
  });

  it("a ship's class is no asset of the publisher", () => {
    const r = extractShipped("Het fregat van de De Zeven Provinciën-klasse voer uit.", "nl");
    expect(r.names.some((n) => n.includes("class frigate (Netherlands)"))).toBe(false);
  });
});

describe("units named by their service's conventions (ninth round)", () => {
  it("soldiers and vehicles of a U.S.-style numbered regiment training abroad are a U.S. asset", () => {
    const r = extractShipped(
      "Soldiers and armored vehicles of the 3rd Battalion, 8th Infantry Regiment will train in Poland. The U.S. Army staged the equipment.",
      "en",
    );
    expect(r.names).toContain("Asset:3rd Battalion, 8th Infantry Regiment (United States)");
  });

  it("a regiment the sentence does not move stays an organisation", () => {
    const r = extractShipped(
      "The 8th Infantry Regiment has a long history. The U.S. Army honoured it.",
      "en",
    );
    expect(r.names.some((n) => n.startsWith("Asset:8th Infantry Regiment"))).toBe(false);
  });
});

describe("nationalities sharing one service noun (ninth round)", () => {
  it("each coordinated nationality before a plural service is its state's service", () => {
    const r = extractShipped(
      "The jets trained with the Lithuanian, Latvian and Portuguese air forces.",
      "en",
    );
    expect(r.names).toContain("Organisation:Lithuanian Air Force");
    expect(r.names).toContain("Organisation:Latvian Air Force");
    expect(r.names).toContain("Organisation:Portuguese Air Force");
  });

  it("Dutch 'marines' after coordinated nationalities are navies, found by their Dutch names", () => {
    const r = extractShipped("Het schip oefende met de Franse en Britse marines.", "nl");
    expect(r.names).toContain("Organisation:French Navy");
    expect(r.names).toContain("Organisation:Royal Navy");
  });

  it("English 'marines' are soldiers, and one nationality before a plural is no list", () => {
    const r = extractShipped(
      "French and British marines landed on the beach. The Baltic air forces met.",
      "en",
    );
    expect(r.names.some((n) => /Navy|Air Force/u.test(n))).toBe(false);
  });
});

describe("precision fixes on names (ninth round)", () => {
  it("a state and a qualifier before 'Force' name the state's force", () => {
    const r = extractShipped("Daarvoor is de Netherlands Maritime Force afgevaardigd.", "nl");
    expect(r.names).toContain("Organisation:Netherlands Maritime Force");
    expect(r.names).toContain("Country:Netherlands");
  });

  it("a state and an unqualified word before 'Force' are no force", () => {
    const r = extractShipped("The Netherlands Police Force is separate.", "en");
    expect(r.names).not.toContain("Organisation:Netherlands Police Force");
  });

  it("'General Directorate' is no general named Directorate", () => {
    const r = extractShipped(
      "He is chief of the General Directorate of Military Cooperation in Kyiv.",
      "en",
    );
    expect(r.names).not.toContain("Person:Directorate");
  });

  it("a named event does not start in the sentence before", () => {
    const r = extractShipped(
      "It works with the European Union. The NATO Transformation Seminar took place in Norfolk.",
      "en",
    );
    expect(r.names).toContain("Event:NATO Transformation Seminar");
    expect(r.names.some((n) => n.includes("Union. The"))).toBe(false);
  });
});

describe("embassies (ninth round)", () => {
  it("a nationality's embassy in a town is the state's embassy there", () => {
    const r = extractShipped(
      "Het personeel van de Nederlandse ambassade in Khartoem vertrok.",
      "nl",
    );
    expect(r.names).toContain("Organisation:Embassy of the Netherlands in Khartoum");
    expect(r.has("Embassy of the Netherlands in Khartoum", "LOCATED_IN", "Khartoum")).toBe(true);
    expect(r.has("Embassy of the Netherlands in Khartoum", "PART_OF", "Netherlands")).toBe(true);
  });

  it("an embassy without a nationality is no entity", () => {
    const r = extractShipped("The embassy in Oslo criticized the visit.", "en");
    expect(r.names.some((n) => n.startsWith("Organisation:Embassy"))).toBe(false);
  });
});
