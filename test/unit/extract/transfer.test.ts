import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

const extract = extractShipped;

describe("transfer: a base named after its noun, in a state", () => {
  it("assets stationed at 'de vliegbasis X in <state>' are at the base, and the base is in the state", () => {
    const r = extract(
      "Zes Belgische F-16's zijn sinds woensdag gestationeerd op de vliegbasis Kuchyna in Slowakije.",
      "nl",
    );
    expect(r.names).toContain("Location:Kuchyna");
    expect(r.triples).toContain("F-16 (Belgium) -LOCATED_IN-> Kuchyna");
    expect(r.triples).toContain("Kuchyna -LOCATED_IN-> Slovakia");
  });

  it("the same in English: 'based at the air base X in <state>'", () => {
    const r = extract(
      "Four Danish F-16 fighter jets are based at the air base Boboc in Romania.",
      "en",
    );
    expect(r.triples).toContain("F-16 (Denmark) -LOCATED_IN-> Boboc");
    expect(r.triples).toContain("Boboc -LOCATED_IN-> Romania");
  });

  it("a state after a comma must close the phrase; a state that starts a new clause is no place's", () => {
    const r = extract(
      "De militairen oefenen op de vliegbasis Kuchyna, Slowakije en Hongarije leveren de instructeurs.",
      "nl",
    );
    expect(r.triples).not.toContain("Kuchyna -LOCATED_IN-> Slovakia");
  });

  it("an area followed by 'in' and a state is not located by this rule", () => {
    const r = extract("Britse schepen patrouilleren in de Oostzee in Europa.", "nl");
    expect(r.triples.filter((t) => t.includes("-LOCATED_IN->"))).toEqual([]);
  });
});

describe("transfer: an unknown town followed by a comma and a state", () => {
  it("'in <Town>, <state>.' makes the town a Location of that state", () => {
    const r = extract(
      "De F-16's worden aangestuurd vanuit het commandocentrum in Szolnok, Hongarije.",
      "nl",
    );
    expect(r.names).toContain("Location:Szolnok");
    expect(r.triples).toContain("Szolnok -LOCATED_IN-> Hungary");
  });

  it("a headquarters sentence about the topic mission reaches the new town", () => {
    const r = extract(
      "Nederland stuurt een fregat naar de missie Atalanta. Het hoofdkwartier van Atalanta bevindt zich in Rota, Spanje.",
      "nl",
    );
    expect(r.triples.some((t) => t.endsWith("-HEADQUARTERED_IN-> Rota"))).toBe(true);
    expect(r.triples).toContain("Rota -LOCATED_IN-> Spain");
  });

  it("no town when the name after the comma is no state, or the list goes on", () => {
    const r = extract(
      "The talks in Geneva, Lausanne and Bern continued. The ministers met in Olomouc, Pardubice.",
      "en",
    );
    expect(r.names).not.toContain("Location:Lausanne");
    expect(r.names).not.toContain("Location:Olomouc");
  });
});

describe("transfer: initials inside names", () => {
  it("a ship's name keeps an initial followed by a further name word", () => {
    const r = extract(
      "The frigate escorted the carrier USS John F. Kennedy through the strait. USS John F. Kennedy then sailed on.",
      "en",
    );
    expect(r.names).toContain("Asset:USS John F. Kennedy (United States)");
    expect(r.names.some((n) => n === "Asset:USS John F (United States)")).toBe(false);
  });

  it("a one-letter word before the sentence's full stop still ends the name", () => {
    const r = extract("The tanker refuelled HMS Kent. The crew rested.", "en");
    expect(r.names).toContain("Asset:HMS Kent (United Kingdom)");
  });
});

describe("transfer: '<place>-based <force>'", () => {
  it("the place is the seat, not part of the force's name", () => {
    const r = extract(
      "The request came from the Djibouti-based Combined Joint Task Force and the Tampa-based U.S. Central Command.",
      "en",
    );
    expect(r.names.some((n) => n.includes("-based"))).toBe(false);
    expect(r.triples).toContain("U.S. Central Command -HEADQUARTERED_IN-> Tampa");
  });

  it("a state with '-based' locates the force in the state (a headquarters is in a town)", () => {
    const r = extract(
      "The Qatar-based Combined Air Operations Force coordinates the flights.",
      "en",
    );
    expect(r.names).toContain("Organisation:Combined Air Operations Force");
    expect(r.triples).toContain("Combined Air Operations Force -LOCATED_IN-> Qatar");
    expect(r.triples.some((t) => t.includes("-HEADQUARTERED_IN-> Qatar"))).toBe(false);
  });
});

describe("transfer: states supplying to a mission, and 'besides X'", () => {
  it("each state of a list after the verb that supplies to the mission takes part in it", () => {
    const r = extract(
      "België stuurt een mijnenjager naar de missie Atalanta. Ook Spanje, Portugal en Griekenland leveren schepen aan de missie.",
      "nl",
    );
    for (const state of ["Spain", "Portugal", "Greece"])
      expect(r.triples).toContain(`${state} -PARTICIPATES_IN-> Operation Atalanta`);
  });

  it("a sentence-opening 'naast X' is a comparison, not the subject", () => {
    const r = extract(
      "Naast Noorwegen levert ook Denemarken een fregat aan de missie Atalanta.",
      "nl",
    );
    expect(r.triples).toContain("Denmark -PARTICIPATES_IN-> Operation Atalanta");
    expect(r.triples).not.toContain("Norway -PROVIDES-> frigates (Denmark)");
  });

  it("supplying to a state is no participation", () => {
    const r = extract("Ook Spanje en Portugal leveren munitie aan Oekraïne.", "nl");
    expect(r.triples.filter((t) => t.includes("-PARTICIPATES_IN->"))).toEqual([]);
  });
});

describe("transfer: a definite asset noun refers to the one compatible asset named before", () => {
  it("'de toestellen' after counted fighters are those fighters; a nationality must match the owner", () => {
    const r = extract(
      "Zes Belgische F-16's zijn in Litouwen aangekomen. De toestellen nemen deel aan de NAVO-missie Air Policing. De Belgische toestellen werken samen met Deense F-35's.",
      "nl",
    );
    expect(r.triples).toContain("F-16 (Belgium) -ASSIGNED_TO-> NATO Air Policing");
    expect(r.triples).toContain("Belgium -PARTICIPATES_IN-> NATO Air Policing");
    expect(
      r.triples.some(
        (t) =>
          t === "F-16 (Belgium) -COOPERATES_WITH-> F-35 (Denmark)" ||
          t === "F-35 (Denmark) -COOPERATES_WITH-> F-16 (Belgium)",
      ),
    ).toBe(true);
  });

  it("no resolution when two different aircraft were named before", () => {
    const r = extract(
      "Vier Belgische F-16's en twee Deense F-35's zijn in Litouwen aangekomen. De toestellen nemen deel aan de NAVO-missie Air Policing.",
      "nl",
    );
    expect(r.triples.filter((t) => t.includes("-ASSIGNED_TO->"))).toEqual([]);
  });

  it("a nationality that owns none of them blocks the resolution", () => {
    const r = extract(
      "Zes Belgische F-16's zijn in Litouwen aangekomen. De Franse toestellen nemen deel aan de NAVO-missie Air Policing.",
      "nl",
    );
    expect(r.triples).not.toContain("F-16 (Belgium) -ASSIGNED_TO-> NATO Air Policing");
  });
});

describe("transfer: a rank before the agent of 'onder leiding van'", () => {
  it("'de operatie staat onder leiding van de Spaanse commandeur X': X leads the topic mission", () => {
    const r = extract(
      "Het fregat gaat deelnemen aan de Europese missie Atalanta. De operatie staat onder leiding van de Spaanse commandeur Juan Perez.",
      "nl",
    );
    expect(r.triples).toContain("Juan Perez -LEADS-> Operation Atalanta");
  });

  it("a preposition before the person is no rank: the agent is not skipped to", () => {
    const r = extract(
      "Het fregat gaat deelnemen aan de missie Atalanta. De missie staat onder leiding van de staf met commandeur Juan Perez.",
      "nl",
    );
    expect(r.triples).not.toContain("Juan Perez -LEADS-> Operation Atalanta");
  });
});

describe("transfer: ships introduced by a nationality and a class", () => {
  it("'alongside the American aircraft carrier USS X and the Italian frigate Y': cooperation with each", () => {
    const r = extract(
      "HMS Kent operates alongside the American aircraft carrier USS Nimitz and the Italian frigate Fasan.",
      "en",
    );
    expect(r.names).toContain("Asset:Fasan (Italy)");
    expect(r.triples).toContain("Italy -PROVIDES-> Fasan (Italy)");
    const cooperate = (a: string, b: string) =>
      r.triples.includes(`${a} -COOPERATES_WITH-> ${b}`) ||
      r.triples.includes(`${b} -COOPERATES_WITH-> ${a}`);
    expect(cooperate("HMS Kent (United Kingdom)", "USS Nimitz (United States)")).toBe(true);
    expect(cooperate("HMS Kent (United Kingdom)", "Fasan (Italy)")).toBe(true);
    // The nationality qualifies the ship: no cooperation with the states themselves.
    expect(cooperate("HMS Kent (United Kingdom)", "Italy")).toBe(false);
  });

  it("no ship without a nationality before the class, nor a weekday as a name", () => {
    const r = extract(
      "The frigate Fasan left port. The Italian frigate Monday was a typo in the report.",
      "en",
    );
    expect(r.names.some((n) => n.startsWith("Asset:Fasan"))).toBe(false);
    expect(r.names.some((n) => n.startsWith("Asset:Monday"))).toBe(false);
  });
});

describe("transfer: 'the two leaders' of a meeting of two states", () => {
  const meeting =
    "Australian Defence Minister Richard Marles hosted Canadian Minister of National Defence Bill Blair in Canberra.";

  it("discussed cooperation with states and condemned a third: both represented states", () => {
    const r = extract(
      `${meeting} The two leaders discussed trilateral cooperation with Japan and the Philippines, and condemned Iran's drone attacks.`,
      "en",
    );
    const cooperate = (a: string, b: string) =>
      r.triples.includes(`${a} -COOPERATES_WITH-> ${b}`) ||
      r.triples.includes(`${b} -COOPERATES_WITH-> ${a}`);
    for (const party of ["Australia", "Canada"]) {
      expect(cooperate(party, "Japan")).toBe(true);
      expect(cooperate(party, "Philippines")).toBe(true);
      expect(r.triples).toContain(`${party} -OPPOSES-> Iran`);
    }
  });

  it("no parties when three states are represented", () => {
    const r = extract(
      `${meeting} French Minister of the Armed Forces Sébastien Lecornu joined them. The leaders condemned Iran's drone attacks.`,
      "en",
    );
    expect(r.triples.filter((t) => t.includes("-OPPOSES->"))).toEqual([]);
  });

  it("a clause with a subject of its own keeps it", () => {
    const r = extract(
      `${meeting} The leaders met, and Japan condemned Iran's drone attacks.`,
      "en",
    );
    expect(r.triples).not.toContain("Australia -OPPOSES-> Iran");
  });
});

describe("transfer: ranks and offices that mark an unknown person", () => {
  it("Belgian naval and British air force ranks introduce a name no dictionary knows", () => {
    const nl = extract(
      "Het eskader staat onder bevel van de Belgische korvetkapitein Luc Vandermeulen.",
      "nl",
    );
    expect(nl.names).toContain("Person:Luc Vandermeulen");
    const en = extract("Air Vice-Marshal Simon Harwood inspected the squadron at the base.", "en");
    expect(en.names).toContain("Person:Simon Harwood");
  });

  it("a British office of several capitalised words still ends at the name", () => {
    const r = extract("Armed Forces Minister Laura Pennington visited the troops on Monday.", "en");
    expect(r.names).toContain("Person:Laura Pennington");
  });

  it("without a rank or office, two capitalised words are no person", () => {
    const r = extract("Het eskader staat onder bevel van Luc Vandermeulen.", "nl");
    expect(r.names).not.toContain("Person:Luc Vandermeulen");
  });
});
