import { describe, expect, it } from "vitest";
import { resolveLanguage } from "../../../src/ingest/extract/run.ts";
import { detectLanguage, identifyLanguage } from "../../../src/ingest/language.ts";

describe("language", () => {
  it("detects Dutch and English news sentences", () => {
    expect(
      detectLanguage(
        "Nederland levert vanaf 12 december 2 militaire adviseurs en 4 civiele experts.",
      ),
    ).toBe("nl");
    expect(
      detectLanguage("De Tweede Kamer staat achter deelname aan de nieuwe missie in Irak."),
    ).toBe("nl");
    expect(
      detectLanguage(
        "Secretary Mattis thanked Canada for its commitments to NATO and the campaign.",
      ),
    ).toBe("en");
  });

  it("reports other languages by their code", () => {
    expect(
      identifyLanguage("Le ministre de la Défense a annoncé le déploiement de troupes au Mali."),
    ).toEqual({
      language: null,
      code: "fra",
    });
    expect(
      detectLanguage("Der Bundestag hat der Verlängerung des Einsatzes in Litauen zugestimmt."),
    ).toBeNull();
  });

  it("refuses unsupported articles with a clear message, unless forced", () => {
    const article = {
      title: "Le déploiement",
      body: "Le ministre de la Défense a annoncé le déploiement de troupes au Mali.",
    };
    expect(resolveLanguage(article)).toEqual({
      error: 'unsupported language "fra" (ISO 639-3); newsgraph extracts Dutch and English only',
    });
    expect(resolveLanguage(article, "nl")).toEqual({ article: { ...article, language: "nl" } });
    expect(resolveLanguage({ title: "ok", body: "" })).toMatchObject({
      error: expect.stringContaining("--language"),
    });
  });
});
