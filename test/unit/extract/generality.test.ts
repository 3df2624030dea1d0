import { describe, expect, it } from "vitest";
import { extract } from "./support/extract.ts";

describe("generality: names and quantities", () => {
  it("a year after a word of time is no quantity: 'tussen 2014 en 2019 Chinooks'", () => {
    const r = extract("Nederland leverde tussen 2014 en 2019 Chinooks aan MINUSMA.", "nl");
    const provides = r.relation("Netherlands -PROVIDES-> CH-47 Chinook (Netherlands)");
    expect(provides).toBeDefined();
    expect(provides?.properties?.quantity).toBeUndefined();
  });

  it("a Dutch one-word name opening an English name is not that name: 'Marine Rotational Force'", () => {
    const r = extract("The Marines are part of Marine Rotational Force-Darwin.", "en");
    expect(r.names).not.toContain("Organisation:Royal Netherlands Navy");
    const nl = extract("De Marine stuurt een fregat.", "nl");
    expect(nl.names).toContain("Organisation:Royal Netherlands Navy");
  });

  it("headline verbs end a name: 'Secretary Austin Meets With Iraqi Minister'", () => {
    const r = extract("Het bezoek was kort.", "nl", "Secretary Mattis Meets With Iraqi Minister");
    expect(r.names.filter((n) => n.startsWith("Person:"))).toEqual(["Person:James Mattis"]);
  });

  it("Arabic particles belong to the surname: 'ambtsgenoot Thabet al-Abbasi'", () => {
    const r = extract("Zij sprak met haar Iraakse ambtsgenoot Thabet al-Abbasi.", "nl");
    expect(r.names).toContain("Person:Thabet al-Abbasi");
    expect(r.relation("Thabet al-Abbasi -REPRESENTS-> Iraq")).toBeDefined();
  });
});
