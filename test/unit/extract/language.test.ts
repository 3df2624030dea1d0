import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { francAll } from "franc-min";
import { describe, expect, it } from "vitest";
import { syntheticArticle } from "../../../bench/articles.ts";
import { resolveLanguage } from "../../../src/ingest/extract/run.ts";
import { detectLanguage, identifyLanguage } from "../../../src/ingest/language.ts";
import { rankLanguages } from "../../../src/ingest/trigram-ranking.ts";

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

describe("rankLanguages", () => {
  const texts: string[] = [
    "",
    "ok",
    "1234567890 1234",
    "Le ministre de la Défense a annoncé le déploiement de troupes au Mali.",
    "Der Bundestag hat der Verlängerung des Einsatzes in Litauen zugestimmt.",
    "El ministro de Defensa anunció el despliegue de tropas en Letonia esta semana.",
    "Министр обороны объявил о развертывании войск в Латвии на этой неделе.",
    "国防部长宣布本周向拉脱维亚部署部队。国防部长宣布本周向拉脱维亚部署部队。",
    "أعلن وزير الدفاع عن نشر قوات في لاتفيا هذا الأسبوع في إطار مهمة الناتو.",
    "Ο υπουργός Άμυνας ανακοίνωσε την ανάπτυξη στρατευμάτων στη Λετονία.",
    "NAVO NATO F-16 F-35 CH-47 HMS USS 2019 2020 ... !!! ??? ---",
  ];
  for (const dir of ["data/samples", ...corpusSets()]) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".txt")) texts.push(readFileSync(join(dir, name), "utf8"));
    }
  }
  for (let i = 0; i < 16; i++) {
    const article = syntheticArticle(i, i % 2 ? "en" : "nl", 300);
    texts.push(`${article.title}\n\n${article.body}`);
  }

  it("ranks every language with franc's scores and order, on every length of sample", () => {
    let compared = 0;
    for (const text of texts) {
      for (const length of [10, 11, 25, 60, 200, 1000, 2047, 2048, 2049, 5000]) {
        const sample = text.slice(0, length);
        expect(rankLanguages(sample, 10)).toEqual(francAll(sample, { minLength: 10 }));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("agrees with franc on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(rankLanguages(text, 10)).toEqual(francAll(text, { minLength: 10 }));
      }),
      { numRuns: 300 },
    );
  });
});

function corpusSets(): string[] {
  const root = "test/fixtures/corpus";
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name));
}
