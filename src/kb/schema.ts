import { z } from "zod";
import { TEXT_LIMITS, textProblem } from "../domain/limits.ts";
import { ASSET_CATEGORIES, ENTITY_TYPES, LANGUAGES, RELATION_TYPES } from "../domain/vocabulary.ts";

/**
 * The format of the knowledge-base data files (documented in src/kb/README.md). Objects are strict
 * so that a misspelt field in a user's file is an error rather than silently ignored data.
 */

const text = z.string().trim().min(1);
/**
 * A name or alias the extractor may give an entity: within what an annotated article allows a
 * name (src/domain/limits.ts), so that the built-in rules' output, which ingest does not validate
 * again (src/ingest/extract/built-in.ts), holds no name the validator would refuse.
 */
const name = text.superRefine((value, ctx) => {
  const problem = textProblem(value, TEXT_LIMITS.name);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
const iso2 = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as NL");
const wikidataId = z.string().regex(/^Q[1-9][0-9]*$/, "expected a Wikidata id such as Q55");
const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a year or date: 2017, 2017-10 or 2017-10-26");

const role = z.strictObject({
  role: text,
  of: text,
  from: date.optional(),
  until: date.optional(),
});

export const EntityEntrySchema = z.strictObject({
  id: text.optional(),
  type: z.enum(ENTITY_TYPES).optional(),
  name,
  aliases: z.array(name).default([]),
  caseSensitiveAliases: z.array(name).optional(),
  wikidataId: wikidataId.optional(),
  kind: text.optional(),
  portfolio: text.optional(),
  country: iso2.optional(),
  partOf: text.optional(),
  ledBy: text.optional(),
  operatesIn: z.array(text).optional(),
  headquarteredIn: text.optional(),
  adjectives: z.array(text).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  geonamesId: z.number().int().positive().optional(),
  /** Lookup hint for src/kb/scripts/enrich-geonames.ts; not part of the loaded entity. */
  geonames: z.strictObject({ name: text.optional(), admin: text.optional() }).optional(),
  roles: z.array(role).optional(),
  source: text.optional(),
  note: text.optional(),
});
export type EntityEntry = z.infer<typeof EntityEntrySchema>;

export const CountryEntrySchema = z.strictObject({
  iso2,
  name: name.optional(),
  wikidataId: wikidataId.optional(),
  /** Dutch adjectives and demonyms, inflected forms included. */
  nl: z.array(name).default([]),
  /** English adjectives and demonyms. */
  en: z.array(name).default([]),
  aliases: z.array(name).default([]),
  /** Names from i18n-iso-countries that are wrong or ambiguous for this country. */
  dropAliases: z.array(text).default([]),
  caseSensitiveAliases: z.array(name).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  source: text.optional(),
  note: text.optional(),
});
export type CountryEntry = z.infer<typeof CountryEntrySchema>;

export const EquipmentEntrySchema = z.strictObject({
  model: name,
  aliases: z.array(name).default([]),
  caseSensitiveAliases: z.array(name).optional(),
  category: z.enum(ASSET_CATEGORIES),
  class: text.optional(),
  wikidataId: wikidataId.optional(),
  source: text.optional(),
  note: text.optional(),
});
export type EquipmentEntry = z.infer<typeof EquipmentEntrySchema>;

export const AssetKindEntrySchema = z.strictObject({
  name,
  aliases: z.array(name).default([]),
  caseSensitiveAliases: z.array(name).optional(),
  category: z.enum(ASSET_CATEGORIES),
  source: text.optional(),
  note: text.optional(),
});
export type AssetKindEntry = z.infer<typeof AssetKindEntrySchema>;

const entityTypes = z.array(z.enum(ENTITY_TYPES));
/** Prepositions as written in folded text; "" stands for "no preposition". */
const prepositions = z.array(
  z.string().regex(/^[a-z ]*$/, 'expected a lower-case preposition or ""'),
);
const properties = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/**
 * A relation frame: trigger forms × argument types × direction × properties. The extractor's
 * generic matcher (src/ingest/extract/relations/engine.ts) reads every frame the same way; see
 * src/kb/README.md for what each field does.
 */
export const RelationFrameEntrySchema = z.strictObject({
  name: text,
  language: z.enum(LANGUAGES).optional(),
  relation: z.enum(RELATION_TYPES),
  /** Word forms and phrases, matched on word boundaries in folded text (lower case, no accents). */
  triggers: z.array(text).min(1),
  subject: entityTypes.min(1),
  object: entityTypes,
  confidence: z.number().gt(0).max(1),
  properties: properties.optional(),
  objectPreps: prepositions.optional(),
  adjacent: z.boolean().optional(),
  passive: z.boolean().optional(),
  subjectAdjacent: z.boolean().optional(),
  subjectAfter: z.boolean().optional(),
  subjectNotAdjective: z.boolean().optional(),
  objectFromContext: z.boolean().optional(),
  objectBefore: z.boolean().optional(),
  subjectFromTopic: z.boolean().optional(),
  /** The object only through a good it is given: "contribution to the security of X". */
  objectThroughTheme: z.boolean().optional(),
  /** Words right before the trigger (a determiner and one word may follow them) that cancel it; "*" = any letters. */
  notAfter: z.array(text).optional(),
  fallbackObject: z
    .strictObject({
      types: entityTypes.min(1),
      preps: prepositions.min(1),
      properties: properties.optional(),
    })
    .optional(),
  source: text.optional(),
  note: text.optional(),
});
export type RelationFrameEntry = z.infer<typeof RelationFrameEntrySchema>;

/** The file header; entries are validated one by one so an error can name the entry. */
export const DataFileSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.enum(["entities", "countries", "equipment", "asset-kinds", "relation-frames"]),
  /** Default entity type of the entries of an "entities" file. */
  type: z.enum(ENTITY_TYPES).optional(),
  /** Language of the entries of a "relation-frames" file. */
  language: z.enum(LANGUAGES).optional(),
  /** Default source of every entry in the file. */
  source: text,
  description: z.string().optional(),
  entries: z.array(z.unknown()),
});
export type DataFile = z.infer<typeof DataFileSchema>;
export type DataFormat = DataFile["format"];
