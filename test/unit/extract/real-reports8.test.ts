import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

/**
 * Habits of real government releases (U.S. Navy, UK MOD, NATO commands, Defensie) found in the
 * eighth round. The sentences are written for these tests; ships and people are made up or well
 * known.
 */
const en = (body: string) => extractShipped(body, "en", "Release");
const nl = (body: string) => extractShipped(body, "nl");

describe("NATO command names in releases", () => {
  it("'Allied Joint Force Command (JFC) Brunssum' is the known command, short form inside", () => {
    const r = en("Staff of Allied Joint Force Command (JFC) Naples planned the exercise.");
    expect(r.names).toContain("Organisation:Joint Force Command Naples");
    expect(r.names).not.toContain("Organisation:Allied Joint Force Command");
  });

  it("an unknown command keeps its area and its short form as an alias", () => {
    const r = en("Staff from Maritime Component Command (MCC) Norfolk met on Tuesday.");
    expect(r.names).toContain("Organisation:Maritime Component Command Norfolk");
    expect(r.entity("Maritime Component Command Norfolk")?.aliases).toContain("MCC Norfolk");
  });

  it("'Three NATO Joint Force Commands based in A and B' names no force, and NATO is not based there", () => {
    const r = en("Three NATO Joint Force Commands based in Brunssum and Naples rotate the duty.");
    expect(r.names.filter((n) => n.includes("Joint Force"))).toEqual([]);
    expect(r.triples.filter((t) => t.startsWith("NATO -"))).toEqual([]);
  });
});

describe("where a ship or aircraft is homeported", () => {
  it("'X, forward-deployed to A', 'its home port of B', 'the A-homeported destroyer X'", () => {
    const r = en(
      "USS Halsey, forward-deployed to Rota, Spain, sailed on Monday. Later USS Kidd returned to its home port of Naval Base San Diego. The Norfolk-homeported destroyer USS Cole followed.",
    );
    expect(r.triples).toContain("USS Halsey (United States) -LOCATED_IN-> Rota");
    expect(r.triples).toContain("USS Kidd (United States) -LOCATED_IN-> Naval Base San Diego");
    expect(r.triples).toContain("USS Cole (United States) -LOCATED_IN-> Norfolk");
  });

  it("'A, home of the X', 'met als thuishaven Den Helder'", () => {
    const r = en("The minister visited Norfolk, home of the USS Gravely, on Friday.");
    expect(r.triples).toContain("USS Gravely (United States) -LOCATED_IN-> Norfolk");
    const d = nl("Zr.Ms. Tromp, met als thuishaven Den Helder, vertrok gisteren.");
    expect(d.triples).toContain("HNLMS Tromp -LOCATED_IN-> Den Helder");
  });

  it("not a port without an asset before it in its sentence", () => {
    const r = en("USS Halsey sailed. The home port of the fleet is Naval Base San Diego.");
    expect(r.triples.filter((t) => t.includes("-LOCATED_IN-> Naval Base San Diego"))).toEqual([]);
  });
});

describe("British 'on Operation X'", () => {
  it("an asset on a named operation serves in it", () => {
    const r = en(
      "HMS Lancaster is among the warships on Operation Prosperity Guardian. RAF Typhoons, currently on Operation Shader, returned.",
    );
    expect(r.triples).toContain(
      "HMS Lancaster (United Kingdom) -ASSIGNED_TO-> Operation Prosperity Guardian",
    );
    expect(r.triples.some((t) => /-ASSIGNED_TO-> Operation Shader$/u.test(t))).toBe(true);
  });

  it("not a report or a briefing on an operation", () => {
    const r = en("HMS Lancaster sailed while the minister reported on Operation Shader.");
    // Only the weak co-mention default (sentence-defaults) may relate them, not this rule.
    const rules = (
      r.relation("HMS Lancaster (United Kingdom) -ASSIGNED_TO-> Operation Shader")?.evidence ?? []
    ).map((e) => e.rule);
    expect(rules.filter((rule) => !rule?.startsWith("default."))).toEqual([]);
  });
});

describe("a unit described as another's component", () => {
  it("'X, the Y's principal surface force' and a second member of the apposition", () => {
    const r = en(
      "The cruiser is assigned to Destroyer Squadron 28, the Navy's oldest squadron and the U.S. 6th Fleet's principal surface force.",
    );
    expect(r.triples).toContain("Destroyer Squadron 28 -PART_OF-> U.S. 6th Fleet");
  });

  it("not a possessor outside an apposition, nor a noun that is no component", () => {
    const r = en(
      "Destroyer Squadron 28 trained with U.S. 6th Fleet's staff. Task Force 61, the U.S. 6th Fleet's newest ally, arrived.",
    );
    expect(r.triples.filter((t) => t.includes("-PART_OF-> U.S. 6th Fleet"))).toEqual([]);
  });
});

describe("a kind of equipment qualifying an activity", () => {
  it("'air defence sorties' are flown, not sent: no asset", () => {
    const r = en("Italian jets flew their first NATO air defence sortie over Romania.");
    expect(r.names.filter((n) => n.startsWith("Asset:air defence"))).toEqual([]);
    const s = en("Germany sent air defence systems to Poland.");
    expect(s.names).toContain("Asset:air defence systems (Germany)");
  });
});

describe("NATO standing forces and battlegroups", () => {
  it("the Standing NATO Maritime Groups are organisations (ONTOLOGY: standing task forces)", () => {
    const r = nl("Het fregat sluit zich aan bij de Standing NATO Maritime Group 2 (SNMG2).");
    expect(r.names).toContain("Organisation:Standing NATO Maritime Group 2");
    expect(r.triples).toContain("Standing NATO Maritime Group 2 -PART_OF-> NATO");
  });

  it("'a multinational battlegroup in Latvia' is the known eFP battlegroup; 'de Baltische Zee' a sea", () => {
    const r = en("Canadian troops lead a multinational battlegroup in Latvia.");
    expect(r.names).toContain("Mission:eFP Battlegroup Latvia");
    const d = nl("De schepen varen in de Baltische Zee.");
    expect(d.names).toContain("Location:Baltic Sea");
    expect(d.names).not.toContain("Location:Baltic states");
  });
});

describe("air policing: the airspace an aircraft guards is where it operates", () => {
  it("'a sortie over A', 'patrol Polish skies', 'het luchtruim boven Oost-Europa'", () => {
    const r = en(
      "Four Italian F-35s flew their first sortie over Latvia. Two Spanish fighter jets took off to patrol Lithuanian skies.",
    );
    expect(r.triples).toContain("F-35 (Italy) -OPERATES_IN-> Latvia");
    expect(r.triples).toContain("fighter jets (Spain) -OPERATES_IN-> Lithuania");
    const d = nl("Belgische F-16's bewaken vanaf maandag het luchtruim boven de Noordzee.");
    expect(d.triples).toContain("F-16 (Belgium) -OPERATES_IN-> North Sea");
  });

  it("not talk 'over' a state, nor airspace a state says was threatened", () => {
    const r = nl(
      "Nederlandse F-35's keerden terug. De minister sprak over Polen. Moskou zei dat de Nederlandse F-35's het Russische luchtruim hadden bedreigd.",
    );
    expect(r.triples.filter((t) => t.includes("-OPERATES_IN->"))).toEqual([]);
  });
});

describe("a battlegroup named by the state that leads it", () => {
  it("'the US led battlegroup', 'de door Duitsland geleide battlegroup' are the known ones", () => {
    const r = en("A further 120 Danish soldiers serve in the Canadian-led battlegroup.");
    expect(r.names).toContain("Mission:eFP Battlegroup Latvia");
    const d = nl("Nederlandse militairen dienen in de door Duitsland geleide battlegroup.");
    expect(d.names).toContain("Mission:eFP Battlegroup Lithuania");
  });

  it("not a state that leads no battlegroup", () => {
    const r = en("Danish troops joined the Danish-led battlegroup.");
    expect(r.names.filter((n) => n.startsWith("Mission:"))).toEqual([]);
  });
});

describe("U.S. releases' ranks and deputies", () => {
  it("a service before the rank is no name: 'Chairman of the Joint Chiefs of Staff Army Gen. X'", () => {
    const r = en(
      "Chairman of the Joint Chiefs of Staff Air Force Gen. Dan Caine will attend. Marine Corps Lt. Gen. Jane Doyle, commander of the task force, spoke.",
    );
    expect(r.names).toContain("Person:Dan Caine");
    expect(r.names).toContain("Person:Jane Doyle");
    expect(r.names.filter((n) => /^Person:(?:Air|Marine|Army)/u.test(n))).toEqual([]);
  });

  it("a deputy represents the organisation of the office, before or after the name", () => {
    const r = en(
      "Lt. Gen. Piet Smit, deputy commander of Joint Force Command Brunssum, spoke. Vice Chairman of the Joint Chiefs of Staff Navy Adm. Karl Hollister attended.",
    );
    expect(r.triples).toContain("Piet Smit -REPRESENTS-> Joint Force Command Brunssum");
    expect(r.triples).toContain("Karl Hollister -REPRESENTS-> Joint Chiefs of Staff");
    expect(r.triples).not.toContain("Piet Smit -LEADS-> Joint Force Command Brunssum");
    const d = nl("Generaal Jan Smit, plaatsvervangend commandant van de landmacht, was aanwezig.");
    expect(d.triples.some((t) => /^Jan Smit -REPRESENTS-> /u.test(t))).toBe(true);
  });

  it("not a person farther from the office", () => {
    const r = en(
      "Gen. Piet Smit met the staff and the deputy commander of Joint Force Command Brunssum.",
    );
    expect(r.triples.filter((t) => t.includes("-REPRESENTS-> Joint Force Command"))).toEqual([]);
  });

  it("a unit's short form with its number ('7th Army Training Command (7ATC)') and a compass area", () => {
    const r = en(
      "The 5th Army Training Command (5ATC) hosted them. Col. Ann Lee, commander of 5ATC, spoke. Maj. Gen. Ivan Bor, commander of Operational Command East, attended.",
    );
    expect(r.triples).toContain("Ann Lee -LEADS-> 5th Army Training Command");
    expect(r.triples).toContain("Ivan Bor -LEADS-> Operational Command East");
  });
});

describe("a serviceman named with the force he serves in", () => {
  it("'Sgt. X from the Polish Armed Forces', 'General Y of the French Air and Space Force'", () => {
    const r = en(
      '"We learned a lot," Sgt. Marek Zielny from the Polish Armed Forces said. General Luc Martel of the French Air and Space Force agreed.',
    );
    expect(r.triples).toContain("Marek Zielny -MEMBER_OF-> Polish Armed Forces");
    expect(r.triples).toContain("Luc Martel -MEMBER_OF-> French Air and Space Force");
  });

  it("not without a rank, nor an organisation that is no force", () => {
    const r = en(
      "Marek Zielny of the Polish Armed Forces wrote a book. Gen. Luc Martel of NATO spoke with Col. Ann Lee of the Ministry of Defence.",
    );
    expect(r.triples.filter((t) => t.includes("-MEMBER_OF->"))).toEqual([]);
  });
});

describe("a government named by its capital", () => {
  it("'de regering in Kyiv', 'the government in Washington' are the states' governments", () => {
    const d = nl("Europa moet de hulp aan de regering in Kyiv op zich nemen.");
    expect(d.names).toContain("Organisation:Government of Ukraine");
    const r = en("The government in Washington has made its view clear.");
    expect(r.names).toContain("Organisation:United States government");
  });

  it("not the capital as a place", () => {
    const d = nl("De minister was vrijdag in Kyiv.");
    expect(d.names).not.toContain("Organisation:Government of Ukraine");
  });
});

describe("NATO's spearhead within its response force", () => {
  it("'the Very High Readiness Joint Task Force, or VJTF' is its own force, part of the NRF", () => {
    const r = en(
      "The drill tested NATO's Very High Readiness Joint Task Force, or VJTF, the spearhead of the NATO Response Force.",
    );
    expect(r.names).toContain("Organisation:Very High Readiness Joint Task Force");
    expect(r.triples).toContain(
      "Very High Readiness Joint Task Force -PART_OF-> NATO Response Force",
    );
  });

  it("the NRF alone is not the VJTF", () => {
    const r = en("Joint Force Command Naples commands the NATO Response Force (NRF) this year.");
    expect(r.names).not.toContain("Organisation:Very High Readiness Joint Task Force");
  });
});
