import { type ParseError, type ParseErrorCode, parseTree, printParseErrorCode } from "jsonc-parser";
import { z } from "zod";
import type { AnnotatedArticle, ArticleInput, EntityAnnotation } from "../domain/article.ts";
import { articleText } from "../domain/article.ts";
import { NewsgraphError } from "../domain/errors.ts";
import { MAX_SLUG_LENGTH, TEXT_LIMITS, textProblem, urlSchemeProblem } from "../domain/limits.ts";
import { normaliseName, slugify } from "../domain/text.ts";
import {
  ASSET_CATEGORIES,
  ENTITY_TYPES,
  LANGUAGES,
  RELATION_TYPES,
  RELATIONSHIP_AGGREGATE_KEYS,
} from "../domain/vocabulary.ts";

/**
 * The annotated-article ingest format (docs/ingest-format.md) as a zod schema, plus the checks a
 * schema cannot express alone: offsets inside the article text, relation ends that name exactly
 * one entity of the same article. Every problem is reported with its JSON path, so a person can
 * find it in the file: `relations[3].target: "Foo" is not the name or alias of an entity …`.
 */

export interface AnnotatedProblem {
  /** JSON path, e.g. `relations[0].evidence[1].end`; empty for the document itself. */
  path: string;
  message: string;
}

/** An annotated article that failed validation; `file` (and `line` for JSON Lines) when known. */
export class AnnotatedArticleError extends NewsgraphError {
  override name = "AnnotatedArticleError";
  constructor(
    readonly problems: AnnotatedProblem[],
    readonly file?: string,
    readonly line?: number,
  ) {
    super("BAD_USER_INPUT", describeProblems(problems, file, line), {
      problems,
      ...(file ? { file } : {}),
      ...(line ? { line } : {}),
    });
  }
}

const MAX_LISTED_PROBLEMS = 10;

function describeProblems(problems: AnnotatedProblem[], file?: string, line?: number): string {
  const where = file ? `${file}${line ? `:${line}` : ""}: ` : "";
  const listed = problems
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more =
    problems.length > MAX_LISTED_PROBLEMS
      ? [`… and ${problems.length - MAX_LISTED_PROBLEMS} more problems`]
      : [];
  return `${where}${[...listed, ...more].join("; ")}`;
}

/** Property keys that would overwrite the node's own bookkeeping. */
const RESERVED_ENTITY_KEYS = new Set([
  "id",
  "name",
  "aliases",
  "wikidataId",
  "createdAt",
  "updatedAt",
]);
const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Length and character checks of src/domain/limits.ts, as zod issues on the field. */
function limited<T extends z.ZodString | z.ZodURL>(schema: T, max?: number, multiline = false) {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value, max, { multiline });
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** A one-line string that is stored: trimmed, not empty, at most `max` characters. */
const line = (max: number) =>
  limited(z.string().trim().min(1, { error: "must not be empty" }), max);
const nonBlank = line(TEXT_LIMITS.name);
const offset = z.number().int({ error: "must be a whole number" }).min(0, { error: "must be ≥ 0" });
const confidence = z.number().min(0, { error: "must be in [0, 1]" }).max(1, {
  error: "must be in [0, 1]",
});
const properties = z.record(
  z
    .string()
    .max(64, { error: "property names are at most 64 characters" })
    .regex(PROPERTY_KEY, { error: "property names are letters, digits and _" }),
  z.union([limited(z.string(), TEXT_LIMITS.propertyValue, true), z.number(), z.boolean()], {
    error: "property values are strings, numbers or booleans",
  }),
);
const span = z.strictObject({ start: offset, end: offset });

/** A year (2018) or a year and month (2018-12): ISO 8601 dates of reduced precision. */
const YEAR_OR_MONTH = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

const articleSchema = z.strictObject({
  id: line(TEXT_LIMITS.articleId)
    .regex(/^\S+$/, { error: "must not contain whitespace" })
    .optional(),
  title: line(TEXT_LIMITS.title),
  // The body's size limit is checked before extraction (NEWSGRAPH_MAX_ARTICLE_BYTES).
  body: limited(z.string(), undefined, true),
  source: line(TEXT_LIMITS.source).nullish(),
  language: z.enum(LANGUAGES).nullish(),
  url: limited(z.url({ error: "must be an absolute URL" }), TEXT_LIMITS.url)
    .superRefine((value, ctx) => {
      const problem = urlSchemeProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .nullish(),
  // ISO 8601 with reduced precision where only the month or the year is known (a corpus's
  // metadata says "2018-01"): stored as given, and read by Neo4j's date() as its first day.
  publishedAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true }), z.string().regex(YEAR_OR_MONTH)], {
      error:
        "must be an ISO 8601 date (2018-12-07; 2018-12 or 2018 when only that is known) or date-time with zone (2018-12-07T09:30:00Z)",
    })
    .nullish(),
});

const entitySchema = z.strictObject({
  type: z.enum(ENTITY_TYPES),
  name: nonBlank,
  aliases: z.array(nonBlank).optional(),
  wikidataId: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'must look like "Q55"' })
    .nullish(),
  properties: properties.optional(),
  mentions: z.array(span).optional(),
});

const evidenceSchema = z.strictObject({
  start: offset,
  end: offset,
  sentence: limited(z.string(), TEXT_LIMITS.sentence, true).optional(),
  confidence: confidence.optional(),
  extractor: line(TEXT_LIMITS.extractor).optional(),
  rule: line(TEXT_LIMITS.rule).optional(),
});

const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  source: nonBlank,
  target: nonBlank,
  properties: properties.optional(),
  confidence: confidence.optional(),
  evidence: z.array(evidenceSchema).optional(),
});

export const annotatedArticleSchema = z.strictObject({
  article: articleSchema,
  extractor: line(TEXT_LIMITS.extractor).optional(),
  entities: z.array(entitySchema),
  relations: z.array(relationSchema).default([]),
});

/** The value `JSON.stringify` would print, shortened for messages. */
function show(value: unknown): string {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${show(value)}`;
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

/** One error map for the whole schema, so messages read the same everywhere. */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "required";
      return `expected ${withArticle(issue.expected === "int" ? "whole number" : issue.expected)}, got ${typeOf(issue.input)}`;
    case "invalid_value": {
      const expected = issue.values.map(String);
      const last = issue.path?.[issue.path.length - 1];
      const what = last === "type" ? "type" : "value";
      return `unknown ${what} ${show(issue.input)} (expected one of ${expected.join(", ")})`;
    }
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    default:
      return undefined;
  }
};

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** How a relation's `source` / `target` finds its entity: by name first, then by alias. */
export type EntityRef =
  | { ok: true; index: number }
  | { ok: false; reason: "unknown" | "ambiguous"; candidates: number[] };

/**
 * Resolves relation ends against one article's entities. The names and aliases are normalised and
 * indexed once, so resolving every end of every relation is linear in the article, not relations ×
 * entities (an article with 5,000 entities and 2,000 relations validated in 21 s that way).
 */
export interface EntityIndex {
  resolve(ref: string): EntityRef;
}

export function indexEntities(entities: readonly EntityAnnotation[]): EntityIndex {
  const byName = new Map<string, number[]>();
  const byAlias = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  entities.forEach((e, i) => {
    add(byName, normaliseName(e.name), i);
    for (const alias of e.aliases ?? []) add(byAlias, normaliseName(alias), i);
  });
  const keys: string[] = [];
  const idKeyOf = (i: number) => {
    keys[i] ??= idKey(entities[i]!);
    return keys[i];
  };
  return {
    resolve(ref) {
      const key = normaliseName(ref);
      const found = byName.get(key) ?? byAlias.get(key) ?? [];
      // Two annotations of one entity (same type and name) are merged by the planner, so they count once.
      const distinct = [...new Map(found.map((i) => [idKeyOf(i), i] as const)).values()];
      if (distinct.length === 1) return { ok: true, index: distinct[0]! };
      return {
        ok: false,
        reason: distinct.length === 0 ? "unknown" : "ambiguous",
        candidates: distinct,
      };
    },
  };
}

/** One lookup; to resolve many ends of one article, index it once with indexEntities(). */
export function resolveEntityRef(entities: readonly EntityAnnotation[], ref: string): EntityRef {
  return indexEntities(entities).resolve(ref);
}

function idKey(entity: EntityAnnotation): string {
  return `${entity.type}:${slugify(entity.name)}`;
}

/** Checks that need the whole article: offsets, references, reserved keys. */
function checkConsistency(doc: AnnotatedArticle): AnnotatedProblem[] {
  const problems: AnnotatedProblem[] = [];
  const text = articleText(doc.article);
  const length = text.length;
  const checkSpan = (path: string, s: { start: number; end: number }) => {
    if (s.start > length) {
      problems.push({
        path: `${path}.start`,
        message: `${s.start} is outside the article text (length ${length})`,
      });
    }
    if (s.end > length) {
      problems.push({
        path: `${path}.end`,
        message: `${s.end} is outside the article text (length ${length})`,
      });
    } else if (s.end <= s.start) {
      problems.push({
        path: `${path}.end`,
        message: `${s.end} must be greater than start (${s.start})`,
      });
    }
  };

  doc.entities.forEach((entity, i) => {
    const path = `entities[${i}]`;
    const slug = slugify(entity.name);
    if (!slug) {
      problems.push({
        path: `${path}.name`,
        message: `${show(entity.name)} has no letters or digits`,
      });
    } else if (slug.length > MAX_SLUG_LENGTH) {
      problems.push({
        path: `${path}.name`,
        message: `its id would be ${slug.length} characters long once normalised; the limit is ${MAX_SLUG_LENGTH}`,
      });
    }
    entity.mentions?.forEach((m, j) => {
      checkSpan(`${path}.mentions[${j}]`, m);
    });
    for (const key of Object.keys(entity.properties ?? {})) {
      if (RESERVED_ENTITY_KEYS.has(key)) {
        problems.push({
          path: `${path}.properties.${key}`,
          message: `"${key}" is reserved; use the entity's own field`,
        });
      }
    }
    const category = entity.properties?.category;
    if (
      entity.type === "Asset" &&
      category !== undefined &&
      !(ASSET_CATEGORIES as readonly unknown[]).includes(category)
    ) {
      problems.push({
        path: `${path}.properties.category`,
        message: `unknown asset category ${show(category)} (expected one of ${ASSET_CATEGORIES.join(", ")})`,
      });
    }
  });

  const index = indexEntities(doc.entities);
  doc.relations.forEach((relation, i) => {
    const path = `relations[${i}]`;
    const ends: Partial<Record<"source" | "target", number>> = {};
    for (const end of ["source", "target"] as const) {
      const ref = index.resolve(relation[end]);
      if (ref.ok) {
        ends[end] = ref.index;
      } else if (ref.reason === "unknown") {
        problems.push({
          path: `${path}.${end}`,
          message: `${show(relation[end])} is not the name or alias of an entity in this article`,
        });
      } else {
        const names = ref.candidates.map(
          (c) => `entities[${c}] (${doc.entities[c]!.type} "${doc.entities[c]!.name}")`,
        );
        problems.push({
          path: `${path}.${end}`,
          message: `${show(relation[end])} is ambiguous: it names ${names.join(" and ")}; use a canonical name`,
        });
      }
    }
    if (ends.source !== undefined && ends.source === ends.target) {
      problems.push({ path, message: "source and target are the same entity" });
    }
    for (const key of Object.keys(relation.properties ?? {})) {
      if (RELATIONSHIP_AGGREGATE_KEYS.has(key)) {
        problems.push({
          path: `${path}.properties.${key}`,
          message: `"${key}" is reserved for the relationship's aggregates`,
        });
      }
    }
    relation.evidence?.forEach((ev, j) => {
      const evPath = `${path}.evidence[${j}]`;
      const before = problems.length;
      checkSpan(evPath, ev);
      if (problems.length === before && ev.sentence !== undefined) {
        // Equal text is equal normalised (the usual case: an extractor's own output), without
        // folding both sentences.
        const span = text.slice(ev.start, ev.end);
        if (ev.sentence !== span && normaliseName(ev.sentence) !== normaliseName(span)) {
          problems.push({
            path: `${evPath}.sentence`,
            message: `does not match the article text at ${ev.start}..${ev.end} (${show(span)})`,
          });
        }
      }
    });
  });
  return problems;
}

/**
 * Validates one annotated article (already parsed from JSON). Throws AnnotatedArticleError with
 * every problem found; returns the article with defaults applied.
 */
export function parseAnnotatedArticle(
  value: unknown,
  where: { file?: string; line?: number } = {},
): AnnotatedArticle {
  const parsed = annotatedArticleSchema.safeParse(value, { error: errorMap });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
    throw new AnnotatedArticleError(problems, where.file, where.line);
  }
  const doc = parsed.data as AnnotatedArticle;
  const problems = checkConsistency(doc);
  if (problems.length > 0) throw new AnnotatedArticleError(problems, where.file, where.line);
  return doc;
}

/**
 * Checks a plain article (before any extraction) by the rules of an annotated article's
 * `article`: the same limits, schemes and characters, problems named `article.<field>`.
 */
export function parseArticleInput(
  value: unknown,
  where: { file?: string; line?: number } = {},
): ArticleInput {
  const parsed = articleSchema.safeParse(value, { error: errorMap });
  if (parsed.success) return parsed.data as ArticleInput;
  const problems = parsed.error.issues.map((issue) => ({
    path: formatPath(["article", ...issue.path]),
    message: issue.message,
  }));
  throw new AnnotatedArticleError(problems, where.file, where.line);
}

/**
 * `JSON.parse`, and when it fails, jsonc-parser to say where: V8's own messages often give no
 * position ("Unexpected token 'x', … is not valid JSON").
 */
export function parseJsonText(raw: string, where: { file?: string; line?: number } = {}): unknown {
  const refuse = (message: string) =>
    new AnnotatedArticleError([{ path: "", message }], where.file, where.line);
  // A UTF-8 byte order mark is not part of the JSON (editors on Windows write one).
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  // Bytes read as UTF-8 that were not: a UTF-16 byte order mark becomes two U+FFFD, and
  // UTF-16 text or a binary file is full of NULs.
  if (text.startsWith("\uFFFD\uFFFD")) {
    throw refuse(
      "the file starts with a UTF-16 byte order mark; JSON input must be UTF-8 (save it as UTF-8)",
    );
  }
  if (text.includes("\u0000")) {
    throw refuse("binary content (NUL bytes): not a JSON text");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    let message = `malformed JSON: ${error instanceof Error ? error.message : String(error)}`;
    if (first) {
      const before = text.slice(0, first.offset).split("\n");
      const line = before.length + (where.line ? where.line - 1 : 0);
      const column = before[before.length - 1]!.length + 1;
      // A JSON Lines record already names its line in the prefix ("file.jsonl:4: …").
      const at =
        where.line && line === where.line ? `column ${column}` : `line ${line}, column ${column}`;
      message = `malformed JSON at ${at}: ${describeJsonError(first.error)}`;
    }
    throw new AnnotatedArticleError([{ path: "", message }], where.file, where.line);
  }
}

function describeJsonError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  // "PropertyNameExpected" → "property name expected"
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** Parses and validates the text of one annotated-article JSON document. */
export function parseAnnotatedJson(text: string, where: { file?: string; line?: number } = {}) {
  return parseAnnotatedArticle(parseJsonText(text, where), where);
}
