import { describe, expect, it } from "vitest";
import {
  AnnotatedArticleError,
  parseAnnotatedArticle,
  parseAnnotatedJson,
  resolveEntityRef,
} from "../../../src/ingest/annotated-schema.ts";

const title = "Nederland levert F-16's";
const body = "Nederland levert 4 F-16's aan de coalitie tegen ISIS. De NAVO leidt de missie.";
const text = `${title}\n\n${body}`;
const at = (surface: string, from = 0) => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`no ${surface} in text`);
  return { start, end: start + surface.length };
};

function valid() {
  return {
    article: {
      id: "a1",
      title,
      body,
      source: "Defensie",
      language: "nl",
      publishedAt: "2018-12-07",
    },
    extractor: "test",
    entities: [
      { type: "Country", name: "Netherlands", aliases: ["Nederland"], mentions: [at("Nederland")] },
      { type: "Organisation", name: "ISIS", aliases: ["IS"], mentions: [at("ISIS")] },
      { type: "Organisation", name: "NATO", aliases: ["NAVO"], mentions: [at("NAVO")] },
    ],
    relations: [
      {
        type: "OPPOSES",
        source: "Nederland",
        target: "ISIS",
        properties: { kind: "armed" },
        evidence: [{ ...at("Nederland levert 4"), confidence: 0.8 }],
      },
    ],
  };
}

/** The problems of a document that must fail, as "path: message" strings. */
function problemsOf(value: unknown, file = "doc.json"): string[] {
  try {
    parseAnnotatedArticle(value, { file });
  } catch (error) {
    expect(error).toBeInstanceOf(AnnotatedArticleError);
    const e = error as AnnotatedArticleError;
    expect(e.code).toBe("BAD_USER_INPUT");
    expect(e.message.startsWith(`${file}: `)).toBe(true);
    return e.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  }
  throw new Error("expected the document to be rejected");
}

describe("annotated article validation", () => {
  it("accepts a well-formed annotated article and applies defaults", () => {
    const { relations: _, ...withoutRelations } = valid();
    const doc = parseAnnotatedArticle(withoutRelations);
    expect(doc.relations).toEqual([]);
    expect(parseAnnotatedArticle(valid()).entities).toHaveLength(3);
  });

  it("names an unknown entity type with the expected ones", () => {
    const doc = valid();
    doc.entities[2]!.type = "Persn";
    expect(problemsOf(doc)).toEqual([
      'entities[2].type: unknown type "Persn" (expected one of Person, Organisation, Country, Location, Mission, Asset, Event)',
    ]);
  });

  it("names an unknown relationship type", () => {
    const doc = valid();
    doc.relations[0]!.type = "FIGHTS";
    expect(problemsOf(doc)[0]).toMatch(
      /^relations\[0\]\.type: unknown type "FIGHTS" \(expected one of REPRESENTS, /,
    );
  });

  it("requires a title", () => {
    const doc = valid() as { article: Record<string, unknown> };
    delete doc.article.title;
    expect(problemsOf(doc)).toEqual(["article.title: required"]);
    doc.article.title = "   ";
    expect(problemsOf(doc)).toEqual(["article.title: must not be empty"]);
  });

  it("rejects offsets outside the article text, giving the text's length", () => {
    const doc = valid();
    doc.relations[0]!.evidence![0] = { start: 10, end: 900, confidence: 1 };
    expect(problemsOf(doc)).toEqual([
      `relations[0].evidence[0].end: 900 is outside the article text (length ${text.length})`,
    ]);
    doc.relations[0]!.evidence![0] = { start: 20, end: 10, confidence: 1 };
    expect(problemsOf(doc)).toEqual([
      "relations[0].evidence[0].end: 10 must be greater than start (20)",
    ]);
  });

  it("rejects mention offsets outside the text", () => {
    const doc = valid();
    doc.entities[0]!.mentions = [{ start: text.length, end: text.length + 3 }];
    expect(problemsOf(doc)).toEqual([
      `entities[0].mentions[0].end: ${text.length + 3} is outside the article text (length ${text.length})`,
    ]);
  });

  it("rejects a relation end that names no entity of the article", () => {
    const doc = valid();
    doc.relations[0]!.target = "Foo";
    expect(problemsOf(doc)).toEqual([
      'relations[0].target: "Foo" is not the name or alias of an entity in this article',
    ]);
  });

  it("resolves relation ends by name before alias, case- and accent-insensitively", () => {
    const entities = [
      { type: "Location" as const, name: "Pentagon" },
      { type: "Organisation" as const, name: "U.S. Department of Defense", aliases: ["Pentagon"] },
      { type: "Country" as const, name: "Jordan", aliases: ["Jordanië"] },
    ];
    expect(resolveEntityRef(entities, "pentagon")).toEqual({ ok: true, index: 0 });
    expect(resolveEntityRef(entities, "JORDANIE")).toEqual({ ok: true, index: 2 });
    expect(resolveEntityRef(entities, "Irak")).toMatchObject({ ok: false, reason: "unknown" });
  });

  it("rejects an ambiguous relation end, naming the candidates", () => {
    const doc = valid();
    doc.entities.push({
      type: "Organisation",
      name: "Islamic State",
      aliases: ["IS"],
      mentions: [],
    });
    doc.relations[0]!.target = "IS";
    expect(problemsOf(doc)).toEqual([
      'relations[0].target: "IS" is ambiguous: it names entities[1] (Organisation "ISIS") and entities[3] (Organisation "Islamic State"); use a canonical name',
    ]);
  });

  it("rejects a relation from an entity to itself", () => {
    const doc = valid();
    doc.relations[0]!.target = "Netherlands";
    expect(problemsOf(doc)).toEqual(["relations[0]: source and target are the same entity"]);
  });

  it("rejects unknown fields, so a misspelt field is not silently ignored", () => {
    const doc = { ...valid(), relation: [] };
    expect(problemsOf(doc)).toEqual(['unknown field "relation"']);
  });

  it("checks a stated sentence against the text at its offsets", () => {
    const doc = valid();
    doc.relations[0]!.evidence = [
      { ...at("Nederland levert 4"), confidence: 1, sentence: "Something else" } as never,
    ];
    expect(problemsOf(doc)[0]).toMatch(
      /^relations\[0\]\.evidence\[0\]\.sentence: does not match the article text at/,
    );
  });

  it("takes a date of reduced precision (a month or a year) where only that is known", () => {
    const doc = valid() as ReturnType<typeof valid> & { article: Record<string, unknown> };
    for (const date of ["2018-01", "2017", "2018-12-07"]) {
      doc.article.publishedAt = date;
      expect(parseAnnotatedArticle(doc, { file: "doc.json" }).article.publishedAt).toBe(date);
    }
    for (const date of ["2018-13", "18-01", "2018-1"]) {
      doc.article.publishedAt = date;
      expect(problemsOf(doc)[0]).toMatch(/^article\.publishedAt: must be an ISO 8601 date/);
    }
  });

  it("rejects reserved and malformed properties, bad dates, URLs, confidences and asset categories", () => {
    const doc = valid() as ReturnType<typeof valid> & { article: Record<string, unknown> };
    doc.article.publishedAt = "7 december";
    doc.article.url = "not a url";
    doc.relations[0]!.properties = { confidence: 3 } as never;
    doc.relations[0]!.evidence![0]!.confidence = 1.5;
    doc.entities.push({
      type: "Asset",
      name: "F-16 (Netherlands)",
      properties: { category: "PLANE" },
    } as never);
    expect(problemsOf(doc)).toEqual([
      "article.url: must be an absolute URL",
      "article.publishedAt: must be an ISO 8601 date (2018-12-07; 2018-12 or 2018 when only that is known) or date-time with zone (2018-12-07T09:30:00Z)",
      "relations[0].evidence[0].confidence: must be in [0, 1]",
    ]);
    doc.article.publishedAt = "2018-12-07T10:00:00+01:00";
    doc.article.url = "https://www.defensie.nl/actueel";
    doc.relations[0]!.evidence![0]!.confidence = 0.5;
    expect(problemsOf(doc)).toEqual([
      'entities[3].properties.category: unknown asset category "PLANE" (expected one of AIRCRAFT, HELICOPTER, SHIP, SUBMARINE, VEHICLE, AIR_DEFENCE, ARTILLERY, DRONE, UNIT, PERSONNEL, OTHER)',
      'relations[0].properties.confidence: "confidence" is reserved for the relationship\'s aggregates',
    ]);
  });

  it("reports malformed JSON with line and column", () => {
    const json = '{\n  "article": {\n    "title": "x",\n    "body": oops\n  }\n}';
    expect(() => parseAnnotatedJson(json, { file: "broken.json" })).toThrow(
      "broken.json: malformed JSON at line 4, column 13: invalid symbol",
    );
    expect(() => parseAnnotatedJson('{"article": {"title": "x",}}', { file: "b.json" })).toThrow(
      "b.json: malformed JSON at line 1, column 27: property name expected",
    );
  });

  it("rejects a document that is not an object", () => {
    expect(problemsOf([])).toEqual(["expected an object, got an array"]);
  });
});
