import { describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

const extractor = shippedExtractor();
const extract = (body: string) => extractShipped(body, "en", "News");

describe("people: offices and their holders", () => {
  it("a capitalised portfolio leaves the holder's first name to the name", () => {
    const r = extract(
      "Indonesian Minister of Foreign Affairs Retno L. P. Marsudi met Secretary of Home Affairs Dmitri K. Pavlenko.",
    );
    expect(r.names).toContain("Person:Retno Marsudi");
    expect(r.names).not.toContain("Person:P. Marsudi");
    expect(r.triples).toContain("Retno Marsudi -REPRESENTS-> Indonesia");
    expect(r.names.some((n) => n.startsWith("Person:") && n.includes("Pavlenko"))).toBe(true);
    expect(r.names).not.toContain("Person:K. Pavlenko");
  });

  it("a one-word name after a portfolio stays the surname", () => {
    const r = extract("Italian Minister of Defence Crosetto arrived.");
    expect(r.names).not.toContain("Person:Defence Crosetto");
  });

  it("a state's possessive before an office names the state the holder represents", () => {
    const r = extract(
      "Denmark's Chief of Defence General Michael Wiggers Hyldgaard visited the troops.",
    );
    expect(r.triples).toContain("Michael Wiggers Hyldgaard -REPRESENTS-> Denmark");
  });

  it("a possessive further away is not the holder's state", () => {
    const r = extract("Denmark's new frigate was visited by Commodore Peter Andersen.");
    expect(r.triples.filter((t) => t.includes("REPRESENTS"))).toEqual([]);
  });

  it("offices only the United Kingdom has name it when the article does", () => {
    const r = extract(
      "The UK will send a frigate. First Sea Lord Admiral Sir Ben Key said the crew was ready. Armed Forces Minister Maria Eagle visited them.",
    );
    expect(r.names).toContain("Person:Ben Key");
    expect(r.triples).toContain("Ben Key -REPRESENTS-> United Kingdom");
    expect(r.triples).toContain("Maria Eagle -REPRESENTS-> United Kingdom");
  });

  it("without the United Kingdom in the article, a UK office names no state", () => {
    const r = extract("Armed Forces Minister Maria Eagle visited Estonia.");
    expect(r.triples.filter((t) => t.includes("REPRESENTS"))).toEqual([]);
  });
});

describe("named operations and units", () => {
  it("'Operation' and capitalised words name a mission the knowledge base does not list", () => {
    const r = extract(
      "The deployment, known as Operation Tamarisk, began in June. Canada leads Operation LENTUS in Quebec.",
    );
    expect(r.names).toContain("Mission:Operation Tamarisk");
    expect(r.names).toContain("Mission:Operation LENTUS");
    expect(r.triples).toContain("Canada -LEADS-> Operation LENTUS");
  });

  it("a title or a month after 'Operation' is no name", () => {
    const r = extract("Operation Commander Jan Peeters spoke. The Operation In June was short.");
    expect(r.names.filter((n) => n.startsWith("Mission:"))).toEqual([]);
  });

  it("a numbered battalion keeps its regiment, and the regiment's demonym is no state", () => {
    const r = extract(
      "Soldiers of the 2nd Battalion The Royal Gurkha Rifles and the 1st Battalion Royal Scots Borderers arrived with 40 Commando Royal Marines. The 3rd Battalion The Royal Welsh Fusiliers and the 1st Battalion Irish Guards followed.",
    );
    expect(r.names).toContain("Organisation:2nd Battalion The Royal Gurkha Rifles");
    expect(r.names).toContain("Organisation:1st Battalion Royal Scots Borderers");
    expect(r.names).toContain("Organisation:40 Commando Royal Marines");
    expect(r.names).toContain("Organisation:3rd Battalion The Royal Welsh Fusiliers");
    expect(r.names).toContain("Organisation:1st Battalion Irish Guards");
    expect(r.names).not.toContain("Country:Ireland");
  });

  it("a numbered battalion followed by a place or a day keeps its short name", () => {
    const r = extract("The 4th Battalion in Tapa rested. The 5th Battalion Monday moved.");
    expect(r.names).toContain("Organisation:4th Battalion");
    expect(r.names).toContain("Organisation:5th Battalion");
  });

  it("regiments and groups named by their role are units; the owner before them is no part", () => {
    const r = extract(
      "The King's Royal Hussars and the French Amphibious Ready Group trained with the Canadian Long Range Patrol Task Group.",
    );
    expect(r.names).toContain("Organisation:King's Royal Hussars");
    expect(r.names).toContain("Organisation:Amphibious Ready Group");
    expect(r.names).toContain("Organisation:Long Range Patrol Task Group");
  });

  it("a group without a military role word is no unit", () => {
    const r = extract("The Wagner Group and the Contact Group met.");
    expect(r.names).not.toContain("Organisation:Contact Group");
  });
});

describe("frames and knowledge: serving, working with, a mission's one state", () => {
  it("troops deployed 'to serve with' a mission are assigned to it", () => {
    const r = extract(
      "Around 150 Irish soldiers have deployed to Lebanon to serve with the United Nations mission UNIFIL.",
    );
    expect(r.triples).toContain("soldiers (Ireland) -ASSIGNED_TO-> UNIFIL");
    expect(r.triples).toContain("Ireland -PARTICIPATES_IN-> UNIFIL");
  });

  it("states that 'continue to work with' others cooperate with each", () => {
    const r = extract("Japan and South Korea will continue to work with Canada and New Zealand.");
    for (const [a, b] of [
      ["Canada", "Japan"],
      ["Canada", "South Korea"],
      ["New Zealand", "Japan"],
      ["New Zealand", "South Korea"],
    ])
      expect(r.cooperate(a!, b!)).toBe(true);
  });

  it("'work with' something else than a name states no cooperation", () => {
    const r = extract("Canada will work with urgency in Latvia.");
    expect(r.triples.filter((t) => t.includes("COOPERATES_WITH"))).toEqual([]);
  });

  it("a known mission of one state operates there when a sentence names both", () => {
    const r = extract(
      "Ireland sends troops to UNIFIL. Its soldiers patrol southern Lebanon for UNIFIL.",
    );
    expect(r.triples).toContain("UNIFIL -OPERATES_IN-> Lebanon");
  });

  it("a mission of several states, or a state named apart, gives no area", () => {
    const r = extract("The UK contributes to Operation Shader. Syria remains unstable.");
    expect(r.triples.filter((t) => t.includes("OPERATES_IN"))).toEqual([]);
    const r2 = extract("Ireland sends troops to UNIFIL. Lebanon held elections.");
    expect(r2.triples).not.toContain("UNIFIL -OPERATES_IN-> Lebanon");
  });
});

describe("clauses: conjunctions, relative pronouns, parts of an area", () => {
  it("'since/after X joined' makes X the subject of the clause", () => {
    const r = extract(
      "NATO welcomed the move. It was the first drill since Montenegro joined the Alliance. After North Macedonia formally joined NATO, troops came.",
    );
    expect(r.triples).toContain("Montenegro -MEMBER_OF-> NATO");
    expect(r.triples).toContain("North Macedonia -MEMBER_OF-> NATO");
  });

  it("a name after 'since' with no verb right after it stays a preposition's object", () => {
    const r = extract("Since Montenegro, the Alliance joined talks with Serbia.");
    expect(r.triples).not.toContain("Montenegro -MEMBER_OF-> NATO");
  });

  it("a relative pronoun's antecedent is the subject of the relative clause", () => {
    const r = extract(
      "Marines took part in Exercise Cold Response, which began on Monday in northern Norway and Sweden.",
    );
    expect(r.triples).toContain("Cold Response -LOCATED_IN-> Norway");
    expect(r.triples).toContain("Cold Response -LOCATED_IN-> Sweden");
  });

  it("a relative clause with a subject of its own does not take the antecedent", () => {
    const r = extract("NATO praised Operation Atlas Shield, which France supports in Mali.");
    expect(r.triples).not.toContain("Operation Atlas Shield -SUPPORTS-> Mali");
    expect(r.triples).toContain("France -SUPPORTS-> Mali");
  });
});

describe("exercises: who leads them and who takes part", () => {
  function extractTitled(title: string, body: string) {
    const out = extractor.extractDetailed({ title, body, language: "en" });
    return out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);
  }

  it("'the Danish-led exercise' is led by that state: the exercise named before", () => {
    const r = extract(
      "Troops trained in Exercise Brilliant Jump 2026. The Danish-led exercise ends today.",
    );
    expect(r.triples).toContain("Denmark -LEADS-> Brilliant Jump 2026");
  });

  it("a led exercise with no exercise named is led by nothing", () => {
    const r = extract("NATO met in Brussels. The Danish-led exercise ends today.");
    expect(r.triples.filter((t) => t.includes("LEADS"))).toEqual([]);
  });

  it("in an article about an exercise, a state sending forces takes part in it", () => {
    const triples = extractTitled(
      "Exercise Brilliant Jump 2026 tests NATO's rapid reaction",
      "Denmark deployed 300 soldiers to Lithuania. Estonia sent two patrol vessels.",
    );
    expect(triples).toContain("Denmark -PARTICIPATES_IN-> Brilliant Jump 2026");
    expect(triples).toContain("Estonia -PARTICIPATES_IN-> Brilliant Jump 2026");
  });

  it("forces sent for another named event or a beneficiary do not take part in the title's exercise", () => {
    const triples = extractTitled(
      "Exercise Brilliant Jump 2026 tests NATO's rapid reaction",
      "Denmark deployed 300 soldiers to Exercise Steadfast Defender 24. Estonia sent 50 soldiers to support Ukraine.",
    );
    expect(triples).not.toContain("Denmark -PARTICIPATES_IN-> Brilliant Jump 2026");
    expect(triples).not.toContain("Estonia -PARTICIPATES_IN-> Brilliant Jump 2026");
  });
});

describe("aid packages, titles before names, descriptions", () => {
  it("equipment of a package a state's department announces is that state's", () => {
    const r = extract(
      "The United States stands with Taiwan. The Department of Defense announced today a new package of security assistance for Taiwan. The package includes 30 Javelin missiles and 12 M113 armored personnel carriers.",
    );
    expect(r.triples).toContain("United States -PROVIDES-> Javelin (United States)");
    expect(r.triples).toContain("United States -PROVIDES-> M113 (United States)");
  });

  it("a package nobody is said to announce gives its equipment no owner", () => {
    const r = extract(
      "The United States stands with Taiwan. A package was discussed. The package includes 30 Javelin missiles.",
    );
    expect(r.triples.filter((t) => t.includes("PROVIDES"))).toEqual([]);
  });

  it("a capitalised office before a name is that person's, not the one before it", () => {
    const r = extract(
      "Austin met Polish Minister of Defence Piotr Nowak and Commander of the Joint Staff Gen. Adam Lis on Friday.",
    );
    expect(r.triples).not.toContain("Piotr Nowak -LEADS-> Joint Staff");
    expect(r.names.some((n) => n === "Person:Adam Lis")).toBe(true);
    expect(r.triples.some((t) => t.startsWith("Adam Lis -LEADS->"))).toBe(true);
  });

  it("an office in apposition after a name is still that name's", () => {
    const r = extract("Admiral Giuseppe Dragone, Chairman of the NATO Military Committee, spoke.");
    expect(r.triples).toContain("Giuseppe Dragone -LEADS-> NATO Military Committee");
  });

  it("'the coalition for …' after a named coalition is another coalition", () => {
    const r = extract(
      "Poland joined the Ukraine Defense Contact Group. Latvia and Sweden lead the coalition for demining.",
    );
    expect(r.triples).not.toContain("Latvia -LEADS-> Ukraine Defense Contact Group");
  });
});

describe("references and appositions", () => {
  it("'the task group' is the named group before it, not the last mission", () => {
    const r = extract(
      "The soldiers form the Mobile Reconnaissance Task Group. Belgium also supports Operation Barkhane. The task group is commanded by Lieutenant Colonel Pieter Claes.",
    );
    expect(r.triples).toContain("Pieter Claes -LEADS-> Mobile Reconnaissance Task Group");
    expect(r.triples).not.toContain("Pieter Claes -LEADS-> Operation Barkhane");
  });

  it("'the task force' with no named group before it is still the mission", () => {
    const r = extract(
      "Belgium supports Operation Barkhane. The task force is commanded by Colonel Pieter Claes.",
    );
    expect(r.triples).toContain("Pieter Claes -LEADS-> Operation Barkhane");
  });

  it("a named group referred to by its last words trains with a partner", () => {
    const r = extract(
      "The Italian Surface Action Group sailed. The action group will train with the Royal Australian Navy.",
    );
    expect(r.cooperate("Surface Action Group", "Royal Australian Navy")).toBe(true);
  });

  it("an apposition's short description belongs to the name it follows", () => {
    const r = extract(
      "The group is led by an officer of the King's Royal Hussars, a cavalry regiment based in Germany.",
    );
    expect(r.triples).toContain("King's Royal Hussars -LOCATED_IN-> Germany");
  });

  it("equipment sent to 'the French-led operation' supports no state", () => {
    const r = extract("Estonia sends 50 trucks to the French-led Operation Barkhane.");
    expect(r.triples).not.toContain("Estonia -SUPPORTS-> France");
    expect(r.triples).toContain("France -LEADS-> Operation Barkhane");
  });
});

describe("named units sent abroad are assets of their state", () => {
  it("units the personnel come from, and units a state sends, are that state's assets", () => {
    const r = extract(
      "About 250 Dutch soldiers from the 42nd Battalion Limburgse Jagers and the 13th Light Brigade have deployed to Lithuania to serve with NATO's Enhanced Forward Presence. Belgium sent the 1st Battalion Chasseurs Ardennais to Romania.",
    );
    expect(r.names).toContain("Asset:42nd Battalion Limburgse Jagers (Netherlands)");
    // The knowledge base knows the brigade: its canonical name names the asset.
    expect(r.names).toContain("Asset:13 Light Brigade (Netherlands)");
    expect(r.triples).toContain("Netherlands -PROVIDES-> 13 Light Brigade (Netherlands)");
    // Sent "to serve with" the mission: they serve in it.
    expect(r.triples).toContain(
      "13 Light Brigade (Netherlands) -ASSIGNED_TO-> Enhanced Forward Presence",
    );
    expect(r.triples).toContain("Belgium -PROVIDES-> 1st Battalion Chasseurs Ardennais (Belgium)");
  });

  it("a unit a sentence does not send, or a multinational formation, stays an organisation", () => {
    const r = extract(
      "The battlegroup serves with the Polish 12th Mechanized Division. Two U.S. soldiers from the Multinational Battle Group East reenlisted.",
    );
    expect(r.names).toContain("Organisation:12th Mechanized Division");
    expect(r.names.some((n) => n.startsWith("Asset:") && n.includes("Battle Group"))).toBe(false);
  });
});

describe("qualifiers, services and states after a city", () => {
  it("an organisation qualifying a noun of deploying is no object: 'leads the NATO deployment'", () => {
    const r = extract(
      "Hungary leads the NATO deployment in Croatia. Canada leads the NATO summit.",
    );
    expect(r.triples).not.toContain("Hungary -LEADS-> NATO");
    expect(r.triples).not.toContain("Canada -LEADS-> NATO");
  });

  it("a state after a city and a comma stays a state of its own", () => {
    const r = extract("Talks were held in Cairo, Egypt and Rome. Envoys met in Kyiv, Ukraine.");
    expect(r.names).toContain("Country:Egypt");
    expect(r.names).toContain("Country:Ukraine");
    expect(r.triples).toContain("Kyiv -LOCATED_IN-> Ukraine");
  });

  it("'Navy of <state>', 'Air Force of <state>' name that state's service", () => {
    const r = extract(
      "Japan welcomed the visit. Tokyo announced new funding for the Air Force of Zimbabwe and the Navy of Chile.",
    );
    expect(r.names).toContain("Organisation:Air Force of Zimbabwe");
    expect(r.names).toContain("Organisation:Navy of Chile");
    expect(r.names).toContain("Country:Zimbabwe");
  });

  it("an office holder announcing financing for a force: the state supports it", () => {
    const r = extract(
      "The United States stands ready. Secretary of Defense Pete Hegseth announced $100 million in financing for the Air Force of Zimbabwe.",
    );
    expect(r.triples).toContain("United States -SUPPORTS-> Air Force of Zimbabwe");
  });

  it("'Navy of' something that is no state is no service", () => {
    const r = extract("The Navy of the Future conference opened.");
    expect(r.names.filter((n) => n.includes("Navy of"))).toEqual([]);
  });
});

describe("names inside equipment models", () => {
  it("an organisation's acronym inside a model's name is no organisation", () => {
    const r = extract("Hungary sent four JAS 39 Gripen fighters to Lithuania.");
    expect(r.names).not.toContain("Organisation:Boko Haram");
    expect(r.names.some((n) => n.startsWith("Asset:Gripen"))).toBe(true);
  });

  it("the acronym alone is still the organisation", () => {
    const r = extract("Troops fought JAS near Lake Chad.");
    expect(r.names).toContain("Organisation:Boko Haram");
  });
});

describe("envoys and special representatives", () => {
  it("a special representative in apposition is a person who represents the organisation", () => {
    const r = extract(
      "UNMISS is led by Nicholas Haysom, Special Representative of the UN Secretary-General for South Sudan.",
    );
    expect(r.names).toContain("Person:Nicholas Haysom");
    expect(r.triples).toContain("Nicholas Haysom -LEADS-> UNMISS");
  });

  it("an envoy titled by an organisation represents it", () => {
    const r = extract("UN Special Envoy Ismail Ould Cheikh Ahmed visited Aden.");
    expect(r.triples).toContain("Ismail Ould Cheikh Ahmed -REPRESENTS-> United Nations");
  });
});

describe("an office before a command's name", () => {
  it("'Commander of Allied Maritime Command X': the office is no part of the name, X leads it", () => {
    const r = extract("Commander of Allied Maritime Command Vice Admiral Mike Utley spoke.");
    expect(r.names).toContain("Organisation:Allied Maritime Command");
    expect(r.names.some((n) => n.includes("Commander of"))).toBe(false);
    expect(r.triples).toContain("Mike Utley -LEADS-> Allied Maritime Command");
  });
});
