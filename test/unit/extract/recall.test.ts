import { describe, expect, it } from "vitest";
import type { Language } from "../../../src/domain/vocabulary.ts";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

const extractor = shippedExtractor();
const extract = extractShipped;

// Sentences written for these tests (other ships, states and missions than the dev articles), so
// each proves the general construction, not one article.

describe("recall: ships and contingents working together", () => {
  it("a ship exercising with a ship introduced by its class noun cooperates with it", () => {
    const r = extract(
      "The HMCS Halifax sailed from Halifax. The HMCS Halifax held a gunnery exercise with the guided-missile destroyer USS Arleigh Burke (DDG 51) and FS Aquitaine.",
      "en",
    );
    expect(r.cooperate("HMCS Halifax (Canada)", "USS Arleigh Burke (United States)")).toBe(true);
    // The bracketed hull number does not break the list.
    expect(r.cooperate("HMCS Halifax (Canada)", "FS Aquitaine (France)")).toBe(true);
  });

  it("a ship exercising with a state takes part in something; it does not cooperate with the state", () => {
    const r = extract("HMS Kent joined an exercise with Norway and Denmark.", "en");
    expect(r.triples.filter((t) => t.includes("COOPERATES_WITH"))).toEqual([]);
  });

  it("'TR' after 'USS Theodore Roosevelt' is the ship: a name's initials in capitals", () => {
    const r = extract(
      "Sailors of USS George Washington met the crew. Later HMAS Anzac exercised with GW.",
      "en",
    );
    expect(r.entity("USS George Washington (United States)")?.aliases).toContain("GW");
    expect(r.cooperate("HMAS Anzac (Australia)", "USS George Washington (United States)")).toBe(
      true,
    );
  });

  it("'het Nederlandse fregat' is the Dutch ship named before, 'het Spaanse fregat' is not", () => {
    const r = extract(
      "Zr.Ms. Tromp vertrok uit Den Helder. In de Noordzee werkt het Nederlandse fregat samen met een fregat van Spanje.",
      "nl",
    );
    expect(r.cooperate("HNLMS Tromp", "frigates (Spain)")).toBe(true);
    const other = extract(
      "Zr.Ms. Tromp vertrok uit Den Helder. Het Spaanse fregat vaart naar Rota.",
      "nl",
    );
    expect(other.triples.some((t) => t.startsWith("HNLMS Tromp -OPERATES_IN"))).toBe(false);
  });
});

describe("recall: assets in a mission referred to by a description", () => {
  it("'binnen deze door X geleide missie' assigns the sentence's assets to the mission just named", () => {
    const r = extract(
      "Het kabinet noemt de missie officieel Operation Sea Guardian. Binnen deze door de NAVO geleide missie werkt Zr.Ms. Tromp samen met een fregat van Spanje.",
      "nl",
    );
    expect(r.triples).toContain("HNLMS Tromp -ASSIGNED_TO-> Operation Sea Guardian");
    expect(r.triples).toContain("frigates (Spain) -ASSIGNED_TO-> Operation Sea Guardian");
    expect(r.triples).toContain("Spain -PARTICIPATES_IN-> Operation Sea Guardian");
  });

  it("a later reference to a named ship in such a sentence is assigned too", () => {
    const r = extract(
      "Zr.Ms. Tromp vertrok vandaag. De missie heet Operation Sea Guardian. Binnen deze door de NAVO geleide missie vaart het Nederlandse fregat samen met een fregat van Spanje.",
      "nl",
    );
    expect(r.triples).toContain("HNLMS Tromp -ASSIGNED_TO-> Operation Sea Guardian");
    expect(r.triples).toContain("Netherlands -PARTICIPATES_IN-> Operation Sea Guardian");
  });
});

describe("recall: personnel and where they are", () => {
  it("personnel of a state who train or advise are deployed; the trainees are not", () => {
    const r = extract(
      "Sinds maart trainden en begeleidden Belgische special forces een Nigerese eenheid in Niamey.",
      "nl",
    );
    expect(r.triples).toContain("Belgium -PROVIDES-> special forces (Belgium)");
    const en = extract("Norwegian instructors train Lithuanian recruits near Rukla.", "en");
    expect(en.triples).toContain("Norway -PROVIDES-> trainers (Norway)");
    // Subject before the verb: the personnel after it are being trained.
    const trainees = extract("Denemarken traint Oekraïense militairen in Jutland.", "nl");
    expect(trainees.names.some((n) => n.startsWith("Asset:"))).toBe(false);
  });

  it("'de Belgen' after a Belgian contingent is that contingent, stationed where the sentence says", () => {
    const r = extract(
      "België levert 150 militairen aan de NAVO-missie. De Belgen worden deze zomer gelegerd op een militaire basis in Kaunas.",
      "nl",
    );
    expect(r.triples).toContain("military personnel (Belgium) -LOCATED_IN-> Kaunas");
    expect(r.triples.some((t) => t.startsWith("Belgium -LOCATED_IN"))).toBe(false);
  });

  it("a place typed by a noun keeps its preposition: 'bij de stad X … gestationeerd'", () => {
    const r = extract(
      "Spanje stuurt 90 militairen naar Letland. De militairen waren bij de stad Riga gestationeerd.",
      "nl",
    );
    expect(r.triples).toContain("military personnel (Spain) -LOCATED_IN-> Riga");
  });
});

describe("recall: aid packages", () => {
  it("equipment listed in one state's package, and in sentences that continue it, is that state's", () => {
    const r = extract(
      "Minister Brekelmans presented the latest tranche of aid. This includes Leopard 2 tanks and more. Included in the Dutch package are 40,000 rounds of 155 mm artillery shells and 300 120 mm mortar rounds. The package also delivers 10 ammunition support vehicles.",
      "en",
    );
    expect(r.triples).toContain("Netherlands -PROVIDES-> 155 mm artillery shells (Netherlands)");
    expect(r.triples).toContain("Netherlands -PROVIDES-> 120 mm mortar rounds (Netherlands)");
    expect(r.triples).toContain("Netherlands -PROVIDES-> support vehicles (Netherlands)");
    expect(r.triples.some((t) => /^Netherlands -PROVIDES-> Leopard 2/.test(t))).toBe(true);
  });

  it("two states' packages leave unowned equipment unowned", () => {
    const r = extract(
      "The German package and the French package were announced. The package includes 20 howitzers.",
      "en",
    );
    expect(r.names.some((n) => n.startsWith("Asset:"))).toBe(false);
  });

  it("calibres name different ammunition", () => {
    const r = extract(
      "Included in the Canadian package are 5,000 155 mm artillery rounds and 2,000 105 mm artillery rounds.",
      "en",
    );
    expect(r.names).toContain("Asset:155 mm artillery shells (Canada)");
    expect(r.names).toContain("Asset:105 mm artillery shells (Canada)");
  });
});

describe("recall: offices, meetings and operations", () => {
  it("'X, the KFOR commander' and 'Y, the Cold Response exercise director' lead what they name", () => {
    const r = extract(
      "Maj. Gen. Ferenc Kajari, the KFOR commander, visited Pristina. Brig. Gen. Anna Berg, the Cold Response exercise director, welcomed the guests.",
      "en",
    );
    expect(r.triples).toContain("Ferenc Kajari -LEADS-> KFOR");
    expect(r.triples.some((t) => t.startsWith("Anna Berg -LEADS-> Cold Response"))).toBe(true);
    // A state before the noun is whom the commander represents, not what they lead.
    const state = extract("Gen. Tod Wolters, the U.S. commander, spoke.", "en");
    expect(state.triples.some((t) => t.includes("-LEADS->"))).toBe(false);
  });

  it("standing in for someone at a meeting is taking part in it", () => {
    const r = extract(
      "Ministers meet at the NATO Defence Ministers Meeting in Brussels. Ambassador Julianne Smith will represent the secretary at the ministerial.",
      "en",
    );
    expect(r.triples).toContain("Julianne Smith -PARTICIPATES_IN-> NATO Defence Ministers Meeting");
  });

  it("an operation of an organisation in an area: the organisation operates there", () => {
    const r = extract(
      "Een patrouille van de Koninklijke Marine in de Noordzee leverde niets op.",
      "nl",
    );
    expect(r.triples).toContain("Royal Netherlands Navy -OPERATES_IN-> North Sea");
  });

  it("equipment 'van' an organisation is its contribution when no article makes it a possession", () => {
    const r = extract(
      "Patrouillevliegtuigen van de Amerikaanse kustwacht en de Amerikaanse ‘Customs and Border Protection’ zagen een schip.",
      "nl",
    );
    // Named by the state whose agency it is (the gold's convention), provided by the agency.
    expect(r.triples).toContain(
      "U.S. Coast Guard -PROVIDES-> maritime patrol aircraft (United States)",
    );
    expect(
      r.triples.some((t) => t.startsWith("U.S. Customs and Border Protection -PROVIDES->")),
    ).toBe(true);
    const owned = extract("De marine vervangt de voertuigen van het Korps Mariniers.", "nl");
    expect(owned.names.some((n) => n.startsWith("Asset:"))).toBe(false);
  });

  it("the Caribbean region and the Caribbean Sea are two places", () => {
    const r = extract(
      "Het schip is actief in het Caribisch gebied en patrouilleert op de Caribische Zee.",
      "nl",
    );
    expect(r.names).toContain("Location:Caribbean");
    expect(r.names).toContain("Location:Caribbean Sea");
  });
});

describe("recall: what the article's mission does", () => {
  function extractTitled(title: string, body: string, language: Language) {
    const out = extractor.extractDetailed({ title, body, language });
    return out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);
  }

  it("'Doel van de operatie was het opbouwen van het Afghaanse leger': the mission builds it up", () => {
    const triples = extractTitled(
      "Bijdrage aan Resolute Support",
      "Resolute Support begon in 2015. Doel van de operatie was het opbouwen van de Afghaanse politie.",
      "nl",
    );
    expect(triples).toContain("Resolute Support Mission -SUPPORTS-> Afghan National Police");
  });

  it("deterring a state is acting against it; without a subject the article's mission deters", () => {
    const nl = extractTitled(
      "Bijdrage aan enhanced Forward Presence",
      "Duitsland neemt deel aan de enhanced Forward Presence in Litouwen. De aanwezigheid is bedoeld om de inwoners van Estland gerust te stellen en Rusland af te schrikken.",
      "nl",
    );
    expect(nl).toContain("Enhanced Forward Presence -OPPOSES-> Russia");
    expect(nl.some((t) => t.includes("Estonia -OPPOSES"))).toBe(false);
    const en = extractTitled("Allies meet", "NATO is determined to deter Russia.", "en");
    expect(en).toContain("NATO -OPPOSES-> Russia");
  });
});

describe("recall: knowledge the names carry", () => {
  it("a mission named 'in' a place operates there when the article names the place", () => {
    const r = extract(
      "Nederland draagt bij aan de European Union Training Mission in Mali. Mali is groot.",
      "nl",
    );
    expect(r.triples).toContain("EUTM Mali -OPERATES_IN-> Mali");
  });

  it("'the Kingdom of Bahrain' is Bahrain, so 'the partnership between' it and a navy cooperates", () => {
    const r = extract(
      "The partnership between the Kingdom of Norway and the U.S. Navy has lasted decades.",
      "en",
    );
    expect(r.cooperate("Norway", "U.S. Navy")).toBe(true);
  });
});

describe("recall: aggression and possession", () => {
  it("'de verdediging van X tegen de Russische agressie': the aggressor opposes the defended", () => {
    const r = extract(
      "Het is een stap in de verdediging van Moldavië tegen de Russische agressie.",
      "nl",
    );
    expect(r.triples).toContain("Russia -OPPOSES-> Moldova");
    const en = extract("Allies are defending Latvia against a Russian attack.", "en");
    expect(en.triples).toContain("Russia -OPPOSES-> Latvia");
    // A nationality without a noun of aggression is no aggressor.
    const calm = extract("De verdediging van Estland tegen de Finse kritiek.", "nl");
    expect(calm.triples.some((t) => t.includes("-OPPOSES->"))).toBe(false);
  });

  it("a force that 'beschikt over' equipment owns it; a compound's name is no owner", () => {
    const r = extract(
      "De Poolse luchtmacht beschikt sinds kort over F-35's. Als NAVO-bondgenoot wil het land de toestellen inzetten.",
      "nl",
    );
    expect(r.triples).toContain("Poland -PROVIDES-> F-35 (Poland)");
    expect(r.triples.some((t) => t.startsWith("NATO -PROVIDES->"))).toBe(false);
  });
});

describe("recall: kinds of contributions", () => {
  it("'militaire en civiele experts' are two contingents: military advisers and civilian experts", () => {
    const r = extract(
      "België blijft actief in de NAVO-missie in Irak met een bijdrage van 12 militaire en civiele experts.",
      "nl",
    );
    expect(r.triples).toContain("Belgium -PROVIDES-> military advisers (Belgium)");
    expect(r.triples).toContain("Belgium -PROVIDES-> civilian experts (Belgium)");
    // "militaire adviseurs en trainers" is still one contingent.
    const one = extract("Denemarken stuurt 8 militaire adviseurs en trainers naar Irak.", "nl");
    expect(one.names.filter((n) => n.startsWith("Asset:"))).toHaveLength(1);
  });

  it("transport units and engineer teams are kinds of units", () => {
    const r = extract(
      "Noorwegen leverde 100 militairen. Het ging om:\n\n• een transporteenheid;\n• een genietaakteam;\n",
      "nl",
    );
    expect(r.triples).toContain("Norway -PROVIDES-> transport unit (Norway)");
    expect(r.triples).toContain("Norway -PROVIDES-> engineer task team (Norway)");
  });
});

describe("recall: where bodies sit", () => {
  it("a ministry or command followed by 'in' a town is located there; an alliance is not", () => {
    const r = extract(
      "Experts adviseren het Iraakse ministerie van Defensie in Bagdad. De NAVO in Vilnius besloot.",
      "nl",
    );
    expect(r.triples).toContain("Iraqi Ministry of Defence -LOCATED_IN-> Baghdad");
    expect(r.triples.some((t) => t.startsWith("NATO -LOCATED_IN"))).toBe(false);
  });
});

describe("recall: the country and its alliance", () => {
  it("'het land' is the one state named just before; with two states it is none", () => {
    const r = extract(
      "De Bulgaarse marine beschikt over fregatten. Als NAVO-bondgenoot wil het land de schepen inzetten.",
      "nl",
    );
    expect(r.triples).toContain("Bulgaria -MEMBER_OF-> NATO");
    const two = extract(
      "Bulgarije en Griekenland oefenen samen. Als NAVO-bondgenoot wil het land meer doen.",
      "nl",
    );
    expect(two.triples.some((t) => t.includes("-MEMBER_OF->"))).toBe(false);
  });

  it("'As a NATO ally, Poland will …': the subject after the opening phrase is the member", () => {
    const r = extract("As a NATO ally, Portugal will send a frigate.", "en");
    expect(r.triples).toContain("Portugal -MEMBER_OF-> NATO");
  });
});

describe("recall: areas of operation listed", () => {
  it("the places a force's mission or area encompasses are where it operates", () => {
    const r = extract(
      "The principal mission of CTF 150 is maritime security across a wide area, encompassing the Red Sea, Gulf of Aden and northern Arabian Sea.",
      "en",
    );
    for (const place of ["Red Sea", "Gulf of Aden", "Arabian Sea"])
      expect(r.triples).toContain(`Combined Task Force 150 -OPERATES_IN-> ${place}`);
    const nl = extract(
      "Het operatiegebied van de EU-missie Atalanta omvat de Golf van Aden en de Indische Oceaan.",
      "nl",
    );
    expect(nl.triples.filter((t) => t.includes("-OPERATES_IN-> Gulf of Aden"))).toHaveLength(1);
  });
});

describe("recall: agreements and sales", () => {
  it("a plural subject of a reciprocal predicate cooperates pairwise", () => {
    const r = extract("Finland and Estonia signed a defence cooperation agreement today.", "en");
    expect(r.cooperate("Finland", "Estonia")).toBe(true);
    const nl = extract("Nederland en Denemarken werken samen bij de aanschaf van fregatten.", "nl");
    expect(nl.cooperate("Netherlands", "Denmark")).toBe(true);
    // Without a reciprocal predicate, a list of subjects is no cooperation.
    const list = extract("Finland and Estonia sent troops to Latvia.", "en");
    expect(list.cooperate("Finland", "Estonia")).toBe(false);
  });

  it("adverbs between the verb and 'samen', or 'closely', keep the reciprocal predicate", () => {
    const nl = extract(
      "Denemarken en Noorwegen werken al jaren nauw samen bij de luchtverdediging.",
      "nl",
    );
    expect(nl.cooperate("Denmark", "Norway")).toBe(true);
    const en = extract("Finland and Estonia have worked closely together on air defence.", "en");
    expect(en.cooperate("Finland", "Estonia")).toBe(true);
    // A verb that is not 'samenwerken' is no cooperation, adverbs or not.
    const other = extract("Denemarken en Noorwegen werken al jaren aan nieuwe fregatten.", "nl");
    expect(other.cooperate("Denmark", "Norway")).toBe(false);
  });

  it("a company delivering to a state provides what the state then owns", () => {
    const r = extract("Saab will deliver 12 Gripen fighters to Thailand next year.", "en");
    expect(r.triples).toContain("Saab -PROVIDES-> Gripen (Thailand)");
    expect(r.triples.some((t) => t.startsWith("Thailand -PROVIDES->"))).toBe(false);
  });
});

describe("recall: participants listed", () => {
  it("'Participating nations include A, B and C' take part in the exercise the title names", () => {
    const out = extractor.extractDetailed({
      title: "Exercise Cold Response 2024 begins in Norway",
      body: "The exercise started on Monday. Participating nations include Finland, Sweden and Denmark.",
      language: "en",
    });
    const triples = out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);
    for (const c of ["Finland", "Sweden", "Denmark"])
      expect(triples.some((t) => t.startsWith(`${c} -PARTICIPATES_IN-> Cold Response`))).toBe(true);
  });

  it("without an exercise or mission to take part in, a list is nothing", () => {
    const r = extract("Countries in the region include Finland, Sweden and Denmark.", "en");
    expect(r.triples.some((t) => t.includes("-PARTICIPATES_IN->"))).toBe(false);
  });
});

describe("recall: named battle groups and coordinated nationalities", () => {
  it("'Battle Group Latvia' is a named group; 'the battle group' later is the same", () => {
    const r = extract(
      "Battle Group Latvia held a parade in Adazi. Later the battle group set up a display.",
      "en",
    );
    expect(r.names).toContain("Organisation:Battle Group Latvia");
    expect(r.names.some((n) => n.startsWith("Asset:battlegroup"))).toBe(false);
  });

  it("'Canadian, Spanish and Polish soldiers' are three contingents", () => {
    const r = extract(
      "Canada sent 300 soldiers to Latvia. There, 1,000 Canadian, Spanish and Polish soldiers serve in the battlegroup.",
      "en",
    );
    for (const c of ["Canada", "Spain", "Poland"])
      expect(r.triples).toContain(`${c} -PROVIDES-> soldiers (${c})`);
    const two = extract("Norwegian and Danish F-35s patrol over Iceland.", "en");
    expect(two.triples).toContain("Norway -PROVIDES-> F-35 (Norway)");
    expect(two.triples).toContain("Denmark -PROVIDES-> F-35 (Denmark)");
  });
});

describe("recall: under a state's command", () => {
  it("'X, a formation … under Canadian command' and 'Onder Frans bevel … de missie Y': the state leads", () => {
    const r = extract(
      "Battle Group Latvia, a formation of 1,500 soldiers under Canadian command, trains at Adazi.",
      "en",
    );
    expect(r.triples).toContain("Canada -LEADS-> Battle Group Latvia");
    const nl = extract(
      "Onder Italiaans bevel patrouilleert de missie EUNAVFOR Aspides in de Rode Zee.",
      "nl",
    );
    expect(nl.triples).toContain("Italy -LEADS-> EUNAVFOR Aspides");
    // A state under someone's command is not led by the commander's state.
    const none = extract("Norway placed its frigate under NATO command.", "en");
    expect(none.triples.some((t) => t.includes("-LEADS->"))).toBe(false);
  });
});

describe("recall: a name's last words refer back to it", () => {
  it("'the contact group' after 'Ukraine Defense Contact Group' is that group", () => {
    const r = extract(
      "Ministers met at the Ramstein meeting of the Ukraine Defense Contact Group. Secretary Austin is chairman of the contact group. The contact group members renewed their commitment to Ukraine.",
      "en",
    );
    expect(r.triples).toContain("Lloyd Austin -LEADS-> Ukraine Defense Contact Group");
    expect(r.triples).toContain("Ukraine Defense Contact Group -SUPPORTS-> Ukraine");
  });

  it("two names with the same last word leave 'the fleet' unresolved; 'the group of' is a description", () => {
    const r = extract(
      "The U.S. 5th Fleet and the U.S. 6th Fleet met. The fleet commands ships. The group of experts met.",
      "en",
    );
    expect(r.triples.some((t) => t.includes("-LEADS->"))).toBe(false);
  });
});

describe("recall: clause openers and plural pronouns", () => {
  it("a preposition's phrase ends at a comma: 'In 2019, Danish troops were stationed in X'", () => {
    const r = extract("In 2019, Danish troops were stationed in Tapa.", "en");
    expect(r.triples).toContain("military personnel (Denmark) -LOCATED_IN-> Tapa");
  });

  it("'Zij worden gestationeerd' after a sentence of sending is the contingent, not the sender", () => {
    const r = extract(
      "Het Belgische ministerie van Defensie levert 150 militairen aan de NAVO-missie. Zij worden gestationeerd in Rukla.",
      "nl",
    );
    expect(r.triples.some((t) => /^military personnel .* -LOCATED_IN-> Rukla$/.test(t))).toBe(true);
    expect(r.triples.some((t) => /Defence.* -LOCATED_IN-> Rukla$/.test(t))).toBe(false);
  });
});

describe("precision: a place's state is no actor", () => {
  it("'based in Vicenza, Italy, deployed to Latvia': the brigade deploys, not Italy", () => {
    const r = extract(
      "The 173rd Airborne Brigade, based in Vicenza, Italy, deployed to Latvia.",
      "en",
    );
    expect(r.triples).toContain("173rd Airborne Brigade -OPERATES_IN-> Latvia");
    expect(r.triples.some((t) => t.startsWith("Italy -"))).toBe(false);
  });
});

describe("recall: patrols and joint exercises", () => {
  it("a ship that patrols or escorts in a sea operates there", () => {
    const r = extract("Zr.Ms. Evertsen escorteert koopvaardijschepen in de Rode Zee.", "nl");
    expect(r.triples).toContain("HNLMS Evertsen -OPERATES_IN-> Red Sea");
    const en = extract("HMS Lancaster patrolled in the Arabian Sea.", "en");
    expect(en.triples).toContain("HMS Lancaster (United Kingdom) -OPERATES_IN-> Arabian Sea");
  });

  it("states that held a joint exercise cooperate", () => {
    const r = extract("India and France held a joint exercise off Goa.", "en");
    expect(r.cooperate("India", "France")).toBe(true);
  });
});
