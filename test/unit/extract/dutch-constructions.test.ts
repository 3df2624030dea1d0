import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

const extract = (body: string) => extractShipped(body, "nl");

// Sentences written for these tests: other states, units and people than the probe articles, so
// each proves a construction of Dutch, not one article.

describe("Dutch constructions: a contingent working with others acts for its owner", () => {
  it("'werken … samen met' with a phrase between verb and particle: the owner cooperates", () => {
    const r = extract(
      "België stuurt 60 militairen naar Estland. De militairen werken daar tijdens de rotatie nauw samen met de Deense luchtmacht.",
    );
    expect(r.cooperate("Belgium", "Royal Danish Air Force")).toBe(true);
  });

  it("a pronoun subject is the contingent of the sentence before", () => {
    const r = extract(
      "Ongeveer 80 Deense militairen gaan mee naar Letland. Zij werken in Letland samen met Canadese eenheden.",
    );
    expect(r.cooperate("Denmark", "Canada")).toBe(true);
  });

  it("nationalities before a generic noun are the states: 'met Spaanse en Italiaanse collega's'", () => {
    const r = extract(
      "De instructeurs van Noorwegen trainen samen met Spaanse en Italiaanse collega's.",
    );
    expect(r.cooperate("Norway", "Spain")).toBe(true);
    expect(r.cooperate("Norway", "Italy")).toBe(true);
  });

  it("no cooperation of a state with itself, and none without a working verb", () => {
    const r = extract(
      "Ongeveer 80 Deense militairen gaan mee naar Letland. Zij werken daar samen met Deense mariniers.",
    );
    expect(r.triples.filter((t) => t.includes("COOPERATES_WITH"))).toEqual([]);
    const s = extract("Ongeveer 80 Deense militairen gaan mee naar Letland, met Canadese steun.");
    expect(s.triples.filter((t) => t.includes("COOPERATES_WITH"))).toEqual([]);
  });
});

describe("Dutch constructions: who commands", () => {
  it("a nationality before a rank of several words does not hide the person: 'onder bevel van de Spaanse generaal-majoor X'", () => {
    const r = extract(
      "Portugal stuurt militairen naar EUFOR Althea. De missie staat onder bevel van de Spaanse generaal-majoor Luis Ortega.",
    );
    expect(r.has("Luis Ortega", "LEADS", "EUFOR Althea")).toBe(true);
    expect(r.has("Luis Ortega", "REPRESENTS", "Spain")).toBe(true);
    // The nationality qualifies the person: Spain leads nothing.
    expect(r.has("Spain", "LEADS", "EUFOR Althea")).toBe(false);
  });

  it("'Deze NAVO-vlootverband' is the fleet group named before; a rank with 'ter zee' names the state", () => {
    const r = extract(
      "Het Duitse schip FGS Fulda voer mee met de Standing NATO Maritime Group 2. Deze NAVO-vlootverband staat onder bevel van de Deense kapitein-luitenant ter zee Mads Holm.",
    );
    expect(r.has("Mads Holm", "LEADS", "Standing NATO Maritime Group 2")).toBe(true);
    expect(r.has("Mads Holm", "REPRESENTS", "Denmark")).toBe(true);
  });

  it("a fleet-group description with no group named before points nowhere", () => {
    const r = extract(
      "Deze NAVO-vlootverband staat onder bevel van de Deense kapitein-luitenant ter zee Mads Holm.",
    );
    expect(r.triples.filter((t) => t.includes("-LEADS->"))).toEqual([]);
  });
});

describe("Dutch constructions: ships and units in exercises", () => {
  it("a ship taking part in an exercise: its owner takes part; a place word inside the name is no place", () => {
    const r = extract(
      "Nederland stuurt Zr.Ms. Karel Doorman naar de Atlantische Oceaan. Eerder nam de Karel Doorman deel aan de oefening Atlantic Shield met de Franse en Spaanse marine.",
    );
    expect(r.entity("Atlantic Shield")?.type).toBe("Event");
    expect(r.has("Netherlands", "PARTICIPATES_IN", "Atlantic Shield")).toBe(true);
    // "Franse en Spaanse marine": the conjunction coordinates both nationalities.
    expect(r.has("France", "PARTICIPATES_IN", "Atlantic Shield")).toBe(true);
  });

  it("an asset without a known owner takes part in nothing", () => {
    const r = extract("Eerder nam de Karel Doorman deel aan de oefening Atlantic Shield.");
    expect(r.triples.filter((t) => t.includes("PARTICIPATES_IN"))).toEqual([]);
  });

  it("a single place after 'oefening' is no exercise name", () => {
    const r = extract("Nederland hield een oefening Noorwegen met Duitsland.");
    expect(r.names.filter((n) => n.startsWith("Event:"))).toEqual([]);
  });
});

describe("Dutch constructions: units named the Dutch and German way", () => {
  it("'de Duitse 10. Panzerdivision': a German ordinal does not end the sentence; the brigade is part of it", () => {
    const r = extract(
      "De 13 Lichte Brigade maakt sinds 2019 deel uit van de Duitse 10. Panzerdivision. Het aantal komt op 80. Daarna volgt meer.",
    );
    // Both units are in the knowledge base, under their English names.
    expect(r.entity("10th Panzer Division")?.type).toBe("Organisation");
    expect(r.has("13 Light Brigade", "PART_OF", "10th Panzer Division")).toBe(true);
    expect(r.has("13 Light Brigade", "PART_OF", "Germany")).toBe(false);
  });

  it("a capitalised compound unit noun, and a unit noun before its name, are units; a nationality is no part of the name", () => {
    const r = extract(
      "Omgekeerd maakt het Franse Jagerbataillon deel uit van de Belgische Landcomponent. Ook de Duitse Division Spezielle Operationen werkt samen met 11 Luchtmobiele Brigade.",
    );
    expect(r.entity("Jagerbataillon")?.type).toBe("Organisation");
    expect(r.entity("Division Spezielle Operationen")?.type).toBe("Organisation");
    expect(r.names).not.toContain("Organisation:Duitse Division");
    // (11 Luchtmobiele Brigade is the knowledge base's 11 Airmobile Brigade.)
    expect(r.cooperate("11 Airmobile Brigade", "Division Spezielle Operationen")).toBe(true);
  });

  it("a Dutch defence command named after the ministry sends for the state", () => {
    const r = extract(
      "Nederland stuurt hulp naar Litouwen. Het Defensie Ondersteuningscommando levert 40 militairen.",
    );
    expect(r.entity("Defensie Ondersteuningscommando")?.type).toBe("Organisation");
    expect(r.has("Netherlands", "PROVIDES", "military personnel (Netherlands)")).toBe(true);
    // The same for a national command the knowledge base knows.
    const s = extract(
      "Nederland stuurt hulp naar Litouwen. Het Defensie Cyber Commando levert 12 militairen.",
    );
    expect(s.has("Netherlands", "PROVIDES", "military personnel (Netherlands)")).toBe(true);
  });

  it("a capitalised unit compound opening a sentence is no name", () => {
    const r = extract("Tankbataljons zijn duur. Pantserbataljon is een woord.");
    expect(r.names.filter((n) => n.startsWith("Organisation:"))).toEqual([]);
  });
});

describe("Dutch constructions: contingents", () => {
  it("personnel 'van de Koninklijke Landmacht' are the state's; personnel 'van de NAVO' are not a contribution", () => {
    const r = extract(
      "België en Nederland sturen een detachement naar Roemenië. Het detachement telt ongeveer 120 militairen van de Belgische Landcomponent en 40 militairen van de Koninklijke Landmacht.",
    );
    expect(r.has("Netherlands", "PROVIDES", "military personnel (Netherlands)")).toBe(true);
    const s = extract("Het hoofdkwartier telt 300 militairen van de NAVO.");
    expect(s.names.filter((n) => n.startsWith("Asset:"))).toEqual([]);
  });

  it("'Ongeveer 80 militairen gaan mee': a counted contingent going along, and 'zij' after it", () => {
    const r = extract(
      "Noorwegen plaatst een NASAMS-systeem in Litouwen. Ongeveer 80 militairen gaan mee. Zij werken in Litouwen samen met Amerikaanse eenheden.",
    );
    expect(r.entity("military personnel (Norway)")).toBeDefined();
    expect(r.cooperate("Norway", "United States")).toBe(true);
  });
});

describe("Dutch constructions: commanders", () => {
  it("the commander of a state's ship or contingent represents that state", () => {
    const r = extract(
      "Nederland stuurt Zr.Ms. Tromp naar de Middellandse Zee. Commandant van het fregat, kapitein-ter-zee Jan de Boer, is tevreden.",
    );
    expect(r.has("Jan de Boer", "REPRESENTS", "Netherlands")).toBe(true);
    const s = extract(
      "België stuurt 90 militairen naar Estland. Commandant van het detachement is majoor Anna Peeters.",
    );
    expect(s.has("Anna Peeters", "REPRESENTS", "Belgium")).toBe(true);
  });

  it("'Commandant Zeestrijdkrachten, vice-admiraal X': a Dutch office; 'Zeestrijdkrachten' is no person", () => {
    const r = extract(
      "Nederland stuurt een fregat. Volgens de Commandant Zeestrijdkrachten, vice-admiraal Karel Visser, is dat nodig.",
    );
    expect(r.has("Karel Visser", "REPRESENTS", "Netherlands")).toBe(true);
    expect(r.names).not.toContain("Person:Zeestrijdkrachten");
  });

  it("no commander without a person right after the office, and no state for two contributors' contingents", () => {
    const r = extract(
      "Nederland stuurt Zr.Ms. Tromp. Commandant van het fregat is trots, zei woordvoerder Kees Jansen.",
    );
    expect(r.entity("Kees Jansen")?.type).toBe("Person");
    expect(r.triples.filter((t) => t.startsWith("Kees Jansen -REPRESENTS"))).toEqual([]);
    const s = extract(
      "België stuurt 90 militairen en Frankrijk stuurt 200 militairen naar Estland. Commandant van het detachement is majoor Anna Peeters.",
    );
    expect(s.triples.filter((t) => t.startsWith("Anna Peeters -REPRESENTS"))).toEqual([]);
  });
});

describe("Dutch constructions: places", () => {
  it("an unknown town after a preposition and before 'in <state>' is a place of that state", () => {
    const r = extract(
      "Zes F-16's zijn aangekomen op Sigonellia in Italië. Ze oefenen op het oefenterrein Wildflecken in Duitsland.",
    );
    expect(r.entity("Sigonellia")?.type).toBe("Location");
    expect(r.has("Sigonellia", "LOCATED_IN", "Italy")).toBe(true);
    expect(r.has("Wildflecken", "LOCATED_IN", "Germany")).toBe(true);
  });

  it("no place when what follows 'in' is no recognised state", () => {
    const r = extract("Het schip lag op Sigonellia in Atlantis.");
    expect(r.entity("Sigonellia")).toBeUndefined();
  });

  it("'de Italiaanse havenstad X': the place is in that state, unless the knowledge base says otherwise", () => {
    const r = extract("Het fregat ligt in de Italiaanse havenstad Tarentia.");
    expect(r.has("Tarentia", "LOCATED_IN", "Italy")).toBe(true);
    const s = extract("Het fregat ligt in de Franse havenstad Rotterdam.");
    expect(s.has("Rotterdam", "LOCATED_IN", "France")).toBe(false);
  });
});

describe("Dutch constructions: named bodies and their seats", () => {
  it("a place named once with its typing word is the place where it recurs bare; a body in or from it is located there", () => {
    const r = extract(
      "Het schip ligt in de Zuid-Koreaanse havenstad Chinhae. Gegevens gaan naar de Maritime Information Cell in Chinhae. De oefening wordt geleid door het 2 Duits-Nederlands Legerkorps uit Koblenz.",
    );
    expect(r.has("Chinhae", "LOCATED_IN", "South Korea")).toBe(true);
    expect(r.has("Maritime Information Cell", "LOCATED_IN", "Chinhae")).toBe(true);
    expect(r.has("2 Duits-Nederlands Legerkorps", "LOCATED_IN", "Koblenz")).toBe(true);
  });

  it("'Centre' and 'Cell' need two capitalised words before them", () => {
    const r = extract("Het Air Centre en de Cell zijn gesloten.");
    expect(r.names.filter((n) => n.startsWith("Organisation:"))).toEqual([]);
  });
});
