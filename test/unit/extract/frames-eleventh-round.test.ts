import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("assets serve in exercises (eleventh round)", () => {
  it("a ship taking part in an exercise is ASSIGNED_TO it, as to a mission", () => {
    const r = extractShipped(
      "HMS Somerset took part in Exercise Joint Warrior off Scotland.",
      "en",
    );
    expect(r.has("HMS Somerset (United Kingdom)", "ASSIGNED_TO", "Joint Warrior")).toBe(true);
  });

  it("a denied participation assigns nothing", () => {
    const r = extractShipped("HMS Somerset did not take part in Exercise Joint Warrior.", "en");
    expect(r.has("HMS Somerset (United Kingdom)", "ASSIGNED_TO", "Joint Warrior")).toBe(false);
  });

  it("ships named in one sentence with an exercise serve in it (sentence default), EN and NL", () => {
    const en = extractShipped(
      "Frigates HMS Argyll and HMS Kent sailed from Plymouth on Monday for Exercise Baltops.",
      "en",
    );
    for (const ship of ["HMS Argyll (United Kingdom)", "HMS Kent (United Kingdom)"]) {
      expect(en.has(ship, "ASSIGNED_TO", "BALTOPS")).toBe(true);
      expect(en.relation(`${ship} -ASSIGNED_TO-> BALTOPS`)?.confidence).toBeLessThan(0.5);
    }
    const nl = extractShipped(
      "Zr.Ms. Van Amstel en Zr.Ms. Tromp vertrokken maandag uit Den Helder voor de oefening Baltops.",
      "nl",
    );
    expect(nl.has("HNLMS Van Amstel", "ASSIGNED_TO", "BALTOPS")).toBe(true);
    expect(nl.has("HNLMS Tromp", "ASSIGNED_TO", "BALTOPS")).toBe(true);
  });

  it("an asset named with a summit or a meeting is not assigned to it", () => {
    const r = extractShipped(
      "HMS Argyll hosted the defence ministers on the sidelines of the NATO Summit in Vilnius.",
      "en",
    );
    expect(r.triples.some((t) => t.includes("-ASSIGNED_TO-> NATO Summit"))).toBe(false);
  });
});

describe("ships and units that join a naval group support it (eleventh round)", () => {
  it("joining a strike group or a task force: SUPPORTS, each ship of the subject list", () => {
    const r = extractShipped(
      "USS Sterett and USS Dewey joined the Wasp Expeditionary Strike Group last week.",
      "en",
    );
    expect(
      r.has("USS Sterett (United States)", "SUPPORTS", "Wasp Expeditionary Strike Group"),
    ).toBe(true);
    expect(r.has("USS Dewey (United States)", "SUPPORTS", "Wasp Expeditionary Strike Group")).toBe(
      true,
    );
    const s = extractShipped(
      "The frigate HMS Kent will join Standing NATO Maritime Group 2 in the spring.",
      "en",
    );
    expect(s.has("HMS Kent (United Kingdom)", "SUPPORTS", "Standing NATO Maritime Group 2")).toBe(
      true,
    );
  });

  it("Dutch: a ship that joins a standing group or is part of it supports it", () => {
    const r = extractShipped(
      "Zr.Ms. Vlaardingen sluit zich aan bij Standing NATO Mine Countermeasures Group 1.",
      "nl",
    );
    expect(
      r.has("HNLMS Vlaardingen", "SUPPORTS", "Standing NATO Mine Countermeasures Group 1"),
    ).toBe(true);
  });

  it("a ship joining a navy or exercising with one supports no navy", () => {
    const r = extractShipped("HMS Kent joined the Royal Navy in 1998.", "en");
    expect(r.triples.some((t) => t.includes("-SUPPORTS-> Royal Navy"))).toBe(false);
  });

  it("a state joining an alliance is membership, not a ship's support", () => {
    const r = extractShipped("Sweden joined NATO in March 2024.", "en");
    expect(r.has("Sweden", "MEMBER_OF", "NATO")).toBe(true);
    expect(r.triples.some((t) => t.includes("-SUPPORTS-> NATO"))).toBe(false);
  });
});

describe("Dutch cooperation said without 'hun' or with a phrase inside (eleventh round)", () => {
  it("'A en B werken op het gebied van X al jaren nauw samen' and headlines without a determiner", () => {
    const a = extractShipped(
      "Denemarken en Noorwegen werken op het gebied van kustwacht al jaren nauw samen.",
      "nl",
    );
    expect(a.cooperate("Denmark", "Norway")).toBe(true);
    const b = extractShipped("Polen en Litouwen versterken militaire samenwerking.", "nl");
    expect(b.cooperate("Poland", "Lithuania")).toBe(true);
    const c = extractShipped(
      "Polen en Litouwen gaan nauwer samenwerken bij de grensbewaking.",
      "nl",
    );
    expect(c.cooperate("Poland", "Lithuania")).toBe(true);
  });

  it("'werken in X samen met Y' pairs the subjects with Y, not with each other; a flank is no partner", () => {
    const r = extractShipped("Denemarken en Noorwegen werken in Irak samen met Frankrijk.", "nl");
    expect(r.cooperate("Denmark", "France")).toBe(true);
    expect(r.cooperate("Denmark", "Norway")).toBe(false);
    const s = extractShipped("Polen en Litouwen versterken de oostflank van de NAVO.", "nl");
    expect(s.cooperate("Poland", "Lithuania")).toBe(false);
  });
});

describe("events placed by 'nabij', 'rond(om)', 'around', 'centred' (eleventh round)", () => {
  it("an exercise named with the place around it is there", () => {
    const nl = extractShipped("De fregatten nemen deel aan BALTOPS rondom Bornholm.", "nl");
    expect(nl.has("BALTOPS", "LOCATED_IN", "Bornholm")).toBe(true);
    const nl2 = extractShipped("De mariniers oefenen in Cold Response nabij Noorwegen.", "nl");
    expect(nl2.has("Cold Response", "LOCATED_IN", "Norway")).toBe(true);
    const en = extractShipped("Exercise Trident Juncture was centred in central Norway.", "en");
    expect(en.triples.some((t) => /Trident Juncture.* -LOCATED_IN-> Norway/.test(t))).toBe(true);
  });

  it("'rond Pasen' places nothing", () => {
    const r = extractShipped("De oefening BALTOPS begint rond Pasen.", "nl");
    expect(r.triples.some((t) => t.startsWith("BALTOPS -LOCATED_IN->"))).toBe(false);
  });
});

describe("home ports, departures and deterrence by assets (eleventh round)", () => {
  it("'in haar thuishaven X' and 'the X-based frigate' place the ship", () => {
    const nl = extractShipped(
      "Zr.Ms. Tromp keert vrijdag terug in haar thuishaven Den Helder.",
      "nl",
    );
    expect(nl.has("HNLMS Tromp", "LOCATED_IN", "Den Helder")).toBe(true);
    const en = extractShipped("The Plymouth-based frigate HMS Argyll sailed on Monday.", "en");
    expect(en.has("HMS Argyll (United Kingdom)", "LOCATED_IN", "Plymouth")).toBe(true);
  });

  it("a state before '-based' is no home port", () => {
    const r = extractShipped("The Germany-based frigate HMS Argyll sailed on Monday.", "en");
    expect(r.has("HMS Argyll (United Kingdom)", "LOCATED_IN", "Germany")).toBe(false);
  });

  it("a strike group departing a port was there", () => {
    const r = extractShipped(
      "The Carl Vinson Carrier Strike Group departed San Diego on Monday for the Pacific.",
      "en",
    );
    expect(r.triples.some((t) => /Carrier Strike Group -LOCATED_IN-> San Diego/.test(t))).toBe(
      true,
    );
  });

  it("aircraft that deter a state oppose it, NL and EN; deterring nobody opposes nobody", () => {
    const nl = extractShipped(
      "De Belgische F-16's dragen bij aan de afschrikking van Rusland.",
      "nl",
    );
    expect(nl.has("F-16 (Belgium)", "OPPOSES", "Russia")).toBe(true);
    const en = extractShipped("The Belgian F-16s will deter Russia on the eastern flank.", "en");
    expect(en.has("F-16 (Belgium)", "OPPOSES", "Russia")).toBe(true);
    const none = extractShipped("The Belgian F-16s will train over Poland.", "en");
    expect(none.triples.some((t) => t.includes("-OPPOSES->"))).toBe(false);
  });
});

describe("a navy named in the article provides its state's ships (eleventh round)", () => {
  it("the ship's own navy PROVIDES it, EN and NL", () => {
    const en = extractShipped(
      "Royal Navy warships HMS Kent and HMS Argyll sailed from Plymouth on Monday.",
      "en",
    );
    expect(en.has("Royal Navy", "PROVIDES", "HMS Kent (United Kingdom)")).toBe(true);
    expect(en.has("Royal Navy", "PROVIDES", "HMS Argyll (United Kingdom)")).toBe(true);
    const nl = extractShipped(
      "De Koninklijke Marine heeft Zr.Ms. Den Helder in oktober in dienst gesteld.",
      "nl",
    );
    expect(nl.has("Royal Netherlands Navy", "PROVIDES", "HNLMS Den Helder")).toBe(true);
  });

  it("another state's navy, and a marine corps, provide no ship", () => {
    const r = extractShipped("The German Navy welcomed HMS Kent in Kiel.", "en");
    expect(r.triples.some((t) => t.startsWith("German Navy -PROVIDES->"))).toBe(false);
    const m = extractShipped(
      "Het Korps Mariniers oefent aan boord van Zr.Ms. Johan de Witt.",
      "nl",
    );
    expect(m.triples.some((t) => /Marine Corps -PROVIDES->/.test(t))).toBe(false);
  });
});

describe("deploying to, patrolling, and 'off' a coast (eleventh round)", () => {
  it("a group or aircraft 'is to / due to deploy to' a place operates there", () => {
    const r = extractShipped(
      "Standing NATO Maritime Group 2 is to deploy to the Aegean Sea.",
      "en",
    );
    expect(r.has("Standing NATO Maritime Group 2", "OPERATES_IN", "Aegean Sea")).toBe(true);
    const a = extractShipped("The Belgian F-16s are due to deploy to Romania in May.", "en");
    expect(a.has("F-16 (Belgium)", "OPERATES_IN", "Romania")).toBe(true);
  });

  it("Dutch 'de patrouilles op X' of a naval group", () => {
    const r = extractShipped(
      "Standing NATO Maritime Group 1 voerde de patrouilles op de Noordzee op.",
      "nl",
    );
    expect(r.has("Standing NATO Maritime Group 1", "OPERATES_IN", "North Sea")).toBe(true);
  });

  it("a ship deployed or operating off a coast operates there; a deployment 'for' a state places nothing", () => {
    const r = extractShipped("France has deployed the FS Languedoc off the coast of Yemen.", "en");
    expect(r.triples.some((t) => /Languedoc.* -OPERATES_IN-> Yemen/.test(t))).toBe(true);
    const k = extractShipped("HMS Kent is operating off Somalia this month.", "en");
    expect(k.has("HMS Kent (United Kingdom)", "OPERATES_IN", "Somalia")).toBe(true);
    const n = extractShipped("The exercise kicked off with ships from Norway.", "en");
    expect(n.triples.some((t) => t.includes("-OPERATES_IN-> Norway"))).toBe(false);
  });
});

describe("Dutch verb-second with a subject and a direct object after the verb (eleventh round)", () => {
  it("'Daarnaast steunt Nederland Oekraïne', 'Ook ondersteunde België de Oekraïense strijdkrachten'", () => {
    const a = extractShipped("Daarnaast steunt Nederland Oekraïne met munitie.", "nl");
    expect(a.has("Netherlands", "SUPPORTS", "Ukraine")).toBe(true);
    expect(a.has("Ukraine", "SUPPORTS", "Netherlands")).toBe(false);
    const b = extractShipped("Vorig jaar hielp Polen Litouwen met de grensbewaking.", "nl");
    expect(b.has("Poland", "SUPPORTS", "Lithuania")).toBe(true);
    const c = extractShipped(
      "Ook ondersteunde België de Oekraïense strijdkrachten met munitie.",
      "nl",
    );
    expect(c.has("Belgium", "SUPPORTS", "Armed Forces of Ukraine")).toBe(true);
  });

  it("a name after a nominal trigger is no inverted subject with a place as its object", () => {
    const r = extractShipped(
      "Bijvoorbeeld bij de strijd tegen terreurorganisatie ISIS in Irak en Syrië.",
      "nl",
    );
    expect(r.has("ISIS", "OPPOSES", "Iraq")).toBe(false);
    expect(r.has("ISIS", "OPPOSES", "Syria")).toBe(false);
  });
});
