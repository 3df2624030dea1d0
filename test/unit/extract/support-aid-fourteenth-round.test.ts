import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

/**
 * Support, aid and opposition said by noun phrases (fourteenth round; docs/extraction.md,
 * "Support, aid and opposition"). Invented sentences, other names than the articles.
 */
const en = (body: string, title = "News") => extractShipped(body, "en", title);

describe("the good a state is committed to stands for the state", () => {
  it("'commitment to the security and stability of X': the subject supports X", () => {
    const r = en("Finland reaffirmed its commitment to the security and stability of Estonia.");
    expect(r.triples).toContain("Finland -SUPPORTS-> Estonia");
  });

  it("'commitment to the collective security of our NATO allies'", () => {
    const r = en(
      "Canada keeps showing its commitment to the collective security of our NATO allies.",
    );
    expect(r.triples).toContain("Canada -SUPPORTS-> NATO");
  });

  it("'contribution to the security of X' supports X", () => {
    const r = en("Norway made a substantial contribution to the security of Latvia.");
    expect(r.triples).toContain("Norway -SUPPORTS-> Latvia");
  });

  it("a contribution to a mission without such a good is no support of it", () => {
    const r = en("Spain made a substantial contribution to NATO Mission Iraq.");
    expect(r.triples.filter((t) => t.includes("-SUPPORTS->"))).toEqual([]);
  });

  it("the state right before 'commitment' is its agent, not the sentence's subject", () => {
    const r = en(
      "Operation Inherent Resolve is proof of continued U.S. commitment to the security of Lithuania.",
    );
    expect(r.triples).toContain("United States -SUPPORTS-> Lithuania");
    expect(r.triples).not.toContain("Operation Inherent Resolve -SUPPORTS-> Lithuania");
  });
});

describe("aid named by a noun", () => {
  it("'a military aid package for X'", () => {
    const r = en("Sweden unveiled a new military aid package for Ukraine on Tuesday.");
    expect(r.triples).toContain("Sweden -SUPPORTS-> Ukraine");
  });

  it("'X is a key partner for Y' is cooperation", () => {
    const r = en("Moldova is an important partner for Romania.");
    expect(r.cooperate("Moldova", "Romania")).toBe(true);
  });
});

describe("standing against an aggressor", () => {
  it("'a united X in the face of Russian aggression': X opposes Russia", () => {
    const r = en(
      "The ministers called for a united European Union in the face of Russian aggression.",
    );
    expect(r.triples).toContain("European Union -OPPOSES-> Russia");
  });

  it("a nationality right before 'in the face of' qualifies a noun and opposes nobody", () => {
    const r = en("Latvia stands with its Estonian partners in the face of Russian aggression.");
    expect(r.triples).not.toContain("Estonia -OPPOSES-> Russia");
  });
});

describe("cooperation between two parties", () => {
  it("'between X and the US-led coalition': the coalition is the partner, not its leader", () => {
    const r = en(
      "Officials praised the cooperation between Jordan and the US-led Global Coalition to Defeat ISIS.",
    );
    expect(r.cooperate("Jordan", "anti-ISIS coalition")).toBe(true);
    expect(r.cooperate("Jordan", "United States")).toBe(false);
  });

  it("a readout's unnamed relationship joins the two states its people represent", () => {
    const r = en(
      "Polish Defence Minister Jan Kowalski met Lithuanian Defence Minister Rimas Petraitis in Vilnius. The two ministers discussed the bilateral defence partnership.",
    );
    expect(r.cooperate("Poland", "Lithuania")).toBe(true);
  });

  it("with people of three states the relationship has no one reading", () => {
    const r = en(
      "Polish Defence Minister Jan Kowalski met Lithuanian Defence Minister Rimas Petraitis and Latvian Defence Minister Andris Ozols in Vilnius. They discussed the strong defence partnership.",
    );
    expect(r.cooperate("Poland", "Lithuania")).toBe(false);
  });
});

describe("assets counted from a national unit", () => {
  const dateline = "ROYAL AIR FORCE MARHAM, England – ";

  it("'Twelve F-16 aircraft and more than 200 Airmen from the 31st Fighter Wing': the wing provides", () => {
    const r = en(
      `${dateline}Twelve F-16 aircraft and more than 200 Airmen from the 31st Fighter Wing, Aviano Air Base, Italy, completed a training deployment here May 3.`,
    );
    expect(r.triples.some((t) => t.startsWith("31st Fighter Wing -PROVIDES-> airmen"))).toBe(true);
  });

  it("uncounted assets 'from' a unit only say whose they are", () => {
    const r = en(
      `${dateline}Twelve F-16 aircraft and more than 200 Airmen from the 31st Fighter Wing, Aviano Air Base, Italy, completed a training deployment here May 3. Airmen from the 48th Fighter Wing worked alongside them.`,
    );
    expect(r.triples.some((t) => t.startsWith("31st Fighter Wing -PROVIDES-> airmen"))).toBe(true);
    expect(r.triples.filter((t) => t.startsWith("48th Fighter Wing -PROVIDES->"))).toEqual([]);
  });
});
