import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleText } from "../../../src/domain/article.ts";
import { MAX_SLUG_LENGTH, TEXT_LIMITS, textProblem } from "../../../src/domain/limits.ts";
import { slugify } from "../../../src/domain/text.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../../src/domain/vocabulary.ts";
import {
  AnnotatedArticleError,
  parseAnnotatedArticle,
  parseJsonText,
  resolveEntityRef,
} from "../../../src/ingest/annotated-schema.ts";

/**
 * The annotated-article validator over generated input: it either returns an article that is
 * safe to plan and store, or throws its own validation error, never anything else.
 */

/** Runs `work`; anything thrown must be the validator's own error. */
function outcome<T>(work: () => T): T | AnnotatedArticleError {
  try {
    return work();
  } catch (error) {
    if (error instanceof AnnotatedArticleError) return error;
    throw error;
  }
}

// Strings biased towards what goes wrong: control characters, long runs, marks that normalise.
const awkward = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0007b",
    "\uFDFA".repeat(20),
    "x".repeat(250),
    "NATO",
    "NAVO",
  ),
);
const name = fc.oneof(awkward, fc.constantFrom("Netherlands", "NATO", "Nederland", "Alice"));
const offset = fc.oneof(fc.integer({ min: -2, max: 80 }), fc.constant(1.5));
const span = fc.record({ start: offset, end: offset });

const document = fc.record(
  {
    article: fc.record(
      {
        id: awkward,
        title: awkward,
        body: fc.oneof(fc.string({ maxLength: 60 }), fc.constant("Nederland en NATO, Alice.")),
        url: fc.oneof(
          fc.webUrl(),
          fc.constantFrom("javascript:alert(1)", "data:,x", "ftp://x.org/a", "not a url"),
        ),
        source: awkward,
        language: fc.constantFrom("nl", "en", "fr"),
      },
      { requiredKeys: ["title", "body"] },
    ),
    entities: fc.array(
      fc.record(
        {
          type: fc.oneof(fc.constantFrom(...ENTITY_TYPES), fc.constant("Thing")),
          name,
          aliases: fc.array(name, { maxLength: 3 }),
          mentions: fc.array(span, { maxLength: 3 }),
          properties: fc.dictionary(
            fc.constantFrom("role", "id", "category", "x-y"),
            fc.oneof(awkward, fc.integer(), fc.boolean()),
            { maxKeys: 2 },
          ),
        },
        { requiredKeys: ["type", "name"] },
      ),
      { maxLength: 5 },
    ),
    relations: fc.array(
      fc.record(
        {
          type: fc.oneof(fc.constantFrom(...RELATION_TYPES), fc.constant("LIKES")),
          source: name,
          target: name,
          evidence: fc.array(
            fc.record({ start: offset, end: offset, sentence: awkward }, { requiredKeys: [] }),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: ["type", "source", "target"] },
      ),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ["article", "entities"] },
);

describe("annotated-article validator (property)", () => {
  it("throws nothing but its own error for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        outcome(() => parseAnnotatedArticle(value));
      }),
      { numRuns: 300 },
    );
  });

  it("parses any text as JSON or says where it is malformed, with its own error", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => `\uFEFF${j}`),
        ),
        (text) => {
          outcome(() => parseJsonText(text, { file: "f.json" }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("accepts only documents whose offsets, names, references and strings are safe to store", () => {
    fc.assert(
      fc.property(document, (value) => {
        const result = outcome(() => parseAnnotatedArticle(value));
        if (result instanceof AnnotatedArticleError) {
          expect(result.code).toBe("BAD_USER_INPUT");
          expect(result.problems.length).toBeGreaterThan(0);
          return;
        }
        const text = articleText(result.article);
        const spans = [
          ...result.entities.flatMap((e) => e.mentions ?? []),
          ...result.relations.flatMap((r) => r.evidence ?? []),
        ];
        for (const s of spans) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
        }
        for (const entity of result.entities) {
          const slug = slugify(entity.name);
          expect(slug.length).toBeGreaterThan(0);
          expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
          for (const stored of [entity.name, ...(entity.aliases ?? [])]) {
            expect(textProblem(stored, TEXT_LIMITS.name)).toBeUndefined();
          }
        }
        for (const relation of result.relations) {
          expect(resolveEntityRef(result.entities, relation.source).ok).toBe(true);
          expect(resolveEntityRef(result.entities, relation.target).ok).toBe(true);
        }
        const { article } = result;
        if (article.id) expect(textProblem(article.id, TEXT_LIMITS.articleId)).toBeUndefined();
        expect(textProblem(article.title, TEXT_LIMITS.title)).toBeUndefined();
        if (article.source) expect(textProblem(article.source, TEXT_LIMITS.source)).toBeUndefined();
        if (article.url) expect(article.url).toMatch(/^https?:/);
      }),
      { numRuns: 500 },
    );
  });
});
