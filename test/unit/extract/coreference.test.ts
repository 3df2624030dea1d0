import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

const KENT = "HMS Kent (United Kingdom)";
const SNMG1 = "Standing NATO Maritime Group 1";

describe("coreference: a definite description names the one compatible entity before it", () => {
  it("a ship noun with modifiers ('the Plymouth-based warship') is the one named ship", () => {
    const r = extractShipped(
      "HMS Kent sailed from Plymouth on Monday. The Plymouth-based warship will join Standing NATO Maritime Group 1 next week.",
      "en",
    );
    expect(r.has(KENT, "SUPPORTS", SNMG1)).toBe(true);
  });

  it("two named ships compete: the description names neither", () => {
    const r = extractShipped(
      "HMS Kent and HMS Argyll sailed from Plymouth on Monday. The Plymouth-based frigate will join Standing NATO Maritime Group 1 next week.",
      "en",
    );
    expect(r.has(KENT, "SUPPORTS", SNMG1)).toBe(false);
    expect(r.has("HMS Argyll (United Kingdom)", "SUPPORTS", SNMG1)).toBe(false);
  });

  it("a bare 'the frigate' after two ships named in its window names neither (ships.ts)", () => {
    const r = extractShipped(
      "HMS Kent and HMS Argyll sailed from Plymouth on Monday. The frigate will join Standing NATO Maritime Group 1 next week.",
      "en",
    );
    expect(r.has(KENT, "SUPPORTS", SNMG1)).toBe(false);
    expect(r.has("HMS Argyll (United Kingdom)", "SUPPORTS", SNMG1)).toBe(false);
    const one = extractShipped(
      "HMS Kent sailed from Plymouth on Monday. The frigate will join Standing NATO Maritime Group 1 next week.",
      "en",
    );
    expect(one.has(KENT, "SUPPORTS", SNMG1)).toBe(true);
  });

  it("an indefinite or plural ship noun is no reference", () => {
    const a = extractShipped(
      "HMS Kent sailed from Plymouth on Monday. A Plymouth-based frigate will join Standing NATO Maritime Group 1 next week.",
      "en",
    );
    expect(a.has(KENT, "SUPPORTS", SNMG1)).toBe(false);
    const b = extractShipped(
      "HMS Kent sailed from Plymouth on Monday. The Plymouth-based frigates will join Standing NATO Maritime Group 1 next week.",
      "en",
    );
    expect(b.has(KENT, "SUPPORTS", SNMG1)).toBe(false);
  });

  it("a ship noun never names a person, an office noun never a ship", () => {
    const r = extractShipped(
      "Secretary of Defense Lloyd Austin visited Norfolk on Monday. The Norfolk-based destroyer will join Standing NATO Maritime Group 1.",
      "en",
    );
    expect(r.triples.some((t) => t.startsWith("Lloyd Austin") && t.endsWith(SNMG1))).toBe(false);
    const s = extractShipped(
      "HMS Kent sailed from Plymouth on Monday. The minister will attend the NATO Summit in Washington.",
      "en",
    );
    expect(s.triples.some((t) => t.startsWith(KENT) && t.includes("NATO Summit"))).toBe(false);
  });

  it("an office noun names the one person introduced with that office (EN and NL)", () => {
    const en = extractShipped(
      "Secretary of Defense Lloyd J. Austin III arrived in Brussels on Tuesday. The Secretary will attend the NATO Defence Ministers' Meeting.",
      "en",
    );
    expect(
      en.triples.some((t) =>
        t.startsWith("Lloyd Austin -PARTICIPATES_IN-> NATO Defence Ministers"),
      ),
    ).toBe(true);
    const general = extractShipped(
      "General Christopher Cavoli visited Poland on Monday. The general will lead Exercise Steadfast Defender.",
      "en",
    );
    expect(general.has("Christopher Cavoli", "LEADS", "Steadfast Defender")).toBe(true);
    const nl = extractShipped(
      "Minister Brekelmans is dinsdag in Vilnius aangekomen. De minister neemt woensdag deel aan de NAVO-top in Den Haag.",
      "nl",
    );
    expect(nl.triples.some((t) => t.startsWith("Ruben Brekelmans -PARTICIPATES_IN->"))).toBe(true);
  });

  it("'the Secretary General' and 'the Defence Secretary' need that office and portfolio", () => {
    const sg = extractShipped(
      "NATO Secretary General Mark Rutte visited Norfolk on Monday. The Secretary General will attend the Washington Summit in July.",
      "en",
    );
    expect(sg.has("Mark Rutte", "PARTICIPATES_IN", "Washington Summit")).toBe(true);
    const general = extractShipped(
      "NATO Secretary General Mark Rutte visited Norfolk on Monday. The general will attend the Washington Summit in July.",
      "en",
    );
    expect(general.has("Mark Rutte", "PARTICIPATES_IN", "Washington Summit")).toBe(false);
    const defence = extractShipped(
      "Defence Secretary John Healey visited Tapa on Monday. The Defence Secretary will attend the Washington Summit in July.",
      "en",
    );
    expect(defence.has("John Healey", "PARTICIPATES_IN", "Washington Summit")).toBe(true);
    const foreign = extractShipped(
      "Foreign Secretary David Lammy visited Tapa on Monday. The Defence Secretary will attend the Washington Summit in July.",
      "en",
    );
    expect(foreign.triples.some((t) => t.includes("PARTICIPATES_IN-> Washington Summit"))).toBe(
      false,
    );
  });

  it("two people with the office compete: no reference; 'the general public' is no general", () => {
    const r = extractShipped(
      "Minister Brekelmans met Minister Kasciunas in Vilnius. The minister will attend the NATO Summit in Washington.",
      "en",
    );
    expect(
      r.triples.some((t) => /PARTICIPATES_IN-> .*Summit/.test(t) && !t.startsWith("NATO")),
    ).toBe(false);
    const g = extractShipped(
      "General Christopher Cavoli visited Poland on Monday. The general public will watch Exercise Steadfast Defender.",
      "en",
    );
    expect(
      g.triples.some((t) => t.startsWith("Christopher Cavoli") && t.endsWith("Steadfast Defender")),
    ).toBe(false);
  });

  it("a description with nothing before it in its article names nothing", () => {
    const r = extractShipped(
      "The minister will attend the NATO Summit in Washington. The frigate will join Standing NATO Maritime Group 1.",
      "en",
    );
    expect(r.entities.some((e) => e.type === "Person")).toBe(false);
    expect(r.triples.some((t) => t.includes(`SUPPORTS-> ${SNMG1}`))).toBe(false);
  });

  it("'the unit' is the one military unit named before it", () => {
    const r = extractShipped(
      "The 173rd Airborne Brigade arrived in Latvia in May. The unit will take part in Exercise Saber Strike.",
      "en",
    );
    expect(
      r.triples.some((t) => t.startsWith("173rd Airborne Brigade -PARTICIPATES_IN-> Saber Strike")),
    ).toBe(true);
  });

  it("'the group' is a group whose name ends in a number (head-references)", () => {
    const r = extractShipped(
      "HMS Kent joined Standing NATO Maritime Group 1 last week. The group will operate in the Baltic Sea until May.",
      "en",
    );
    expect(r.has(SNMG1, "OPERATES_IN", "Baltic Sea")).toBe(true);
    const none = extractShipped(
      "HMS Kent sailed to the Baltic Sea last week. The group will operate there until May.",
      "en",
    );
    expect(none.triples.some((t) => t.includes("Group"))).toBe(false);
  });
});
