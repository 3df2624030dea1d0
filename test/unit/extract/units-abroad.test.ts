import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("units placed abroad are their state's assets (eighth round)", () => {
  it("a British regiment's battalion based in a foreign town is the United Kingdom's asset", () => {
    const r = extractShipped(
      "The United Kingdom leads the battlegroup. The 2nd Battalion, The Mercian Regiment is now based in Tapa.",
      "en",
    );
    expect(
      r.has("United Kingdom", "PROVIDES", "2nd Battalion, The Mercian Regiment (United Kingdom)"),
    ).toBe(true);
    expect(r.names).not.toContain("Organisation:2nd Battalion, The Mercian Regiment");
  });

  it("a U.S. formation named by its kind, in an exercise abroad, is the United States' asset", () => {
    const r = extractShipped(
      "The United States and Thailand opened the drills. Marines with the 15th Marine Expeditionary Unit will conduct a beach landing in Thailand.",
      "en",
    );
    expect(r.names).toContain("Asset:15th Marine Expeditionary Unit (United States)");
  });

  it("a unit of the knowledge base sent to foreign states is an asset", () => {
    const r = extractShipped(
      "The United States said the 82nd Airborne Division was sent to Poland and Romania in February.",
      "en",
    );
    expect(r.names).toContain("Asset:82nd Airborne Division (United States)");
  });

  it("no conversion at home, for a state worked with, for a part of the unit, or without a state", () => {
    const home = extractShipped(
      "De 43 Gemechaniseerde Brigade uit Havelte is onderdeel van de 1e Pantserdivisie van Duitsland. Nederland en Duitsland werken samen.",
      "nl",
    );
    expect(home.names.filter((n) => n.startsWith("Asset:"))).toEqual([]);
    const part = extractShipped(
      "Nederland stuurde een compagnie van de Luchtmobiele Brigade naar Litouwen.",
      "nl",
    );
    expect(part.names.some((n) => n.startsWith("Asset:Luchtmobiele Brigade"))).toBe(false);
    const stateless = extractShipped(
      "The 1st Armored Brigade Combat Team trained in Poland last year.",
      "en",
    );
    expect(stateless.names).toContain("Organisation:1st Armored Brigade Combat Team");
  });
});

describe("units named with their parent, and sea or region words in operations' names (eighth round)", () => {
  it("'2nd Battalion, 7th Infantry Regiment' and '1st Brigade, 3rd Infantry Division' are one unit each", () => {
    const r = extractShipped(
      "Soldiers of the 2nd Battalion, 5th Cavalry Regiment arrived. The 3rd Brigade, 1st Armored Division trains at home. Later the 3rd Brigade returned.",
      "en",
    );
    expect(r.names).toContain("Organisation:2nd Battalion, 5th Cavalry Regiment");
    expect(r.names).toContain("Organisation:3rd Brigade, 1st Armored Division");
    // The sub-unit alone is no entity: its later bare mention is the whole unit.
    expect(r.names).not.toContain("Organisation:3rd Brigade");
    expect(r.names).not.toContain("Organisation:2nd Battalion");
  });

  it("a larger echelon before a smaller one is no such name", () => {
    const r = extractShipped(
      "The 1st Armored Division, 2nd Battalion and 3rd Brigade took part.",
      "en",
    );
    expect(r.names.some((n) => n.includes("Division, "))).toBe(false);
  });

  it("'Atlantic' in 'Operation Atlantic Resolve' is no place; 'in the Baltic Sea' is", () => {
    const r = extractShipped("Operation Atlantic Resolve continues in Poland.", "en");
    expect(r.names).not.toContain("Location:Atlantic Ocean");
    const placed = extractShipped(
      "Operation Sea Guardian in the Baltic Sea started on Monday.",
      "en",
    );
    expect(placed.names).toContain("Location:Baltic Sea");
  });
});

describe("an organisation does not take part in what it leads or what is part of it (eighth round)", () => {
  it("NATO leads Standing NATO Maritime Group 1 and is not among its participants; states are", () => {
    const r = extractShipped(
      "Het fregat sluit zich aan bij de Standing NATO Maritime Group 1. Het vlootverband bestaat uit marineschepen van verschillende NAVO-bondgenoten. Het vlootverband bestaat op dit moment uit schepen van Duitsland en Noorwegen.",
      "nl",
    );
    expect(r.has("Standing NATO Maritime Group 1", "PART_OF", "NATO")).toBe(true);
    expect(r.has("NATO", "PARTICIPATES_IN", "Standing NATO Maritime Group 1")).toBe(false);
    expect(r.has("Germany", "PARTICIPATES_IN", "Standing NATO Maritime Group 1")).toBe(true);
  });
});

describe("a unit beside a mission in its own state stays home (eighth round)", () => {
  it("the Lithuanian brigade named with the battlegroup in Lithuania is an Organisation, and 'Iron Wolf' in its name no exercise", () => {
    const r = extractShipped(
      "Litouwen en Nederland werken samen. Kolonel Jonas Petraitis, commandant van de Gemechaniseerde Infanteriebrigade Iron Wolf, sprak over Enhanced Forward Presence.",
      "nl",
    );
    expect(r.names).toContain("Organisation:Mechanised Infantry Brigade Iron Wolf");
    expect(r.names.some((n) => n.startsWith("Asset:Mechanised Infantry Brigade"))).toBe(false);
    expect(r.names).not.toContain("Event:Iron Wolf");
  });
});
