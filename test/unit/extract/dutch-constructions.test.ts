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

describe("Dutch constructions: counterparts and exercises referred to again", () => {
  it("'ambtgenoot' (the spelling without s) introduces a person of the nationality before it", () => {
    const r = extract(
      "De minister heeft zijn Deense ambtgenoot Troels Lund Poulsen ontvangen. Zij sprak met haar Estse ambtgenote Hanno Pevkur.",
    );
    expect(r.has("Troels Lund Poulsen", "REPRESENTS", "Denmark")).toBe(true);
    expect(r.has("Hanno Pevkur", "REPRESENTS", "Estonia")).toBe(true);
  });

  it("'de oefening' is the exercise named before: 'De oefening wordt gehouden in …'", () => {
    const r = extract(
      "Ruim 500 Belgische militairen nemen deel aan de oefening Trident Juncture. De oefening wordt gehouden in Portugal.",
    );
    expect(r.has("Trident Juncture", "LOCATED_IN", "Portugal")).toBe(true);
  });

  it("'de oefening' followed by a name is that exercise, and no exercise named before means no reference", () => {
    const r = extract(
      "Ruim 500 Belgische militairen nemen deel aan de oefening Trident Juncture. Daarna volgt de oefening Steadfast Noon in Italië.",
    );
    expect(r.has("Trident Juncture", "LOCATED_IN", "Italy")).toBe(false);
    const s = extract("De oefening wordt gehouden in Portugal.");
    expect(s.triples).toEqual([]);
  });
});

describe("Dutch constructions: commanders named in other ways", () => {
  it("'X, commandant van het Belgische detachement' represents the detachment's state", () => {
    const r = extract(
      'België stuurt een detachement naar Roemenië. "Het is koud," zegt majoor Pieter Claes, commandant van het Belgische detachement.',
    );
    expect(r.has("Pieter Claes", "REPRESENTS", "Belgium")).toBe(true);
  });

  it("a bare 'commandant' and a rank in a report on a ship is that ship's commander", () => {
    const r = extractShipped(
      'Het Duitse fregat FGS Hamburg samen met het Franse fregat FS Provence. "We zijn klaar," zegt commandant kapitein-ter-zee Jan Weber.',
      "nl",
      "FGS Hamburg vertrekt naar de Rode Zee",
    );
    expect(r.has("Jan Weber", "REPRESENTS", "Germany")).toBe(true);
    expect(r.has("Jan Weber", "REPRESENTS", "France")).toBe(false);
  });

  it("a bare 'commandant' with no ship named represents nobody", () => {
    const r = extract('"We zijn klaar," zegt commandant majoor Jan Weber.');
    expect(r.triples.filter((t) => t.includes("REPRESENTS"))).toEqual([]);
  });

  it("'Operatiecommandant is de Italiaanse vice-admiraal X' leads the mission just named", () => {
    const r = extract(
      "Frankrijk stuurt een fregat naar EUNAVFOR Aspides. Operatiecommandant is de Griekse commodore Vasileios Gryparis.",
    );
    expect(r.has("Vasileios Gryparis", "LEADS", "EUNAVFOR Aspides")).toBe(true);
  });

  it("'De Commandant Zeemacht Caribisch gebied, commandeur X' is a Dutch commander; 'Zeemacht' is no person", () => {
    const r = extract(
      "Nederland stuurt mariniers naar Sint Eustatius. De Commandant Zeemacht Caribisch gebied, commandeur Hans Lodder, leidt de inzet.",
    );
    expect(r.has("Hans Lodder", "REPRESENTS", "Netherlands")).toBe(true);
    expect(r.names.filter((n) => n.startsWith("Person:Zeemacht"))).toEqual([]);
  });
});

describe("Dutch constructions: what a ship carries", () => {
  it("'Aan boord zijn …' after a ship: the flag state provides what is on board, also 'een' helicopter", () => {
    const r = extract(
      "Het Duitse fregat FGS Bayern vertrekt naar de Indische Oceaan. Aan boord zijn 220 militairen, een boardingteam en een NH90-helikopter.",
    );
    expect(r.has("Germany", "PROVIDES", "NH90 (Germany)")).toBe(true);
    expect(r.has("Germany", "PROVIDES", "boarding team (Germany)")).toBe(true);
  });

  it("'Het schip heeft een … aan boord' is the same; 'aan boord van' a suspect boat is not", () => {
    const r = extract(
      "Het Franse fregat FS Normandie patrouilleert in de Middellandse Zee. Het schip heeft een NH90-helikopter aan boord.",
    );
    expect(r.has("France", "PROVIDES", "NH90 (France)")).toBe(true);
    const s = extract(
      "Het Franse fregat FS Normandie patrouilleert in de Middellandse Zee. De drugs werden aangetroffen aan boord van een go-fast met een NH90-helikopter.",
    );
    expect(s.triples.filter((t) => t.includes("NH90"))).toEqual([]);
  });
});

describe("Dutch constructions: where ships and units arrive, and why they are sent", () => {
  it("the perfect with its participle last: 'is … in X aangekomen' locates the asset", () => {
    const r = extract(
      "Nederland stuurt 40 militairen naar Estland. De militairen zijn vorige week in Tapa aangekomen.",
    );
    expect(r.has("military personnel (Netherlands)", "LOCATED_IN", "Tapa")).toBe(true);
  });

  it("a port call locates the ship: 'maakt een tussenstop in', 'ligt in de haven van'", () => {
    const r = extract("Het Duitse fregat FGS Bayern maakt onderweg een tussenstop in Djibouti.");
    expect(r.has("FGS Bayern (Germany)", "LOCATED_IN", "Djibouti")).toBe(true);
    const s = extract("Het fregat Zr.Ms. Van Speijk ligt in de haven van Rotterdam.");
    expect(s.has("HNLMS Van Speijk", "LOCATED_IN", "Rotterdam")).toBe(true);
  });

  it("'om X te helpen/beschermen': the infinitive's object is supported", () => {
    const r = extract("België stuurt 60 genisten om de Litouwse krijgsmacht daarbij te helpen.");
    expect(r.triples.some((t) => t.endsWith("-SUPPORTS-> Lithuanian Armed Forces"))).toBe(true);
    const s = extract("Denemarken stuurt 4 F-16's om Estland te beschermen.");
    expect(s.triples.some((t) => t.endsWith("-SUPPORTS-> Estonia"))).toBe(true);
  });

  it("in a report on one ship, a bare 'het fregat' after a partner of another flag is the report's ship", () => {
    const r = extractShipped(
      "Het Deense fregat HDMS Niels Juel werkt samen met het Franse fregat FS Alsace. Het fregat maakt onderweg een tussenstop in Djibouti.",
      "nl",
      "HDMS Niels Juel naar de Golf van Aden",
    );
    expect(r.has("HDMS Niels Juel (Denmark)", "LOCATED_IN", "Djibouti")).toBe(true);
    expect(r.has("FS Alsace (France)", "LOCATED_IN", "Djibouti")).toBe(false);
    // Without a ship in the headline, two ships in the window compete: "het fregat" names
    // neither (twelfth round, coreference; it was the ship named last), and the engine's
    // clause-initial "Het" takes the previous sentence's subject.
    const s = extract(
      "Het Deense fregat HDMS Niels Juel werkt samen met het Franse fregat FS Alsace. Het fregat maakt onderweg een tussenstop in Djibouti.",
    );
    expect(s.has("FS Alsace (France)", "LOCATED_IN", "Djibouti")).toBe(false);
  });
});

describe("Dutch constructions: where a mission or force does its work, and who joins an exercise", () => {
  it("a mission fighting or protecting somewhere operates there, 'voor de kust van' included", () => {
    const r = extract(
      "De operatie EUNAVFOR Aspides beschermt koopvaardijschepen. Daarnaast bestrijdt EUNAVFOR Aspides aanvallen voor de kust van Jemen en in de Rode Zee.",
    );
    expect(r.has("EUNAVFOR Aspides", "OPERATES_IN", "Yemen")).toBe(true);
    expect(r.has("EUNAVFOR Aspides", "OPERATES_IN", "Red Sea")).toBe(true);
  });

  it("a force training somewhere later in its clause operates there; a state training trainees does not", () => {
    const r = extract("De Koninklijke Luchtmacht traint al jaren ieder voorjaar in Spanje.");
    expect(r.has("Royal Netherlands Air and Space Force", "OPERATES_IN", "Spain")).toBe(true);
    const s = extract("Nederland traint Oekraïense militairen in Duitsland.");
    expect(s.has("Netherlands", "OPERATES_IN", "Germany")).toBe(false);
  });

  it("states sending 'eenheden' in an article about one exercise take part in it", () => {
    const r = extractShipped(
      "Ruim 500 Belgische militairen nemen deel aan de oefening. Estland en Letland, die lid zijn van de NAVO, sturen ook eenheden.",
      "nl",
      "Militairen oefenen tijdens Trident Juncture",
    );
    expect(r.has("Estonia", "PARTICIPATES_IN", "Trident Juncture")).toBe(true);
    expect(r.has("Latvia", "PARTICIPATES_IN", "Trident Juncture")).toBe(true);
    const s = extract("Estland en Letland sturen ook eenheden.");
    expect(s.triples.filter((t) => t.includes("PARTICIPATES_IN"))).toEqual([]);
  });
});

describe("Dutch constructions: a model and its noun are one phrase", () => {
  it("'4 NH90-helikopters van de Koninklijke Luchtmacht': one asset, owned by the force named after the noun", () => {
    const r = extract(
      "Ook gaan 3 NH90-helikopters van de Koninklijke Luchtmacht mee naar Litouwen.",
    );
    const assets = r.names.filter((n) => n.startsWith("Asset:"));
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatch(/^Asset:NH90 \(/);
    expect(r.relations.find((x) => x.type === "PROVIDES")?.properties?.quantity).toBe(3);
  });
});

describe("Dutch constructions: taking over a task", () => {
  it("'Daarna neemt <ship> de taak over': the ship serves in the mission of the article", () => {
    const r = extractShipped(
      "Zr.Ms. Evertsen vaart vier maanden mee in EUNAVFOR Aspides. Het fregat keert in juni terug. Daarna neemt Zr.Ms. Van Speijk de taak over.",
      "nl",
      "Zr.Ms. Evertsen naar EUNAVFOR Aspides",
    );
    expect(r.has("HNLMS Van Speijk", "ASSIGNED_TO", "EUNAVFOR Aspides")).toBe(true);
  });

  it("'lost … af': the ship relieved gives its mission; without a task noun nothing is taken over", () => {
    const r = extract(
      "Het Belgische fregat BNS Louise-Marie neemt deel aan Operation Atalanta. In mei lost het Franse fregat FS Aconit het Belgische schip af.",
    );
    expect(r.has("FS Aconit (France)", "ASSIGNED_TO", "Operation Atalanta")).toBe(true);
    const s = extract(
      "Het Belgische fregat BNS Louise-Marie neemt deel aan Operation Atalanta. In mei neemt het Franse fregat FS Aconit een zieke matroos over.",
    );
    expect(s.has("FS Aconit (France)", "ASSIGNED_TO", "Operation Atalanta")).toBe(false);
  });
});

describe("Dutch constructions: companies named with their nationality", () => {
  it("'het Zweedse bedrijf Saab' is in Sweden, and the company noun does not break 'samen met'", () => {
    const r = extract(
      "De radars worden gebouwd door het Zweedse bedrijf Saab. Thales werkt daarbij samen met het Zweedse bedrijf Saab.",
    );
    expect(r.has("Saab", "LOCATED_IN", "Sweden")).toBe(true);
    expect(r.cooperate("Thales", "Saab")).toBe(true);
  });
});

describe("Dutch constructions: places the knowledge base lacks, typed by their phrase", () => {
  it("'in de buurt van', 'nabij', 'rond X en Y', a port call and 'in X aangekomen' name places", () => {
    const r = extract(
      "Nederland stuurt 40 militairen naar Polen. Zij werken in de buurt van Zamość samen met Poolse militairen. De oefening vindt plaats rond Ringebu en Vinstra. Het schip maakt een tussenstop in Syros. De militairen zijn vorige week in Orzysz aangekomen.",
    );
    for (const place of ["Zamość", "Ringebu", "Vinstra", "Syros", "Orzysz"])
      expect(r.entity(place)?.type).toBe("Location");
    // "Zij werken in …": the contingent just sent is where it works, also past "de buurt van".
    expect(r.has("military personnel (Netherlands)", "LOCATED_IN", "Zamość")).toBe(true);
    expect(r.has("military personnel (Netherlands)", "LOCATED_IN", "Orzysz")).toBe(true);
  });

  it("feasts after 'rond' and known names are no new places", () => {
    const r = extract("Rond Pasen keren de militairen terug. Zij werken nabij Polen.");
    expect(r.names.filter((n) => n.startsWith("Location:"))).toEqual([]);
    expect(r.entity("Poland")?.type).toBe("Country");
  });
});

describe("Dutch constructions: ships and models named the Dutch way", () => {
  it("a nationality, a Dutch ship noun and a name is a ship: 'het Noorse commandoschip Maud'", () => {
    const r = extract("De groep wordt geleid vanaf het Noorse commandoschip Maud.");
    expect(r.has("Norway", "PROVIDES", "Maud (Norway)")).toBe(true);
  });

  it("'bestaat op dit moment uit schepen van A, B en C': the states take part", () => {
    const r = extract(
      "Het Duitse fregat FGS Hessen sluit aan bij de NAVO-operatie Sea Guardian. De operatie bestaat op dit moment uit schepen van Portugal, Spanje en Polen.",
    );
    for (const state of ["Portugal", "Spain", "Poland"])
      expect(r.has(state, "PARTICIPATES_IN", "Operation Sea Guardian")).toBe(true);
  });

  it("an unknown model joined to an asset noun is that model ('C-390-transportvliegtuigen'); pilots are no aircraft", () => {
    const r = extract(
      "Portugal stuurt 2 C-390-transportvliegtuigen en 20 F-16-vliegers naar Litouwen.",
    );
    expect(r.has("Portugal", "PROVIDES", "C-390 (Portugal)")).toBe(true);
    expect(r.names).not.toContain("Asset:F-16 (Portugal)");
  });
});

describe("Dutch constructions: joining, staying and contributing", () => {
  it("'vertrokken om zich aan te sluiten bij X': the ship becomes part of the standing group X (an Organisation); 'blijft … in' is where it operates", () => {
    const r = extract(
      "Het Belgische fregat BNS Leopold I is vertrokken om zich aan te sluiten bij de Standing NATO Maritime Group 2. Het schip blijft drie maanden in de Middellandse Zee.",
    );
    expect(r.has("BNS Leopold I (Belgium)", "PART_OF", "Standing NATO Maritime Group 2")).toBe(
      true,
    );
    expect(r.names).toContain("Organisation:Standing NATO Maritime Group 2");
    const mission = extract(
      "Het Belgische fregat BNS Leopold I is vertrokken om zich aan te sluiten bij de NAVO-operatie Sea Guardian.",
    );
    expect(mission.has("BNS Leopold I (Belgium)", "ASSIGNED_TO", "Operation Sea Guardian")).toBe(
      true,
    );
    expect(r.has("BNS Leopold I (Belgium)", "OPERATES_IN", "Mediterranean Sea")).toBe(true);
  });

  it("'leveren de grootste bijdragen' without a beneficiary: the article's mission", () => {
    const r = extractShipped(
      "België levert 80 militairen aan KFOR. Zwitserland en Italië leveren de grootste bijdragen.",
      "nl",
      "België stuurt militairen naar KFOR",
    );
    expect(r.has("Switzerland", "PARTICIPATES_IN", "KFOR")).toBe(true);
    expect(r.has("Italy", "PARTICIPATES_IN", "KFOR")).toBe(true);
    const s = extract("Ook Zwitserland levert een bijdrage.");
    expect(s.triples).toEqual([]);
  });

  it("a state that takes over the task of the article's mission takes part in it", () => {
    const r = extractShipped(
      "Vier Belgische F-16's nemen deel aan NATO Air Policing in IJsland. Na de Belgische rotatie neemt Portugal de bewaking van het IJslandse luchtruim over.",
      "nl",
      "Belgische F-16's naar IJsland",
    );
    expect(r.has("Portugal", "PARTICIPATES_IN", "NATO Air Policing")).toBe(true);
  });
});

describe("Dutch constructions: a headquarters named with its place", () => {
  it("'het hoofdkwartier van KFOR in Pristina' without a copula is the seat", () => {
    const r = extract(
      "België levert 5 stafofficieren voor het hoofdkwartier van KFOR in Pristina.",
    );
    expect(r.has("KFOR", "HEADQUARTERED_IN", "Pristina")).toBe(true);
  });
});

describe("Dutch constructions: forces named by their state", () => {
  it("'oefenen met eenheden uit A en B': the states are the partners", () => {
    const r = extract(
      "België stuurt 150 militairen naar Kosovo. Zij oefenen met eenheden uit Zwitserland en Slovenië.",
    );
    expect(r.cooperate("Belgium", "Switzerland")).toBe(true);
    expect(r.cooperate("Belgium", "Slovenia")).toBe(true);
  });
});
