import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("ship names with two particles (eleventh round)", () => {
  it("'van der' inside a Dutch ship's name is part of the name", () => {
    const r = extractShipped(
      "Het fregat Zr.Ms. Willem van der Zaan keert vandaag terug in Den Helder.",
      "nl",
    );
    expect(r.names).toContain("Asset:HNLMS Willem van der Zaan");
    expect(r.names).not.toContain("Asset:HNLMS Willem");
  });

  it("particles with no capitalised word after them end the name", () => {
    const r = extractShipped("Zr.Ms. Tromp van de marine vertrekt morgen.", "nl");
    expect(r.names).toContain("Asset:HNLMS Tromp");
    expect(r.names.some((n) => n.includes("Tromp van"))).toBe(false);
  });
});

describe("exercise editions and names (eleventh round)", () => {
  it("a serial after the year is part of the edition", () => {
    const r = extractShipped(
      "Six jets will join the Tactical Leadership Programme 24-1 at Albacete next month.",
      "en",
    );
    expect(r.names).toContain("Event:Tactical Leadership Programme 24-1");
    expect(r.names).not.toContain("Event:Tactical Leadership Programme 24");
  });

  it("lower-case modifiers between the edition and 'exercise'", () => {
    const r = extractShipped(
      "A German unit joined the three-week Northern Shield 2025 air defence exercise in Estonia.",
      "en",
    );
    expect(r.names).toContain("Event:Northern Shield 2025");
  });

  it("a conjunction between a year and 'exercise' names no edition", () => {
    const r = extractShipped(
      "Funding for Northern Shield 2025 and the exercise budget were discussed.",
      "en",
    );
    expect(r.names).not.toContain("Event:Northern Shield 2025");
  });

  it("a Dutch compound on -oefening and a quoted name", () => {
    const r = extractShipped(
      "De verplaatsingsoefening 'Frisian Thunder III' van het squadron begon maandag in Volkel.",
      "nl",
    );
    expect(r.names).toContain("Event:Frisian Thunder III");
  });

  it("a Dutch compound on -oefening before a lower-case word names nothing", () => {
    const r = extractShipped("De schietoefening begon maandag op de Noordzee.", "nl");
    expect(r.names.some((n) => n.startsWith("Event:"))).toBe(false);
  });
});

describe("general knowledge added (eleventh round)", () => {
  it("the Dutch name of NATO's forward presence is the mission", () => {
    const r = extractShipped(
      "Nederland levert 250 militairen voor de vooruitgeschoven aanwezigheid van de NAVO in Litouwen.",
      "nl",
    );
    expect(r.names).toContain("Mission:Enhanced Forward Presence");
  });

  it("a standing exercise series the knowledge base now knows", () => {
    const r = extractShipped(
      "Estonia, Latvia and Poland will take part in Iron Sword this autumn.",
      "en",
    );
    expect(r.names).toContain("Event:Iron Sword");
  });

  it("the old name of a standing NATO naval group is the group", () => {
    const r = extractShipped("Het fregat was vlaggenschip van STANAVFORMED.", "nl");
    expect(r.names).toContain("Organisation:Standing NATO Maritime Group 2");
  });
});

describe("a mission noun before a mission's name (eleventh round)", () => {
  it("'de missie' right before a named mission is that mission, not the one named before", () => {
    const r = extractShipped(
      "Eerder werkten 4 militairen voor EUTM Mali. Nu is 1 militair voor de missie MINUSMA toegevoegd aan een Duits contingent in Gao.",
      "nl",
    );
    expect(r.triples.filter((t) => t.startsWith("detachment (Germany) -ASSIGNED_TO->"))).toEqual([
      "detachment (Germany) -ASSIGNED_TO-> MINUSMA",
    ]);
  });
});

describe("forces named with 'and' and task forces named by their words (eleventh round)", () => {
  it("a task force named by the words before it", () => {
    const r = extractShipped(
      "De minister bezocht in Roemenië de Counter Drone and Electronic Warfare Task Force.",
      "nl",
    );
    expect(r.names).toContain("Organisation:Counter Drone and Electronic Warfare Task Force");
  });

  it("'and' inside a command's name", () => {
    const r = extractShipped(
      "The Space and Cyber Operations Command in Ottawa coordinates the effort.",
      "en",
    );
    expect(r.names).toContain("Organisation:Space and Cyber Operations Command");
  });

  it("two bodies joined by 'and' stay two", () => {
    const r = extractShipped(
      "Marines will stay at Robertson Barracks and Royal Australian Air Force Base Darwin, and the Army and Air Force will help.",
      "en",
    );
    expect(r.names.some((n) => /Barracks and|Army and Air/u.test(n))).toBe(false);
  });

  it("a task force after a number or name is still read by its designator", () => {
    const r = extractShipped("Task Force 51 and the Combined Joint Task Force met.", "en");
    expect(r.names).toContain("Organisation:Task Force 51");
    expect(r.names).not.toContain("Organisation:Combined Joint Task Force");
  });
});

describe("rotational forces, state guards and towns of regions (eleventh round)", () => {
  it("a rotational force placed abroad is its state's asset", () => {
    const r = extractShipped(
      "U.S. Marines have begun arriving in Romania for the next rotation of the Black Sea Rotational Force.",
      "en",
    );
    expect(r.names).toContain("Asset:Black Sea Rotational Force (United States)");
    expect(r.has("United States", "PROVIDES", "Black Sea Rotational Force (United States)")).toBe(
      true,
    );
  });

  it("a U.S. state's air national guard is an organisation", () => {
    const r = extractShipped(
      "Airmen of the Ohio Air National Guard flew to Estonia last week.",
      "en",
    );
    expect(r.names).toContain("Organisation:Ohio Air National Guard");
  });

  it("'National Guard' after a word that is no U.S. state is no state's guard", () => {
    const r = extractShipped("The Iraqi National Guard and the Kuwait National Guard met.", "en");
    expect(r.names.some((n) => /(?:Iraqi|Kuwait) National Guard/u.test(n))).toBe(false);
  });

  it("a town before a comma and a region of a state", () => {
    const r = extractShipped(
      "De staatssecretaris bezocht een fabriek in Dayton, Ohio, en daarna Washington.",
      "nl",
    );
    expect(r.names).toContain("Location:Dayton");
    expect(r.has("Dayton", "LOCATED_IN", "Ohio")).toBe(true);
  });

  it("a town before a state and a preposition that starts another phrase", () => {
    const r = extractShipped(
      "The two ministers met in Bambang, Philippines on the sidelines of the summit.",
      "en",
    );
    expect(r.names).toContain("Location:Bambang");
  });

  it("a capitalised word before a comma and a region is no town when a verb follows", () => {
    const r = extractShipped("In Ohio, Texas and Florida the guard trained.", "en");
    expect(r.names).not.toContain("Location:In");
    expect(r.names.filter((n) => n.startsWith("Location:")).sort()).toEqual([
      "Location:Florida",
      "Location:Ohio",
      "Location:Texas",
    ]);
  });
});

describe("a state's possessive and its forces (eleventh round)", () => {
  it("'<state>'s armed forces' and '<state>'s forces' are the state's armed forces", () => {
    const r = extractShipped(
      "They agreed to modernize Austria's armed forces. Ukraine's forces are regaining ground.",
      "en",
    );
    expect(r.names).toContain("Organisation:Austrian Armed Forces");
    expect(r.names).toContain("Organisation:Armed Forces of Ukraine");
  });

  it("a nationality before 'forces' stays a contingent reading, not the armed forces", () => {
    const r = extractShipped("Russian forces retreat from the region.", "en");
    expect(r.names).not.toContain("Organisation:Russian Armed Forces");
  });
});

describe("a unit's naming convention decides its state (eleventh round)", () => {
  it("personnel of another state do not make a U.S.-named wing theirs", () => {
    const r = extractShipped(
      "More than 200 British airmen from the 31st Fighter Wing arrived at RAF Marham in England.",
      "en",
    );
    expect(r.names).not.toContain("Asset:31st Fighter Wing (United Kingdom)");
  });

  it("personnel of the unit's own state still send it", () => {
    const r = extractShipped(
      "About 300 U.S. soldiers from the 2nd Cavalry Regiment arrived in Estonia on Monday.",
      "en",
    );
    expect(r.names).toContain("Asset:2nd Cavalry Regiment (United States)");
  });
});

describe("a town before its state, then the next phrase (eleventh round, lead)", () => {
  it("'in <town>, <state> at/last/in …': the town is a place of the state, EN and NL", () => {
    const en = extractShipped(
      "The two destroyers met up in Ulcinjo, Montenegro at the weekend. The frigate docked in Palermia, Italy last week.",
      "en",
    );
    expect(en.has("Ulcinjo", "LOCATED_IN", "Montenegro")).toBe(true);
    expect(en.has("Palermia", "LOCATED_IN", "Italy")).toBe(true);
    const nl = extractShipped("De fregatten lagen in Marmarisko, Turkije afgelopen week.", "nl");
    expect(nl.has("Marmarisko", "LOCATED_IN", "Turkey")).toBe(true);
  });

  it("a state followed by a verb is the subject of a new clause, not the town's state", () => {
    const r = extractShipped("After the talks in Palermia, Italy said it would send a ship.", "en");
    expect(r.has("Palermia", "LOCATED_IN", "Italy")).toBe(false);
  });
});

describe("places that share a plural head (eleventh round, lead)", () => {
  it("'the Mediterranean and Black Seas', 'the Red, Baltic and Arabian Seas': each sea", () => {
    const r = extractShipped(
      "The group will operate in the Mediterranean and Black Seas. Later it sails the Red, Baltic and Arabian Seas.",
      "en",
    );
    for (const sea of ["Mediterranean Sea", "Black Sea", "Red Sea", "Baltic Sea", "Arabian Sea"]) {
      expect(r.entities.map((e) => e.name)).toContain(sea);
    }
  });

  it("a list with a name the knowledge base does not know as such a place is left alone", () => {
    const r = extractShipped("Sailors from the Royal and Merchant Seas Academy met.", "en");
    expect(r.entities.map((e) => e.name)).not.toContain("Royal Sea");
  });
});
