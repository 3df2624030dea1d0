import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

/**
 * Forces and assets, sixth round (docs/extraction.md): nouns of sending, the agent of a decision
 * to send, units that personnel come from, unknown models before a generic noun. Sentences are
 * written for these tests, not taken from the corpus.
 */
const en = (body: string) => extractShipped(body, "en", "News");
const nl = (body: string) => extractShipped(body, "nl", "Nieuws");

describe("nouns of sending", () => {
  it("a possessor's delivery of equipment to a state: it provides it and supports the state", () => {
    const r = en("Sweden's delivery of Archer howitzers to Ukraine was completed in March.");
    expect(r.triples).toContain("Sweden -PROVIDES-> Archer (Sweden)");
    expect(r.triples).toContain("Sweden -SUPPORTS-> Ukraine");
  });

  it("an approved dispatch of aircraft to a state: the aircraft operate there", () => {
    const r = en("Italy approved the dispatch of four Eurofighters to Poland.");
    expect(r.triples).toContain("Italy -PROVIDES-> Eurofighter Typhoon (Italy)");
    expect(r.triples).toContain("Eurofighter Typhoon (Italy) -OPERATES_IN-> Poland");
  });

  it("Dutch 'de uitzending van … naar' a state", () => {
    const r = nl("Nederland kondigde de uitzending van 120 militairen naar Irak aan.");
    expect(r.triples).toContain("Netherlands -PROVIDES-> military personnel (Netherlands)");
    expect(r.triples).toContain("military personnel (Netherlands) -OPERATES_IN-> Iraq");
  });

  it("'X steunt Y met de levering van …': the subject sends, not the state helped", () => {
    const r = nl("Noorwegen steunt Oekraïne met de levering van twaalf NASAMS-systemen.");
    expect(r.triples).toContain("Norway -PROVIDES-> NASAMS (Norway)");
    expect(r.triples.filter((t) => t.startsWith("Ukraine -PROVIDES->"))).toEqual([]);
  });

  it("what is contributed to stays no contribution ('draagt bij aan de battlegroup')", () => {
    const r = nl("België draagt bij aan de levering van de battlegroup in Litouwen.");
    expect(r.names.filter((n) => n.startsWith("Asset:"))).toEqual([]);
  });
});

describe("the agent of a decision to send", () => {
  it("'the decision by X to send N soldiers' — X sends, not a state named before", () => {
    const r = en(
      "The arrival of U.S. HIMARS launchers preceded the decision by Denmark to send a further 800 soldiers to Estonia.",
    );
    expect(r.triples).toContain("Denmark -PROVIDES-> soldiers (Denmark)");
    expect(r.triples).toContain("soldiers (Denmark) -OPERATES_IN-> Estonia");
    expect(r.names).not.toContain("Asset:soldiers (United States)");
  });

  it("Dutch 'het besluit van X om … te sturen'", () => {
    const r = nl(
      "Het besluit van Noorwegen om 300 militairen naar Litouwen te sturen viel in mei.",
    );
    expect(r.triples).toContain("Norway -PROVIDES-> military personnel (Norway)");
  });

  it("a request by a state to send is no sending by it", () => {
    const r = en("A request by Latvia to send more air defence systems was discussed in Brussels.");
    expect(r.triples.filter((t) => t.startsWith("Latvia -PROVIDES->"))).toEqual([]);
  });
});

describe("units the personnel come from", () => {
  it("'soldiers of the Italian Army's 3rd Alpini Regiment' — the regiment is Italy's asset", () => {
    const r = en(
      "About 250 soldiers of the Italian Army's 3rd Alpini Regiment arrived in Latvia on Monday.",
    );
    expect(r.names).toContain("Asset:3rd Alpini Regiment (Italy)");
    expect(r.triples).toContain("Italy -PROVIDES-> 3rd Alpini Regiment (Italy)");
  });

  it("a nationality between 'from the' and the unit", () => {
    const r = en(
      "Some 400 troops from the Czech 4th Rapid Deployment Brigade deployed to Slovakia.",
    );
    expect(r.triples).toContain(
      "Czech Republic -PROVIDES-> 4th Rapid Deployment Brigade (Czech Republic)",
    );
  });

  it("a unit named at home without personnel from it stays an organisation", () => {
    const r = en("The Italian Army's 3rd Alpini Regiment held a ceremony in Pinerolo.");
    expect(r.names.filter((n) => n.startsWith("Asset:"))).toEqual([]);
  });
});

describe("unknown models before a generic noun", () => {
  it("a name before 'infantry fighting vehicles' listed with a known model is a model", () => {
    const r = en(
      "Portugal sent Leopard 2A6 tanks and Pandur infantry fighting vehicles to Romania.",
    );
    expect(r.triples).toContain("Portugal -PROVIDES-> Pandur (Portugal)");
  });

  it("a counted name before 'vehicles' is a model", () => {
    const r = en("Norway will deliver 14 Scania vehicles to Lithuania.");
    expect(r.triples).toContain("Norway -PROVIDES-> Scania (Norway)");
  });

  it("a service or a direction before the noun is no model", () => {
    const r = en("Britain will send Western tanks and 12 Navy helicopters to the region.");
    expect(r.names).not.toContain("Asset:Western (United Kingdom)");
    expect(r.names).not.toContain("Asset:Navy (United Kingdom)");
  });
});

describe("a formation led by a state, named by an apposition", () => {
  it("'X, the Canadian-led NATO formation': Canada leads X, not NATO", () => {
    const r = en(
      "Danish engineers joined the Multinational Brigade Latvia, the Canadian-led NATO formation at Ādaži.",
    );
    expect(r.triples).toContain("Canada -LEADS-> Multinational Brigade Latvia");
    expect(r.triples).not.toContain("Canada -LEADS-> NATO");
  });

  it("a led name without a noun after it is still what is led", () => {
    const r = en("The French-led Operation Barkhane ended in 2022.");
    expect(r.triples).toContain("France -LEADS-> Operation Barkhane");
  });
});

describe("platforms of a nationality serving in a mission", () => {
  it("'Italian and Danish fighter jets carry out NATO's Baltic Air Policing mission'", () => {
    const r = en(
      "Portuguese and Polish fighter jets currently carry out NATO's Baltic Air Policing mission.",
    );
    expect(r.triples).toContain("Portugal -PROVIDES-> fighter jets (Portugal)");
    expect(r.triples).toContain("Poland -PROVIDES-> fighter jets (Poland)");
    expect(r.triples).toContain("fighter jets (Portugal) -ASSIGNED_TO-> Baltic Air Policing");
    expect(r.triples).toContain("fighter jets (Poland) -ASSIGNED_TO-> Baltic Air Policing");
    expect(r.triples).toContain("Portugal -PARTICIPATES_IN-> Baltic Air Policing");
  });

  it("one phrase of two owners' aircraft: where it is holds for both", () => {
    const r = en("Belgian and Dutch F-35s are stationed at Graf Ignatievo Air Base in Bulgaria.");
    const placed = r.triples.filter((t) => t.includes("-LOCATED_IN-> Graf Ignatievo"));
    expect(placed).toContain("F-35 (Belgium) -LOCATED_IN-> Graf Ignatievo Air Base");
    expect(placed).toContain("F-35 (Netherlands) -LOCATED_IN-> Graf Ignatievo Air Base");
  });

  it("a nationality's aircraft that are merely seen are no asset", () => {
    const r = en("Russian fighter jets were spotted near the Estonian border.");
    expect(r.names.filter((n) => n.startsWith("Asset:"))).toEqual([]);
  });

  it("Dutch 'vallen onder' a mission: assigned to it", () => {
    const r = nl("De Spaanse NASAMS-systemen vallen onder de NAVO-missie in Letland.");
    expect(r.triples.some((t) => /^NASAMS \(Spain\) -ASSIGNED_TO-> /u.test(t))).toBe(true);
  });
});

describe("who guards with what, and where assets are put to work (Dutch verb-final)", () => {
  it("the head of a relative clause guarding 'met' equipment owns it", () => {
    const r = nl(
      "De Belgen nemen de taak over van de Noorse luchtmacht, die sinds maart met NASAMS het vliegveld beschermt.",
    );
    expect(r.triples).toContain("Norway -PROVIDES-> NASAMS (Norway)");
  });

  it("English: 'which has protected the port with Patriots'", () => {
    const r = en(
      "Dutch troops relieved the German Air Force, which has protected the port with Patriot systems since May.",
    );
    expect(r.triples).toContain("Germany -PROVIDES-> Patriot (Germany)");
  });

  it("'…, die in X worden ingezet': the asset operates in X", () => {
    const r = nl(
      "Denemarken levert 19 F-16's, die in Oekraïne worden ingezet tegen Russische drones.",
    );
    expect(r.triples).toContain("F-16 (Denmark) -OPERATES_IN-> Ukraine");
  });

  it("the place of a base they fly from is no area of operations", () => {
    const r = nl("De 6 F-16's die vanaf een basis in Jordanië worden ingezet keren terug.");
    expect(r.triples.filter((t) => t.includes("-OPERATES_IN-> Jordan"))).toEqual([]);
  });
});

describe("a battlegroup named by its area", () => {
  it("'the battlegroup in Latvia' is the knowledge base's battlegroup there, not an asset", () => {
    const r = en("Canada leads the battlegroup in Latvia and contributes around 1,000 troops.");
    expect(r.triples).toContain("Canada -LEADS-> eFP Battlegroup Latvia");
    expect(r.names).not.toContain("Asset:battlegroup (Canada)");
  });

  it("Dutch: a state supplying troops to 'de multinationale battlegroup in Litouwen' takes part in it", () => {
    const r = nl("Noorwegen levert 180 militairen aan de multinationale battlegroup in Litouwen.");
    expect(r.triples).toContain("Norway -PARTICIPATES_IN-> eFP Battlegroup Lithuania");
    expect(r.triples).toContain("eFP Battlegroup Lithuania -OPERATES_IN-> Lithuania");
  });

  it("an article naming the parent mission leaves the battlegroup to it", () => {
    const r = nl(
      "Nederland neemt deel aan de enhanced Forward Presence (eFP). De militairen dienen in de battlegroup in Litouwen.",
    );
    expect(r.names).not.toContain("Mission:eFP Battlegroup Lithuania");
  });
});

describe("passives of sending, and aircraft sent to an ally", () => {
  it("'have been sent to Romania': the aircraft operate there; no delivery to an ally", () => {
    const r = en("Two Danish F-16s have been sent to Romania for four months.");
    expect(r.triples).toContain("F-16 (Denmark) -OPERATES_IN-> Romania");
    expect(r.triples).not.toContain("Denmark -SUPPORTS-> Romania");
  });

  it("aircraft sent to a state at war are handed over: support for it", () => {
    const r = en("Norway sent six F-16s to Ukraine.");
    expect(r.triples).toContain("Norway -SUPPORTS-> Ukraine");
  });

  it("Dutch verb-final 'zijn naar X gestuurd'", () => {
    const r = nl("Drie Franse Rafales zijn naar Polen gestuurd.");
    expect(r.triples).toContain("Rafale (France) -OPERATES_IN-> Poland");
  });
});

describe("units that measure personnel, Dutch dates, moving and leaving", () => {
  it("'a company of soldiers' is one contingent, not a company and soldiers", () => {
    const r = en("Norway is sending a company of soldiers to Lithuania.");
    const assets = r.names.filter((n) => n.startsWith("Asset:"));
    expect(assets).toEqual(["Asset:soldiers (Norway)"]);
    expect(r.triples).toContain("soldiers (Norway) -OPERATES_IN-> Lithuania");
  });

  it("Dutch 'een compagnie mariniers' is one contingent", () => {
    const r = nl("Nederland stuurt een compagnie mariniers naar Litouwen.");
    expect(r.names.filter((n) => n.startsWith("Asset:"))).toEqual(["Asset:marines (Netherlands)"]);
  });

  it("Dutch 'vanaf januari 2 F-35's': the number counts the jets, the date is the month", () => {
    const r = nl("Nederland zet vanaf januari 2 F-35's in boven Polen.");
    const provides = r.relation("Netherlands -PROVIDES-> F-35 (Netherlands)");
    expect(provides?.properties?.quantity).toBe(2);
    expect(provides?.properties?.from).toBe("--01");
  });

  it("moving aircraft to a base is sending them: the subject owns them", () => {
    const r = nl("De Amerikaanse luchtmacht heeft 4 B-1-bommenwerpers naar Noorwegen verplaatst.");
    expect(r.triples).toContain("United States -PROVIDES-> B-1B (United States)");
    expect(r.triples).toContain("B-1B (United States) -OPERATES_IN-> Norway");
  });

  it("a ship leaving 'op <date> naar' an area operates there; the port it leaves is not", () => {
    const r = nl("Zr.Ms. Evertsen vertrekt op 3 mei vanuit Den Helder naar de Middellandse Zee.");
    expect(r.triples).toContain("HNLMS Evertsen -OPERATES_IN-> Mediterranean Sea");
    expect(r.triples).not.toContain("HNLMS Evertsen -OPERATES_IN-> Den Helder");
  });
});

describe("relative clauses after a delivery", () => {
  it("'met de levering van N X, die in Y worden ingezet voor de opleiding van Z-se piloten'", () => {
    const r = nl(
      "Denemarken steunt Oekraïne met de levering van 6 F-16's, die in Roemenië worden ingezet voor de opleiding van Oekraïense piloten.",
    );
    expect(r.triples).toContain("Denmark -PROVIDES-> F-16 (Denmark)");
    expect(r.triples).toContain("F-16 (Denmark) -OPERATES_IN-> Romania");
  });

  it("the trainees of a sentence of sending are no asset", () => {
    const r = nl("Noorwegen levert 4 F-16's voor de opleiding van Oekraïense piloten.");
    expect(r.names).not.toContain("Asset:pilots (Ukraine)");
  });
});
