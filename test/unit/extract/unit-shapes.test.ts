import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("unit names and units whose personnel deploy (seventh round)", () => {
  it("a number after a role group or a German compound unit noun is part of its name", () => {
    const r = extractShipped(
      "Vice Admiral Jane Doe commands Expeditionary Strike Group 7. Germany sent Panzergrenadierbataillon 411 to Estonia.",
      "en",
    );
    expect(r.names).toContain("Organisation:Expeditionary Strike Group 7");
    expect(r.has("Germany", "PROVIDES", "Panzergrenadierbataillon 411 (Germany)")).toBe(true);
  });

  it("'Brigade Combat Team' and 'Marine Expeditionary Unit' are unit heads", () => {
    const r = extractShipped(
      "The 1st Armored Brigade Combat Team and the 26th Marine Expeditionary Unit are in the region.",
      "en",
    );
    expect(r.names).toContain("Organisation:1st Armored Brigade Combat Team");
    expect(r.names).toContain("Organisation:26th Marine Expeditionary Unit");
  });

  it("personnel of a unit in a sentence of deploying make the unit their state's asset", () => {
    const r = extractShipped(
      "Paratroopers of the 173rd Airborne Brigade arrived in Latvia on Tuesday, the United States said.",
      "en",
    );
    expect(r.has("United States", "PROVIDES", "173rd Airborne Brigade (United States)")).toBe(true);
    const nl = extractShipped(
      "Belgische militairen van het 12de Bataljon Ardense Jagers oefenen deze week in Litouwen.",
      "nl",
    );
    expect(nl.names.some((n) => n.startsWith("Asset:") && n.includes("(Belgium)"))).toBe(true);
  });

  it("personnel of a unit who only talk stay with an organisation", () => {
    const r = extractShipped(
      "Officers of the 173rd Airborne Brigade discussed the plan with Latvian officials, the United States said.",
      "en",
    );
    expect(r.names).toContain("Organisation:173rd Airborne Brigade");
    expect(r.names.some((n) => n.startsWith("Asset:173rd"))).toBe(false);
  });
});

describe("personnel nouns and measures (seventh round)", () => {
  it("police officers are their own kind, not staff officers", () => {
    const r = extractShipped("Kenya will deploy 1,000 police officers to Haiti.", "en");
    expect(r.has("Kenya", "PROVIDES", "police officers (Kenya)")).toBe(true);
    expect(r.names).not.toContain("Asset:staff officers (Kenya)");
  });

  it("a nationality's personnel who jump or exercise with others serve", () => {
    const r = extractShipped(
      "Italian paratroopers jumped over Latvia together with Canadian soldiers.",
      "en",
    );
    expect(r.has("Italy", "PROVIDES", "paratroopers (Italy)")).toBe(true);
  });

  it("trainees who exercise are no contribution", () => {
    const r = extractShipped(
      "Ukrainian soldiers exercise in Germany under British instructors.",
      "en",
    );
    expect(r.names.some((n) => n.startsWith("Asset:soldiers (Ukraine)"))).toBe(false);
  });

  it("a plural measure before a model measures it: 'two squadrons of F-35 fighter jets'", () => {
    const r = extractShipped(
      "The United States will send two squadrons of F-35 fighter jets to the United Kingdom.",
      "en",
    );
    expect(r.has("United States", "PROVIDES", "F-35 (United States)")).toBe(true);
  });
});
