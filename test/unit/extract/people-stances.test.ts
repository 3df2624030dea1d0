import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

/**
 * People, offices and stances found on unseen articles (fifth round; docs/extraction.md). Every
 * sentence uses other names than the articles the misses were found on.
 */
const en = (body: string, title = "News") => extractShipped(body, "en", title);
const nl = (body: string, title = "Bericht") => extractShipped(body, "nl", title);

describe("known false positives", () => {
  it("'onder leiding van' is passive: the person before it leads nothing", () => {
    const r = nl(
      "Minister Tuinman wees op de gesprekken tussen Armenië en Azerbeidzjan onder leiding van de Europese Unie.",
    );
    expect(r.triples.filter((t) => t.includes("-LEADS-> European Union"))).toEqual([]);
  });

  it("'under the leadership of' is passive too", () => {
    const r = en(
      "Minister Gijs Tuinman praised the talks between Armenia and Azerbaijan under the leadership of the European Union.",
    );
    expect(r.triples.filter((t) => t.includes("-LEADS-> European Union"))).toEqual([]);
  });

  it("'de Litouwse minister van Binnenlandse Zaken' names Lithuania's ministry, not the Dutch one", () => {
    const r = nl(
      "Brekelmans sprak met de Estse minister van Binnenlandse Zaken over de grens met Rusland.",
    );
    expect(r.names).toContain("Organisation:Ministry of the Interior (Estonia)");
    expect(r.names).not.toContain("Organisation:Dutch Ministry of the Interior");
    expect(r.triples).toContain("Ministry of the Interior (Estonia) -PART_OF-> Estonia");
  });

  it("the bare portfolio without another state's minister is still the Dutch ministry", () => {
    const r = nl("Het ministerie van Binnenlandse Zaken werkt samen met de gemeenten.");
    expect(r.names).toContain("Organisation:Dutch Ministry of the Interior");
  });
});

describe("examples of a plural are the object", () => {
  it("'samen met andere landen, zoals A, B en C, evenals met D': each cooperates", () => {
    const r = nl(
      "Nederland werkt bij de evacuatie nauw samen met andere Europese landen, zoals Spanje, Italië en Portugal, evenals met Canada.",
    );
    for (const state of ["Spain", "Italy", "Portugal", "Canada"])
      expect(r.cooperate("Netherlands", state)).toBe(true);
  });

  it("'partners such as A and B', 'allies including C and D'", () => {
    const r = en(
      "Norway works closely with partners such as Finland and Iceland. Sweden supports allies including Latvia and Estonia.",
    );
    expect(r.cooperate("Norway", "Finland")).toBe(true);
    expect(r.cooperate("Norway", "Iceland")).toBe(true);
    expect(r.triples).toContain("Sweden -SUPPORTS-> Latvia");
    expect(r.triples).toContain("Sweden -SUPPORTS-> Estonia");
  });

  it("a comparison with 'zoals' after a name stays an aside", () => {
    const r = nl("Nederland werkt, zoals Denemarken, samen met Noorwegen.");
    expect(r.cooperate("Denmark", "Norway")).toBe(false);
  });
});

describe("wars named by their aggressor", () => {
  it("'de Russische invasie' with no victim named: Russia opposes Ukraine when the article names it", () => {
    const r = nl(
      "Sinds het begin van de Russische invasie in februari 2022 levert België wapens aan Oekraïne.",
    );
    expect(r.triples).toContain("Russia -OPPOSES-> Ukraine");
  });

  it("'Russia's full-scale invasion in February 2022': a month is no victim", () => {
    const r = en(
      "Since Russia's full-scale invasion in February 2022, Norway has trained soldiers from Ukraine.",
    );
    expect(r.triples).toContain("Russia -OPPOSES-> Ukraine");
  });

  it("without Ukraine in the article, no victim is supplied", () => {
    const r = en("Since Russia's full-scale invasion, Finland has joined NATO.");
    expect(r.triples.filter((t) => t.startsWith("Russia -OPPOSES->"))).toEqual([]);
  });

  it("a named victim stays the frame's ('the Russian invasion of Georgia')", () => {
    const r = en("The Russian invasion of Georgia in 2008 worried Ukraine.");
    expect(r.triples).toContain("Russia -OPPOSES-> Georgia");
    expect(r.triples).not.toContain("Russia -OPPOSES-> Ukraine");
  });

  it("'its war against X': the state named last before the pronoun", () => {
    const r = en(
      "The allies condemned the transfer of Iranian drones to Russia to support its war against Ukraine.",
    );
    expect(r.triples).toContain("Russia -OPPOSES-> Ukraine");
    expect(r.triples).not.toContain("Iran -OPPOSES-> Ukraine");
  });

  it("Dutch separable 'valt … aan'", () => {
    const r = nl("Rusland valt Oekraïne elke nacht aan met drones.");
    expect(r.triples).toContain("Russia -OPPOSES-> Ukraine");
  });
});

describe("known office holders without a title that says whom they act for", () => {
  it("a rank and a known name: the state of the office the knowledge base records", () => {
    const r = en("General Jennie Carignan visited the Canadian troops in Latvia.");
    expect(r.triples).toContain("Jennie Carignan -REPRESENTS-> Canada");
    expect(r.relation("Jennie Carignan -REPRESENTS-> Canada")?.properties?.role).toBe(
      "Chief of the Defence Staff",
    );
  });

  it("the latest office when the holder has left the earlier one", () => {
    const r = en(
      "Admiral Rob Bauer said that NATO must spend more. The Netherlands sent a frigate to the Baltic.",
    );
    expect(r.triples).toContain("Rob Bauer -REPRESENTS-> NATO");
    expect(r.triples).not.toContain("Rob Bauer -REPRESENTS-> Netherlands");
  });

  it("nothing when the article does not name the state or body of the office", () => {
    const r = en("General Jennie Carignan visited soldiers in Latvia.");
    expect(r.triples.filter((t) => t.startsWith("Jennie Carignan -REPRESENTS->"))).toEqual([]);
  });
});

describe("an apposition before the verb belongs to the name before it", () => {
  it("'X, Air Commander <state>, leads the exercise': the person leads", () => {
    const r = en("Major General Ana Ruiz, Land Commander Spain, leads Exercise Iron Lynx 2026.");
    expect(r.triples).toContain("Ana Ruiz -LEADS-> Iron Lynx 2026");
    expect(r.triples).not.toContain("Spain -LEADS-> Iron Lynx 2026");
  });

  it("'<state>, a NATO ally, leads': the state, not the alliance", () => {
    const r = en("Denmark, a NATO ally, leads Exercise Polar Fox 2026.");
    expect(r.triples).toContain("Denmark -LEADS-> Polar Fox 2026");
    expect(r.triples).not.toContain("NATO -LEADS-> Polar Fox 2026");
  });

  it("a list closed by a comma is still the subject", () => {
    const r = en("Belgium, Spain and Greece, lead Exercise Blue Lynx 2026.");
    for (const state of ["Belgium", "Spain", "Greece"])
      expect(r.triples).toContain(`${state} -LEADS-> Blue Lynx 2026`);
  });
});

describe("cooperation stated of two parties", () => {
  it("'A and B will deepen cooperation', 'agreed to strengthen their ties'", () => {
    const r = en(
      "Chile and Peru will deepen cooperation on maritime security. Greece and Cyprus agreed to strengthen their defence ties.",
    );
    expect(r.cooperate("Chile", "Peru")).toBe(true);
    expect(r.cooperate("Greece", "Cyprus")).toBe(true);
  });

  it("Dutch: 'willen hun samenwerking … verdiepen', 'versterken hun samenwerking'", () => {
    const r = nl(
      "Portugal en Spanje willen hun samenwerking op het gebied van kustbewaking verdiepen. Ierland en IJsland versterken hun samenwerking.",
    );
    expect(r.cooperate("Portugal", "Spain")).toBe(true);
    expect(r.cooperate("Ireland", "Iceland")).toBe(true);
  });

  it("'The two ministers agreed to deepen cooperation': the states their people represent", () => {
    const r = en(
      "Greek Defence Minister Nikos Dendias hosted Cypriot Defence Minister Vasilis Palmas in Athens. The two ministers agreed to deepen cooperation on air defence.",
    );
    expect(r.cooperate("Greece", "Cyprus")).toBe(true);
  });

  it("'The three countries will strengthen their cooperation': the states listed before", () => {
    const r = en(
      "Chile, Peru and Ecuador share the Pacific coast. The three countries will strengthen their cooperation on fisheries.",
    );
    expect(r.cooperate("Chile", "Ecuador")).toBe(true);
    expect(r.cooperate("Peru", "Ecuador")).toBe(true);
  });

  it("a discussion is no cooperation", () => {
    const r = en(
      "Greek Defence Minister Nikos Dendias hosted Cypriot Defence Minister Vasilis Palmas in Athens. The two ministers discussed the situation in Libya.",
    );
    expect(r.cooperate("Greece", "Cyprus")).toBe(false);
  });
});

describe("a body named by state and portfolio before an office", () => {
  it("'Danish Defence Minister X' names the minister, not the Danish Armed Forces", () => {
    const r = en("Danish Defence Minister Mette Holm visited Riga.");
    expect(r.names).not.toContain("Organisation:Danish Armed Forces");
    expect(r.names).toContain("Country:Denmark");
  });

  it("the body named alone is still the body", () => {
    const r = en("Danish Defence will buy new frigates.");
    expect(r.names).toContain("Organisation:Danish Armed Forces");
  });
});

describe("backing stated in the passive", () => {
  it("'X, backed by A and B,': each backer supports X", () => {
    const r = en("Moldova, backed by Romania and France, rejected the demand.");
    expect(r.triples).toContain("Romania -SUPPORTS-> Moldova");
    expect(r.triples).toContain("France -SUPPORTS-> Moldova");
    expect(r.triples).not.toContain("Moldova -SUPPORTS-> Romania");
  });

  it("Dutch: 'X wordt gesteund door A en B'", () => {
    const r = nl("Georgië wordt gesteund door Litouwen en Polen.");
    expect(r.triples).toContain("Lithuania -SUPPORTS-> Georgia");
    expect(r.triples).toContain("Poland -SUPPORTS-> Georgia");
  });
});

describe("more predicates of two parties", () => {
  it("'A and B will jointly finance', 'A, B and C lead a joint task group'", () => {
    const r = en(
      "Spain and Portugal have announced that they will jointly finance a radar for Morocco. Greece, Cyprus and Malta lead a joint maritime task group.",
    );
    expect(r.cooperate("Spain", "Portugal")).toBe(true);
    expect(r.cooperate("Greece", "Malta")).toBe(true);
    expect(r.cooperate("Cyprus", "Malta")).toBe(true);
  });

  it("'would train and exercise together', Dutch 'oefenen regelmatig samen'", () => {
    const r = en("The Royal Navy and the Royal Danish Navy would train and exercise together.");
    expect(r.cooperate("Royal Navy", "Royal Danish Navy")).toBe(true);
    const d = nl("Noorwegen en Zweden oefenen regelmatig samen in het hoge noorden.");
    expect(d.cooperate("Norway", "Sweden")).toBe(true);
  });

  it("'agreed between A and B'; talks between two parties are no cooperation", () => {
    const r = en(
      "The plan agreed between Canada and Mexico was published. The talks between Armenia and Azerbaijan stalled.",
    );
    expect(r.cooperate("Canada", "Mexico")).toBe(true);
    expect(r.cooperate("Armenia", "Azerbaijan")).toBe(false);
  });
});

describe("a verb of working, what is worked on, then 'with' the partners", () => {
  it("'X works on Operation Y with A, B and C': X cooperates with each", () => {
    const r = en(
      "Norway works on Operation Ocean Shield with Denmark, Iceland and the Netherlands.",
    );
    for (const state of ["Denmark", "Iceland", "Netherlands"])
      expect(r.cooperate("Norway", state)).toBe(true);
  });

  it("equipment after 'with' is no partner", () => {
    const r = en("Norway works on Operation Ocean Shield with P-8 aircraft.");
    expect(r.triples.filter((t) => t.includes("COOPERATES_WITH"))).toEqual([]);
  });
});

describe("an active trigger before 'by' is a passive participle", () => {
  it("'hosted by X and chaired by NATO Secretary General Y': X leads nothing of NATO", () => {
    const r = en(
      "The meeting was hosted by Greek Foreign Minister Giorgos Gerapetritis and chaired by NATO Secretary General Mark Rutte.",
    );
    expect(r.triples).not.toContain("Giorgos Gerapetritis -LEADS-> NATO");
  });
});

describe("counted members are personnel, not membership", () => {
  it("'station up to 1,500 members of the X Armed Forces': the state is no member of its forces", () => {
    const r = en("Spain will station up to 1,500 members of the Spanish Armed Forces in Slovakia.");
    expect(r.triples.filter((t) => t.includes("-MEMBER_OF->"))).toEqual([]);
  });

  it("a year before 'lid van' is a date: 'sinds maart 2024 lid van de NAVO'", () => {
    const r = nl("Zweden is sinds maart 2024 lid van de NAVO.");
    expect(r.triples).toContain("Sweden -MEMBER_OF-> NATO");
  });
});

describe("the possessor of an unnamed force is not what is led", () => {
  it("'leads NATO's forward land forces in Estonia' does not make the UK lead NATO", () => {
    for (const body of [
      "The United Kingdom leads NATO's forward land forces in Estonia.",
      "Canada leads the alliance's multinational battlegroup in Latvia.",
      "Spain commands NATO's maritime mission in the Aegean.",
    ]) {
      const r = en(body);
      expect(
        r.triples.filter((t) => / -LEADS-> (?:NATO|North Atlantic Treaty Organization)$/.test(t)),
        body,
      ).toEqual([]);
    }
  });

  it("a named possessed command is still the object, and a plain organisation still is", () => {
    expect(
      en("Admiral Hansen took command of NATO's Standing NATO Maritime Group 1.").triples,
    ).toContain("Hansen -LEADS-> Standing NATO Maritime Group 1");
    expect(en("The United States supports NATO's efforts.").triples).toContain(
      "United States -SUPPORTS-> NATO",
    );
  });
});
