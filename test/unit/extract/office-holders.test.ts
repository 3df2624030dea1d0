import { describe, expect, it } from "vitest";
import { officeHolder, portfolioOf } from "../../../src/ingest/extract/people.ts";
import { rolesInOrder } from "../../../src/ingest/extract/relations/office-roles.ts";
import { createRuleExtractor } from "../../../src/ingest/extract/rule-extractor.ts";
import type { KbPerson } from "../../../src/kb/types.ts";
import { extract, shippedExtractor } from "./support/extract.ts";
import { createTestKnowledgeBase } from "./support/kb.ts";

const people = (names: string[]) => names.filter((n) => n.startsWith("Person:"));

describe("office holders named by surname and office", () => {
  it("a Dutch portfolio after the surname picks the minister of that portfolio", () => {
    const r = extract("Minister Verbeek van Defensie bezocht de troepen.", "nl");
    expect(people(r.names)).toEqual(["Person:Joost Verbeek"]);
    const f = extract("Minister Verbeek van Buitenlandse Zaken sprak met de ambassadeur.", "nl");
    expect(people(f.names)).toEqual(["Person:Marit Verbeek"]);
  });

  it("the portfolio is no part of the name, and coordinated ministers each get theirs", () => {
    const r = extract(
      "Dat schreven de ministers Bijleveld van Defensie en Verbeek van Buitenlandse Zaken aan de Kamer.",
      "nl",
    );
    expect(people(r.names)).toEqual(["Person:Ank Bijleveld", "Person:Marit Verbeek"]);
  });

  it("an English office title picks the holder of that office", () => {
    const r = extract("Foreign Minister Verbeek met her counterpart.", "en");
    expect(people(r.names)).toEqual(["Person:Marit Verbeek"]);
  });

  it("the article's date picks the holder in office then", () => {
    const extractor = createRuleExtractor(createTestKnowledgeBase());
    const body = "Secretary of Defense Holt visited the base.";
    const at = (publishedAt: string) =>
      people(
        extractor
          .extractDetailed({ title: "Visit", body, language: "en", publishedAt })
          .entities.map((e) => `${e.type}:${e.name}`),
      );
    expect(at("2004-05-01")).toEqual(["Person:Anna Holt"]);
    expect(at("2017-03-02")).toEqual(["Person:Brian Holt"]);
  });

  it("without a date two holders of the office with one surname stay unresolved", () => {
    const r = extract("Secretary of Defense Holt visited the base.", "en");
    expect(people(r.names)).toEqual(["Person:Holt"]);
  });
});

describe("portfolioOf and officeHolder", () => {
  it("reads the portfolio of titles and roles in both languages", () => {
    expect(portfolioOf("minister van Defensie")).toBe("defence");
    expect(portfolioOf("Secretary of State for Defence")).toBe("defence");
    expect(portfolioOf("Secretary of State")).toBe("foreign");
    expect(portfolioOf("minister-president")).toBe("government");
    expect(portfolioOf("Secretary General")).toBe("secretary-general");
    expect(portfolioOf("Commander")).toBeUndefined();
  });

  it("does not give an office to someone known only in another portfolio", () => {
    const finance: KbPerson = {
      id: "person:x",
      type: "Person",
      name: "Eva Smit",
      aliases: [],
      source: "test",
      roles: [{ role: "Minister of Foreign Affairs", of: "Netherlands" }],
    };
    expect(officeHolder([finance], "minister van Defensie")).toBeUndefined();
    expect(officeHolder([finance], "minister")).toBe(finance);
  });
});

describe("which office a titled holder of several represents", () => {
  const triples = (body: string, language: "nl" | "en", publishedAt?: string) =>
    shippedExtractor()
      .extractDetailed({
        title: "Bericht",
        body,
        language,
        ...(publishedAt ? { publishedAt } : {}),
      })
      .relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);

  it("the office the title names, then the one held on the article's date", () => {
    // Mark Rutte: Prime Minister of the Netherlands until 2024, NATO's Secretary General since.
    const sg = triples(
      "Secretaris-generaal Mark Rutte bedankte Nederland en de NAVO-bondgenoten.",
      "nl",
      "2025-09-12",
    );
    expect(sg).toContain("Mark Rutte -REPRESENTS-> NATO");
    expect(sg).not.toContain("Mark Rutte -REPRESENTS-> Netherlands");
    const pm = triples(
      "Premier Mark Rutte sprak in Brussel met de NAVO over de bijdrage van Nederland.",
      "nl",
    );
    expect(pm).toContain("Mark Rutte -REPRESENTS-> Netherlands");
    expect(pm).not.toContain("Mark Rutte -REPRESENTS-> NATO");
  });

  it("orders roles by title first, then by the date", () => {
    const roles = [
      { role: "Prime Minister", of: "Netherlands", from: "2010-10-14", until: "2024-07-02" },
      { role: "Secretary General", of: "NATO", from: "2024-10-01" },
    ];
    const of = (date?: string, title?: string) => rolesInOrder(roles, date, title).map((r) => r.of);
    expect(of("2018-05-01")).toEqual(["Netherlands", "NATO"]);
    expect(of("2025-01")).toEqual(["NATO", "Netherlands"]);
    expect(of(undefined)).toEqual(["NATO", "Netherlands"]);
    expect(of("2025-01", "premier")).toEqual(["Netherlands", "NATO"]);
    expect(of("2018-05-01", "Secretary-General")).toEqual(["NATO", "Netherlands"]);
  });
});
