import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

/**
 * Who leads what (relations/leaders.ts and the passive frames): constructions of defence news in
 * both languages, with names not taken from the articles they were found on.
 */
const en = (body: string, title = "News") => extractShipped(body, "en", title);
const nl = (body: string, title = "Bericht") => extractShipped(body, "nl", title);

describe("an office named before its holder", () => {
  it("'The Commander of X, Lt. Gen. Y' leads X", () => {
    const r = en("The Commander of Allied Land Command, Lt. Gen. Roger Cloutier, visited Tapa.");
    expect(r.triples).toContain("Roger Cloutier -LEADS-> Allied Land Command");
  });

  it("'The Commander of X, Royal Navy Commodore Y': the holder's service before the rank", () => {
    const r = en(
      "The Commander of Standing NATO Mine Countermeasures Group 1, Royal Navy Commodore Anna Fielding, will sail in HMS Kent.",
    );
    expect(r.triples).toContain(
      "Anna Fielding -LEADS-> Standing NATO Mine Countermeasures Group 1",
    );
    const us = en(
      "The commander of Allied Land Command, U.S. Army Lt. Gen. Paul Brand, visited Tapa.",
    );
    expect(us.triples).toContain("Paul Brand -LEADS-> Allied Land Command");
  });

  it("an organisation after the office that is not the holder's service leads to nobody", () => {
    const r = en(
      "The Commander of Allied Land Command, NATO and the European Union met Gen. Paul Brand in Tapa.",
    );
    expect(r.triples).not.toContain("Paul Brand -LEADS-> Allied Land Command");
  });

  it("'X's commander, Maj. Gen. Y' leads X", () => {
    const r = en("Allied Air Command's commander, Maj. Gen. Tom Fields, met the crews.");
    expect(r.triples).toContain("Tom Fields -LEADS-> Allied Air Command");
  });

  it("'de commandant van de X, generaal-majoor Y' leidt X", () => {
    const r = nl("De commandant van de 1. Panzerdivision, generaal-majoor Hans Müller, sprak.");
    expect(r.triples).toContain("Hans Müller -LEADS-> 1st Panzer Division");
  });

  it("'Frontex-directeur X' and 'Frontex Director X' lead Frontex", () => {
    expect(nl("Frontex-directeur Hans Leijtens bezocht Warschau.").triples).toContain(
      "Hans Leijtens -LEADS-> Frontex",
    );
    expect(en("Frontex Director Hans Leijtens visited Warsaw.").triples).toContain(
      "Hans Leijtens -LEADS-> Frontex",
    );
  });

  it("a person after the office and a conjunction is someone else", () => {
    const r = en(
      "Gen. Anna Berg, commander of Allied Land Command, and Lt. Gen. Roger Cloutier spoke.",
    );
    expect(r.triples).not.toContain("Roger Cloutier -LEADS-> Allied Land Command");
  });
});

describe("an abbreviated rank between a passive of commanding and the leader", () => {
  it("'is commanded by Lt. Gen. X'", () => {
    const r = en("The Defense Logistics Agency is commanded by Lt. Gen. Bob Smith.");
    expect(r.triples).toContain("Bob Smith -LEADS-> Defense Logistics Agency");
  });

  it("'under the command of Canadian Col. X': the nationality qualifies the leader", () => {
    const r = en(
      "The Multinational Brigade Latvia is under the command of Canadian Col. Dan Ross.",
    );
    expect(r.triples).toContain("Dan Ross -LEADS-> Multinational Brigade Latvia");
    expect(r.triples).not.toContain("Canada -LEADS-> Multinational Brigade Latvia");
  });
});

describe("a command stated of a description or a pronoun", () => {
  it("'The brigade … under the command of Col. X': the brigade named before", () => {
    const r = en(
      "The 2nd Multinational Brigade arrived in Poland. The brigade brings together troops from Denmark, Spain and Czechia, under the command of Canadian Colonel Dan Ross.",
    );
    expect(r.triples).toContain("Dan Ross -LEADS-> 2nd Multinational Brigade");
  });

  it("'Sinds maart staat het onder bevel van …': what the sentence before is about", () => {
    const r = nl(
      "De Standing NATO Maritime Group 1 vaart in de Noordzee. Sinds maart staat het onder bevel van de Noorse kapitein-ter-zee Lars Berg.",
    );
    expect(r.triples).toContain("Lars Berg -LEADS-> Standing NATO Maritime Group 1");
  });

  it("a pronoun after a sentence not opened by a name leads nothing", () => {
    const r = en(
      "The Italian detachment is drawn from the 4th Wing at Grosseto. It is commanded by Lieutenant Colonel Marco Conti.",
    );
    expect(r.relations.filter((x) => x.type === "LEADS" && x.source === "Marco Conti")).toEqual([]);
  });
});

describe("an exercise's director", () => {
  it("'X, de oefeningsleider' leads the one exercise the article named", () => {
    const r = nl(
      'De oefening Brilliant Jump 2025 begon maandag. "Het gaat goed", zegt luitenant-kolonel Piet de Boer, de oefeningsleider.',
    );
    expect(r.triples).toContain("Piet de Boer -LEADS-> Brilliant Jump 2025");
  });

  it("a person the director speaks of is no director", () => {
    const r = nl(
      "De oefening Brilliant Jump 2025 begon maandag. De oefeningsleider prees luitenant-kolonel Piet de Boer.",
    );
    expect(r.relations.filter((x) => x.type === "LEADS" && x.source === "Piet de Boer")).toEqual(
      [],
    );
  });
});

describe("an office with its state, closed by a comma before the holder", () => {
  it("'de Poolse minister van Binnenlandse Zaken, X' represents Poland", () => {
    const r = nl("Hij sprak met de Poolse minister van Binnenlandse Zaken, Tomasz Siemoniak.");
    expect(r.triples).toContain("Tomasz Siemoniak -REPRESENTS-> Poland");
  });

  it("'de Franse stafchef van de luchtmacht, generaal X' represents France", () => {
    const r = nl("Hij sprak met de Franse stafchef van de luchtmacht, generaal Stéphane Mille.");
    expect(r.triples).toContain("Stéphane Mille -REPRESENTS-> France");
  });

  it("a service before the comma is the office's complement: the state further left", () => {
    const r = nl(
      "Zij sprak met de Duitse inspecteur van de Luftwaffe, luitenant-generaal Karl Brandt.",
    );
    expect(r.triples).toContain("Karl Brandt -REPRESENTS-> Germany");
  });

  it("'Sweden's Supreme Commander, General X': the office is no person, its holder represents", () => {
    const r = en("Finland's Supreme Commander, General Janne Kuusela, attended the meeting.");
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual(["Person:Janne Kuusela"]);
    expect(r.triples).toContain("Janne Kuusela -REPRESENTS-> Finland");
  });

  it("a state without an office before the comma is represented by nobody", () => {
    const r = en("Troops from Poland, Gen. Tom Reed said, arrived in Tapa.");
    expect(r.triples).not.toContain("Tom Reed -REPRESENTS-> Poland");
  });

  it("a surname after an office and a comma, then 'said', is the speaker, not the holder", () => {
    const r = en(
      "Capt. Anna Hill spoke. The aid depends on a decision by the next Afghan president, Hill said.",
    );
    expect(r.triples).not.toContain("Anna Hill -REPRESENTS-> Afghanistan");
  });
});

describe("a known person after a title with a longer portfolio", () => {
  it("'Minister for Defence Industry Pat Conroy': the portfolio is no part of the name", () => {
    const r = en("Australian Minister for Defence Industry Pat Conroy opened the yard.");
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual(["Person:Pat Conroy"]);
    expect(r.relation("Pat Conroy -REPRESENTS-> Australia")?.properties?.role).toBe(
      "Minister for Defence Industry",
    );
  });
});

describe("deputies and general offices", () => {
  it("'commanding general of X' leads X", () => {
    const r = en(
      "Maj. Gen. Roy Ames, commanding general of III Marine Expeditionary Force, spoke.",
    );
    expect(r.triples).toContain("Roy Ames -LEADS-> III Marine Expeditionary Force");
  });

  it("a deputy commander leads nothing, in apposition or before the name", () => {
    const r = en(
      "Brig. Gen. Ann Cole, deputy commander of Allied Land Command, spoke. The Deputy Commander of Allied Air Command, Maj. Gen. Tim Cole, spoke.",
    );
    expect(r.relations.filter((x) => x.type === "LEADS")).toEqual([]);
    const d = nl(
      "Brigadegeneraal Ann Cole, plaatsvervangend commandant van de 1. Panzerdivision, sprak.",
    );
    expect(d.relations.filter((x) => x.type === "LEADS")).toEqual([]);
  });
});

describe("a participle of leading after a comma", () => {
  it("'… to the X, led by Canada' describes the name right before the comma", () => {
    const r = en("Norway will send a company to the Multinational Brigade Latvia, led by Canada.");
    expect(r.triples).toContain("Canada -LEADS-> Multinational Brigade Latvia");
  });

  it("without the comma, a name governed by a preposition is not what is led", () => {
    const r = en("Norway sent a company to the Multinational Brigade Latvia led by Canada.");
    expect(r.triples).not.toContain("Norway -LEADS-> Multinational Brigade Latvia");
  });
});

describe("office holders in the knowledge base", () => {
  it("a Japanese name in either order and the surname later are one person", () => {
    const r = en(
      "Japanese Minister of Defense Nakatani Gen met the Australian delegation in Tokyo. Minister Nakatani said the talks went well.",
    );
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual(["Person:Gen Nakatani"]);
  });

  it("commanders of major commands are known without a title", () => {
    const r = en("Xavier Brunson and Laura Richardson spoke at the Pentagon.");
    expect(r.names).toContain("Person:Xavier Brunson");
    expect(r.names).toContain("Person:Laura Richardson");
  });
});

describe("a body referred to later, led by states", () => {
  it("'De contactgroep wordt voorgezeten door A en B': the contact group named before", () => {
    const r = nl(
      "Tijdens een bijeenkomst van de Ukraine Defense Contact Group sprak de minister. De voertuigen komen uit Zweden. De contactgroep wordt sinds dit jaar voorgezeten door Frankrijk en Italië.",
    );
    expect(r.triples).toContain("France -LEADS-> Ukraine Defense Contact Group");
    expect(r.triples).toContain("Italy -LEADS-> Ukraine Defense Contact Group");
  });

  it("'de groep' with no group named before leads to nothing", () => {
    const r = nl("De NAVO stuurt schepen. De groep wordt geleid door Frankrijk.");
    expect(r.triples).not.toContain("France -LEADS-> NATO");
  });
});

describe("an office named before its holder is", () => {
  it("'The Commander of X visited … . Commodore Y and members … visited': Y leads X", () => {
    const r = en(
      "The Commander of the Royal Bahrain Naval Force visited the carrier in the Arabian Gulf. Commodore Khalid Al Mansoori and members of his staff toured the ship.",
    );
    expect(r.triples).toContain("Khalid Al Mansoori -LEADS-> Royal Bahrain Naval Force");
  });

  it("without a rank before the next sentence's name, nobody is said to hold it", () => {
    const r = en(
      "The Commander of the Royal Bahrain Naval Force visited the carrier. Khalid Al Mansoori, a reporter, wrote about it.",
    );
    expect(r.relations.filter((x) => x.type === "LEADS")).toEqual([]);
  });
});

describe("who chairs a body's meeting", () => {
  it("'X will chair the next meeting of the Y' leads Y", () => {
    const r = en(
      "Defence Secretary John Healey arrived in Brussels. Healey will chair the next meeting of the Ukraine Defense Contact Group on Friday.",
    );
    expect(r.triples).toContain("John Healey -LEADS-> Ukraine Defense Contact Group");
  });

  it("attending a body's meeting is no chairing", () => {
    const r = en(
      "Defence Secretary John Healey will attend the next meeting of the Ukraine Defense Contact Group.",
    );
    expect(r.triples).not.toContain("John Healey -LEADS-> Ukraine Defense Contact Group");
  });
});

describe("more offices", () => {
  it("'the new commander of X' and 'de nieuwe commandant van X' lead X", () => {
    expect(
      en("Lt. Gen. Paul Kim, the new commander of U.S. Army Europe and Africa, arrived.").triples,
    ).toContain("Paul Kim -LEADS-> U.S. Army Europe and Africa");
    expect(
      nl("Luitenant-generaal Jan Smit, de nieuwe commandant van de Koninklijke Landmacht, sprak.")
        .triples,
    ).toContain("Jan Smit -LEADS-> Royal Netherlands Army");
  });

  it("'Commandant van de X is brigadegeneraal Y': a copula closes the office", () => {
    const r = nl("Commandant van de 11 Luchtmobiele Brigade is brigadegeneraal Jan Bos.");
    expect(r.triples).toContain("Jan Bos -LEADS-> 11 Airmobile Brigade");
  });

  it("'Ukraine's commander-in-chief, General X' represents Ukraine", () => {
    const r = en("Ukraine's commander-in-chief, General Petro Bondar, spoke in Kyiv.");
    expect(r.triples).toContain("Petro Bondar -REPRESENTS-> Ukraine");
  });
});

describe("coordinating and co-leading", () => {
  it("'X, the regional surveillance operation coordinated by Y': Y leads X", () => {
    const r = en(
      "The patrol was part of Operation Tidewater, the regional surveillance operation coordinated by the Pacific Islands Forum Fisheries Agency.",
    );
    expect(r.triples).toContain(
      "Pacific Islands Forum Fisheries Agency -LEADS-> Operation Tidewater",
    );
  });

  it("'A co-leads X with B': both lead X", () => {
    const r = en("Denmark co-leads the Maritime Capability Coalition with Latvia.");
    expect(r.triples).toContain("Denmark -LEADS-> Maritime Capability Coalition");
    expect(r.triples).toContain("Latvia -LEADS-> Maritime Capability Coalition");
  });

  it("'A leads X with B' (no co-) says nothing of B", () => {
    const r = en("Denmark leads the Maritime Capability Coalition with Latvian support.");
    expect(r.triples).not.toContain("Latvia -LEADS-> Maritime Capability Coalition");
  });
});

describe("royals in the knowledge base", () => {
  it("'Crown Princess Victoria' and 'Prince William' are persons; a ship named after a prince is not", () => {
    const r = en(
      "Crown Princess Victoria and Prince William visited Tapa. HMS Prince of Wales sailed from Portsmouth.",
    );
    expect(r.names).toContain("Person:Crown Princess Victoria");
    expect(r.names).toContain("Person:William, Prince of Wales");
    expect(r.names.filter((n) => n.startsWith("Person:"))).toHaveLength(2);
  });
});

describe("NATO's style, handovers and fronted leaders", () => {
  it("'Adm. X, Commander Allied Maritime Command,': the office is no part of the name", () => {
    const r = en("Adm. Tom Hale, Commander Allied Maritime Command, spoke in Northwood.");
    expect(r.names).toContain("Organisation:Allied Maritime Command");
    expect(r.triples).toContain("Tom Hale -LEADS-> Allied Maritime Command");
  });

  it("'A handed over command of X to B': both led it", () => {
    const r = en(
      "Rear Adm. Ed Park handed over command of Combined Task Force 151 to Rear Adm. Jo Kim.",
    );
    expect(r.triples).toContain("Jo Kim -LEADS-> Combined Task Force 151");
    expect(r.triples).toContain("Ed Park -LEADS-> Combined Task Force 151");
  });

  it("'droeg het commando over X over aan B': B leidt X", () => {
    const r = nl(
      "Kapitein-ter-zee Jan de Wit droeg het commando over de Standing NATO Maritime Group 1 over aan kapitein-ter-zee Piet Bos.",
    );
    expect(r.triples).toContain("Piet Bos -LEADS-> Standing NATO Maritime Group 1");
  });

  it("a fronted leader leads what follows: 'Under the leadership of …', 'Onder leiding van …'", () => {
    expect(
      en("Under the leadership of Gen. Ann Cole, the Allied Land Command trained.").triples,
    ).toContain("Ann Cole -LEADS-> Allied Land Command");
    expect(
      nl("Onder leiding van generaal-majoor Kees Smit oefent de 1. Panzerdivision in Polen.")
        .triples,
    ).toContain("Kees Smit -LEADS-> 1st Panzer Division");
  });
});

describe("a unit's commander with the state's adjective", () => {
  it("'The Dutch detachment commander, Lieutenant Colonel X' represents the Netherlands", () => {
    const r = en(
      "The Netherlands sent four F-35s to Poland. The Dutch detachment commander, Lieutenant Colonel Kees Jansen, said the jets were ready.",
    );
    expect(r.triples).toContain("Kees Jansen -REPRESENTS-> Netherlands");
  });

  it("'De Nederlandse detachementscommandant, luitenant-kolonel X' vertegenwoordigt Nederland", () => {
    const r = nl(
      "Nederland stuurt vier F-35's naar Polen. De Nederlandse detachementscommandant, luitenant-kolonel Kees Jansen, is tevreden.",
    );
    expect(r.triples).toContain("Kees Jansen -REPRESENTS-> Netherlands");
  });
});

describe("a description after a verb of leading", () => {
  it("'X, which leads the programme': the article's mission", () => {
    const r = en(
      "Operation Orbital trains Ukrainian recruits in Canada. The training is delivered by soldiers of the 3rd Canadian Division, which leads the programme.",
    );
    expect(r.triples).toContain("3rd Canadian Division -LEADS-> Operation Orbital");
  });

  it("'Norway, which leads the brigade' with no brigade named: nothing", () => {
    const r = en("NATO sent troops. Norway, which leads the brigade, sent 200 soldiers.");
    expect(r.relations.filter((x) => x.type === "LEADS" && x.source === "Norway")).toEqual([]);
  });
});

describe("appointments", () => {
  it("'is the new commander of', 'was appointed commander of' lead", () => {
    const r = en(
      "Maj. Gen. Kees Smit is the new commander of the 1st Armored Division. Col. Piet Vos was appointed commander of Allied Land Command.",
    );
    expect(r.triples).toContain("Kees Smit -LEADS-> 1st Armored Division");
    expect(r.triples).toContain("Piet Vos -LEADS-> Allied Land Command");
  });

  it("'is de nieuwe commandant van', 'is benoemd tot commandant van' leiden", () => {
    const r = nl(
      "Brigadegeneraal Kees Smit is de nieuwe commandant van de 13 Lichte Brigade. Kolonel Piet Vos is benoemd tot commandant van het Korps Mariniers.",
    );
    expect(r.triples).toContain("Kees Smit -LEADS-> 13 Light Brigade");
    expect(r.triples).toContain("Piet Vos -LEADS-> Netherlands Marine Corps");
  });
});
