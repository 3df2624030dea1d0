import { describe, expect, it } from "vitest";
import { extract } from "./support/extract.ts";

/**
 * One Dutch and one English sentence per relation type, written for these tests, plus the
 * near-misses the rules must not turn into relations.
 */
describe("relation rules", () => {
  describe("REPRESENTS", () => {
    it("reads a nationality before an office title (nl)", () => {
      const r = extract(
        "De Belgische minister Ludivine Dedonder sprak met haar Duitse ambtsgenoot Boris Pistorius.",
        "nl",
      );
      expect(r.triples).toContain("Ludivine Dedonder -REPRESENTS-> Belgium");
      expect(r.triples).toContain("Boris Pistorius -REPRESENTS-> Germany");
      expect(r.relation("Ludivine Dedonder -REPRESENTS-> Belgium")?.properties).toEqual({
        role: "minister",
      });
    });
    it("reads a role title with the country adjective (en)", () => {
      const r = extract(
        "Lithuanian Minister of National Defence Arvydas Anusauskas met reporters.",
        "en",
      );
      expect(r.triples).toContain("Arvydas Anusauskas -REPRESENTS-> Lithuania");
      expect(r.relation("Arvydas Anusauskas -REPRESENTS-> Lithuania")?.properties?.role).toBe(
        "Minister of National Defence",
      );
    });
    it("uses the knowledge base's office when the article names the country", () => {
      const r = extract(
        "Secretary of Defense Jim Mattis visited Canada. The U.S. will stay.",
        "en",
      );
      expect(r.triples).toContain("James Mattis -REPRESENTS-> United States");
    });
    it("states nothing for a military rank", () => {
      const r = extract("Kolonel Jan de Vries van de Nederlandse luchtmacht sprak.", "nl");
      expect(r.triples.filter((t) => t.includes("REPRESENTS"))).toEqual([]);
    });
  });

  describe("MEMBER_OF", () => {
    it("lid van (nl)", () => {
      expect(extract("Litouwen is lid van de NAVO.", "nl").triples).toContain(
        "Lithuania -MEMBER_OF-> NATO",
      );
    });
    it("members of, coordinated subjects (en)", () => {
      const r = extract("Belgium and Germany are members of the anti-ISIS coalition.", "en");
      expect(r.triples).toContain("Belgium -MEMBER_OF-> anti-ISIS coalition");
      expect(r.triples).toContain("Germany -MEMBER_OF-> anti-ISIS coalition");
    });
  });

  describe("LEADS", () => {
    it("leidt (nl)", () => {
      expect(
        extract("Duitsland leidt de Enhanced Forward Presence in Litouwen.", "nl").triples,
      ).toContain("Germany -LEADS-> Enhanced Forward Presence");
    });
    it("led by, passive (en)", () => {
      expect(extract("MINUSMA, led by the United Nations, ended in 2023.", "en").triples).toContain(
        "United Nations -LEADS-> MINUSMA",
      );
    });
    it("a mission's leader from the knowledge base when both are named", () => {
      expect(extract("De NAVO steunt Irak. De NATO Mission Iraq groeit.", "nl").triples).toContain(
        "NATO -LEADS-> NATO Mission Iraq",
      );
    });
  });

  describe("PARTICIPATES_IN", () => {
    it("neemt deel aan (nl)", () => {
      expect(extract("België neemt deel aan MINUSMA.", "nl").triples).toContain(
        "Belgium -PARTICIPATES_IN-> MINUSMA",
      );
    });
    it("takes part in (en)", () => {
      expect(
        extract("Germany takes part in the Enhanced Forward Presence.", "en").triples,
      ).toContain("Germany -PARTICIPATES_IN-> Enhanced Forward Presence");
    });
    it("backing someone's participation is not participating", () => {
      const r = extract("De Tweede Kamer steunt deelname aan MINUSMA.", "nl");
      expect(r.triples).toContain("Tweede Kamer -SUPPORTS-> MINUSMA");
      expect(r.triples).not.toContain("Tweede Kamer -PARTICIPATES_IN-> MINUSMA");
    });
  });

  describe("PROVIDES and ASSIGNED_TO", () => {
    it("levert … aan de missie (nl)", () => {
      const r = extract("Nederland levert 3 Chinooks aan MINUSMA.", "nl");
      expect(r.triples).toContain("Netherlands -PROVIDES-> CH-47 Chinook (Netherlands)");
      expect(r.triples).toContain("CH-47 Chinook (Netherlands) -ASSIGNED_TO-> MINUSMA");
      expect(
        r.relation("Netherlands -PROVIDES-> CH-47 Chinook (Netherlands)")?.properties?.quantity,
      ).toBe(3);
    });
    it("contributes … to the mission (en)", () => {
      const r = extract("Belgium contributes 4 F-16s to the Enhanced Forward Presence.", "en");
      expect(r.triples).toContain("Belgium -PROVIDES-> F-16 (Belgium)");
      expect(r.triples).toContain("F-16 (Belgium) -ASSIGNED_TO-> Enhanced Forward Presence");
    });
  });

  describe("LOCATED_IN", () => {
    it("vanaf een basis in (nl)", () => {
      expect(
        extract("De 4 Belgische F-16's worden vanaf een basis in Jordanië ingezet.", "nl").triples,
      ).toContain("F-16 (Belgium) -LOCATED_IN-> Jordan");
    });
    it("stationed at (en)", () => {
      expect(
        extract("The German soldiers stationed at Rukla train daily.", "en").triples,
      ).toContain("personnel (Germany) -LOCATED_IN-> Rukla");
    });
    it("a place in its country from the knowledge base when both are named", () => {
      expect(extract("In Gao, Mali, is het rustig.", "nl").triples).toContain(
        "Gao -LOCATED_IN-> Mali",
      );
    });
  });

  describe("OPERATES_IN", () => {
    it("actief boven (nl)", () => {
      const r = extract("Vier Belgische F-16's zijn actief boven Irak en Syrië.", "nl");
      expect(r.triples).toContain("F-16 (Belgium) -OPERATES_IN-> Iraq");
      expect(r.triples).toContain("F-16 (Belgium) -OPERATES_IN-> Syria");
    });
    it("deployed to (en)", () => {
      expect(extract("Germany deployed 2 Patriot systems to Lithuania.", "en").triples).toContain(
        "Patriot (Germany) -OPERATES_IN-> Lithuania",
      );
    });
  });

  describe("HEADQUARTERED_IN", () => {
    it("hoofdkwartier in (nl)", () => {
      expect(extract("MINUSMA heeft een hoofdkwartier in Gao.", "nl").triples).toContain(
        "MINUSMA -HEADQUARTERED_IN-> Gao",
      );
    });
    it("headquartered in (en)", () => {
      expect(extract("NATO is headquartered in Brussels.", "en").triples).toContain(
        "NATO -HEADQUARTERED_IN-> Brussels",
      );
    });
  });

  describe("OPPOSES", () => {
    it("strijd tegen (nl), kind armed", () => {
      const r = extract("België blijft toegewijd aan de strijd tegen ISIS.", "nl");
      expect(r.triples).toContain("Belgium -OPPOSES-> ISIS");
      expect(r.relation("Belgium -OPPOSES-> ISIS")?.properties).toEqual({ kind: "armed" });
    });
    it("voted against (en), with coordinated subjects", () => {
      const r = extract("The SP and the PVV voted against MINUSMA.", "en");
      expect(r.triples).toContain("SP -OPPOSES-> MINUSMA");
      expect(r.triples).toContain("PVV -OPPOSES-> MINUSMA");
      expect(r.relation("SP -OPPOSES-> MINUSMA")?.properties).toEqual({ kind: "vote" });
    });
    it("an elided vote object is the motion of the sentence before", () => {
      const r = extract("De Tweede Kamer steunt MINUSMA. Alleen SP en DENK stemden tegen.", "nl");
      expect(r.triples).toContain("DENK -OPPOSES-> MINUSMA");
    });
    it("a name built on its opponent states the opposition", () => {
      expect(extract("De anti-ISIS-coalitie vergadert.", "nl").triples).toContain(
        "anti-ISIS coalition -OPPOSES-> ISIS",
      );
    });
  });

  describe("SUPPORTS", () => {
    it("training en advies aan (nl), kind training", () => {
      const r = extract(
        "MINUSMA geeft training en advies aan het Malinese ministerie van Defensie.",
        "nl",
      );
      expect(r.triples).toContain("MINUSMA -SUPPORTS-> Ministry of Defence (Mali)");
    });
    it("trains (en), kind training", () => {
      const r = extract("The Enhanced Forward Presence trains the Lithuanian army.", "en");
      expect(r.triples).toContain("Enhanced Forward Presence -SUPPORTS-> Army (Lithuania)");
      expect(
        r.relation("Enhanced Forward Presence -SUPPORTS-> Army (Lithuania)")?.properties,
      ).toEqual({ kind: "training" });
    });
    it("advises (en), kind advice", () => {
      const r = extract("NATO advises the Iraqi Ministry of Defence.", "en");
      expect(r.relation("NATO -SUPPORTS-> Ministry of Defence (Iraq)")?.properties).toEqual({
        kind: "advice",
      });
    });
    it("a pronoun subject takes the subject of the sentence before", () => {
      const r = extract("NATO Mission Iraq groeit. Het traint het Iraakse leger.", "nl");
      expect(r.triples).toContain("NATO Mission Iraq -SUPPORTS-> Army (Iraq)");
    });
  });

  describe("COOPERATES_WITH", () => {
    it("in nauw overleg met (nl)", () => {
      expect(
        extract("MINUSMA werkt in nauw overleg met de Europese Unie.", "nl").triples,
      ).toContain("European Union -COOPERATES_WITH-> MINUSMA");
    });
    it("a country pair's relationship (en)", () => {
      const r = extract("They reaffirmed the U.S.-Germany defense relationship.", "en");
      expect(r.triples).toContain("Germany -COOPERATES_WITH-> United States");
    });
  });

  describe("PART_OF", () => {
    it("onderdeel van (nl)", () => {
      expect(extract("MINUSMA is onderdeel van de Verenigde Naties.", "nl").triples).toContain(
        "MINUSMA -PART_OF-> United Nations",
      );
    });
    it("a ministry named by a nationality is part of that country (en)", () => {
      expect(extract("The Belgian Ministry of Defence confirmed it.", "en").triples).toContain(
        "Ministry of Defence (Belgium) -PART_OF-> Belgium",
      );
    });
  });

  describe("precision", () => {
    it("takes no argument from an inserted phrase", () => {
      const r = extract(
        "Daarnaast steunt Nederland, los van MINUSMA, de wederopbouw in Mali.",
        "nl",
      );
      expect(r.triples).toContain("Netherlands -SUPPORTS-> Mali");
      expect(r.triples).not.toContain("Netherlands -SUPPORTS-> MINUSMA");
    });
    it("does not relate co-occurring names without a pattern", () => {
      expect(
        extract("Belgium, Germany and NATO were mentioned yesterday.", "en").relations,
      ).toEqual([]);
    });
    it("every relation carries evidence with its sentence, offsets, rule and confidence", () => {
      const r = extract("Litouwen is lid van de NAVO.", "nl");
      for (const relation of r.relations) {
        expect(relation.evidence?.length).toBeGreaterThan(0);
        for (const e of relation.evidence ?? []) {
          expect(r.text.slice(e.start, e.end)).toBe(e.sentence);
          expect(e.rule).toMatch(/\w/);
          expect(e.confidence).toBeGreaterThan(0);
        }
      }
    });
  });
});

describe("relation rules on harder sentences", () => {
  it("Dutch split votes: voters between the verb and voor/tegen, the motion from context", () => {
    const r = extract(
      "De Tweede Kamer steunt MINUSMA. In de Kamer stemden de SP en de PVV voor het besluit. Daarna stemden DENK tegen.",
      "nl",
    );
    expect(r.triples).toContain("SP -SUPPORTS-> MINUSMA");
    expect(r.triples).toContain("PVV -SUPPORTS-> MINUSMA");
    expect(r.triples).toContain("DENK -OPPOSES-> MINUSMA");
  });

  it("a nationality that qualifies a name is no argument of its own", () => {
    const r = extract("MINUSMA werkt nauw samen met de Franse operatie Barkhane.", "nl");
    expect(r.triples.filter((t) => t.includes("COOPERATES_WITH"))).toEqual([]);
  });

  it("the agent of 'led by' is a name, not a nationality", () => {
    expect(extract("MINUSMA is led by a Belgian commander.", "en").triples).toEqual([]);
  });

  it("an asset sent to a city is located there; to a country it operates there", () => {
    const r = extract("Germany deployed 2 Patriot systems to Gao and 3 Chinooks to Mali.", "en");
    expect(r.triples).toContain("Patriot (Germany) -LOCATED_IN-> Gao");
    expect(r.triples).toContain("CH-47 Chinook (Germany) -OPERATES_IN-> Mali");
  });
});

describe("relation rules, leaders and references", () => {
  it("'door X geleide' and 'X-led' say who leads", () => {
    expect(
      extract("De door Duitsland geleide Enhanced Forward Presence groeit.", "nl").triples,
    ).toContain("Germany -LEADS-> Enhanced Forward Presence");
    expect(extract("The German-led Enhanced Forward Presence grows.", "en").triples).toContain(
      "Germany -LEADS-> Enhanced Forward Presence",
    );
  });

  it("a possessor is the subject of a nominal trigger", () => {
    const r = extract("The minister thanked Lloyd Austin for Belgium's support for MINUSMA.", "en");
    expect(r.triples).toContain("Belgium -SUPPORTS-> MINUSMA");
    expect(r.triples).not.toContain("Lloyd Austin -SUPPORTS-> MINUSMA");
  });

  it("a pronoun resolves only to an entity that was the previous sentence's subject", () => {
    const r = extract(
      "The ministers discussed the situation in Mali. They agreed to work closely with Belgium.",
      "en",
    );
    expect(r.triples.filter((t) => t.includes("COOPERATES_WITH"))).toEqual([]);
  });

  it("membership said with a noun: 'NAVO-bondgenoot Litouwen', 'as a NATO Ally'", () => {
    expect(extract("NAVO-bondgenoot Litouwen vraagt steun.", "nl").triples).toContain(
      "Lithuania -MEMBER_OF-> NATO",
    );
    expect(extract("They praised Belgium's role as a NATO Ally.", "en").triples).toContain(
      "Belgium -MEMBER_OF-> NATO",
    );
  });

  it("the head of an organisation in an apposition leads it", () => {
    const r = extract("Generaal Jan de Vries, de commandant van de NAVO, sprak.", "nl");
    expect(r.triples).toContain("Jan de Vries -LEADS-> NATO");
  });
});

describe("relation rules, voice and lists", () => {
  it("in the passive the agent after 'by'/'door' supports the one before", () => {
    const r = extract("Lithuanian soldiers are trained by Germany in Rukla.", "en");
    expect(r.triples).toContain("Germany -SUPPORTS-> Lithuania");
    expect(r.triples).not.toContain("Lithuania -SUPPORTS-> Germany");
    expect(extract("Lithuanian soldiers are being trained in Rukla.", "en").triples).toEqual([
      "Rukla -LOCATED_IN-> Lithuania",
    ]);
  });

  it("equipment delivered to a country is support for that country", () => {
    const r = extract("Nederland levert 4 Patriot-systemen aan Litouwen.", "nl");
    expect(r.relation("Netherlands -SUPPORTS-> Lithuania")?.properties).toEqual({
      kind: "delivery",
    });
  });

  it("a comma alone does not coordinate", () => {
    const r = extract(
      "Belgium sends 3 Chinooks to Mali, German minister Boris Pistorius said.",
      "en",
    );
    expect(r.triples).not.toContain("CH-47 Chinook (Belgium) -OPERATES_IN-> Germany");
  });

  it("a summit named by its organiser, and where it is held", () => {
    const r = extract("De NAVO-top in Vilnius begint dinsdag.", "nl");
    expect(r.names).toContain("Event:NATO summit");
    expect(r.triples).toContain("NATO summit -LOCATED_IN-> Vilnius");
    expect(r.triples).toContain("NATO -LEADS-> NATO summit");
  });

  it("what someone said is a clause of its own", () => {
    const r = extract("Lloyd Austin said the F-35s would strengthen Lithuania's defence.", "en");
    expect(r.triples.filter((t) => t.startsWith("Lloyd Austin -SUPPORTS"))).toEqual([]);
  });
});

describe("relation rules, what is only talked about", () => {
  it("speakers discussing a fight are not its fighters", () => {
    const r = extract(
      "Lloyd Austin sprak met Boris Pistorius. Zij bespraken de strijd tegen ISIS.",
      "nl",
    );
    expect(r.triples.filter((t) => t.includes("OPPOSES"))).toEqual([]);
  });

  it("a name that qualifies a common noun is no argument: 'de NAVO-uitgaven'", () => {
    const r = extract("België steunt de NAVO-uitgaven.", "nl");
    expect(r.names).toContain("Organisation:NATO");
    expect(r.triples).toEqual([]);
  });

  it("'de missie in X' after a mission elsewhere is not that mission", () => {
    const r = extract("Nederland steunt MINUSMA in Mali en de missie in Irak.", "nl");
    expect(r.triples).not.toContain("MINUSMA -OPERATES_IN-> Iraq");
  });
});
