import { describe, expect, it } from "vitest";
import { extract } from "./support/extract.ts";

const organisations = (names: string[]) => names.filter((n) => n.startsWith("Organisation:"));

describe("commands, forces and task forces by their head noun", () => {
  it("a command keeps an area word that follows it, and the area is no place of its own", () => {
    const r = extract("The general leads Special Warfare Command Pacific from Hawaii.", "en");
    expect(organisations(r.names)).toEqual(["Organisation:Special Warfare Command Pacific"]);
    expect(r.names).not.toContain("Location:Pacific");
  });

  it("task forces with a number, a parenthesised acronym or an acronym are one organisation", () => {
    const r = extract(
      "Canada took command of Combined Task Force (CTF) 150 in May. CTF-150 patrols the sea.",
      "en",
    );
    expect(organisations(r.names)).toEqual(["Organisation:Combined Task Force 150"]);
    expect(r.entity("Combined Task Force 150")?.mentions).toHaveLength(2);
  });

  it("a named task force is an organisation", () => {
    const r = extract("Task Force Harbour trains the army in the north.", "en");
    expect(organisations(r.names)).toEqual(["Organisation:Task Force Harbour"]);
  });

  it("a force name needs a qualifier or three words; categories are no names", () => {
    const r = extract(
      "The Combined Naval Forces met the Northern Border Security Forces, while Special Operations Forces and Coalition Forces watched.",
      "en",
    );
    expect(organisations(r.names)).toEqual([
      "Organisation:Combined Naval Forces",
      "Organisation:Northern Border Security Forces",
    ]);
  });

  it("a country inside a force's name stays named", () => {
    const r = extract("The Royal Canadian Naval Force sailed.", "en");
    expect(r.names).toContain("Organisation:Royal Canadian Naval Force");
    expect(r.names).toContain("Country:Canada");
  });

  it("a possessor and a preceding name joined by 'and' are no part of the name", () => {
    const r = extract("It works with NATO's Joint Harbour Command and Allied Sea Command.", "en");
    expect(organisations(r.names)).toContain("Organisation:Joint Harbour Command");
    expect(organisations(r.names)).toContain("Organisation:Allied Sea Command");
  });

  it("ordinal words in a fleet's name are numbers and the owner's prefix is kept", () => {
    const r = extract("Oman supports the U.S. Fifth Fleet. The 5th Fleet is welcome.", "en");
    expect(organisations(r.names)).toEqual(["Organisation:U.S. 5th Fleet"]);
    expect(r.entity("U.S. 5th Fleet")?.mentions).toHaveLength(2);
  });

  it("a headline only yields names the body gives", () => {
    const r = extract("The fleet sailed.", "en", "Navy Chief Takes Over Naval Strike Command");
    expect(organisations(r.names)).toEqual([]);
  });
});
