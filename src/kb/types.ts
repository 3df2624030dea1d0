import type { AssetCategory, EntityType, Language, RelationType } from "../domain/vocabulary.ts";

/**
 * The knowledge base's shapes: what src/kb loads from its data files (src/kb/data/, documented in
 * src/kb/README.md) and what the extractor (src/ingest/extract) consumes. Users extend the base
 * with their own files in the same format (NEWSGRAPH_KB_DIR).
 */

/** A known real-world entity with the names it goes by in Dutch and English. */
export interface KbEntity {
  /** Stable id; defaults to entityId(type, name). */
  id: string;
  type: EntityType;
  /** Canonical name, English where a well-known English name exists. */
  name: string;
  /** Every other surface form, both languages: short forms, acronyms, spelling variants. */
  aliases: string[];
  wikidataId?: string;
  /** A finer kind within the type: alliance, coalition, armed-group, parliament, ministry, party,
   * government, company, city, region, base, operation, mission, summit … */
  kind?: string;
  /** ISO 3166-1 alpha-2 of the country it belongs to or lies in (Organisation, Location, Person). */
  country?: string;
  /** Name of the entity it is part of or lies in (Location → region, Mission → organisation). */
  partOf?: string;
  /** Mission/Operation: the organisation or country that leads it. */
  ledBy?: string;
  lat?: number;
  lon?: number;
  geonamesId?: number;
  /** Where this entry comes from (a package, a data set, "curated"). */
  source: string;
  /**
   * Surface forms (the name or aliases) that only match with exactly this capitalisation: short
   * acronyms that are also words ("IS", "US", "VS", "DENK", "Kamer"). The loader adds every form of
   * at most three letters written in capitals; data files list the others.
   */
  caseSensitiveAliases?: string[];
  /** Organisation: the government portfolio it stands for (defence, foreign-affairs, government,
   * armed-forces …); one per country and portfolio. */
  portfolio?: string;
  /** Mission: names of the countries or locations it operates in. */
  operatesIn?: string[];
  /** Mission/Organisation: name of the location of its headquarters. */
  headquarteredIn?: string;
  /** Location: adjectives naming it ("Koerdische", "Kurdish"; "Baltische"). */
  adjectives?: string[];
}

/** A country: names from i18n-iso-countries, adjectives from the curated table. */
export interface KbCountry extends KbEntity {
  type: "Country";
  iso2: string;
  iso3: string;
  /** Nationality adjectives and demonyms, inflected forms included: Iraakse, Iraaks, Iraqi, Iraqis. */
  adjectives: string[];
  /** The same adjectives split by language. */
  adjectivesByLanguage?: { nl: string[]; en: string[] };
  /** Country names from i18n-iso-countries, by language (official and short forms). */
  namesByLanguage?: { nl: string[]; en: string[] };
}

/** An office holder with the roles the knowledge base knows for them. */
export interface KbPerson extends KbEntity {
  type: "Person";
  roles: { role: string; of: string; from?: string; until?: string }[];
}

/** An equipment model an Asset can be of: "F-16", "NH90", "Patriot". */
export interface KbEquipment {
  /** Canonical model name used in asset names: "F-16 (Netherlands)". */
  model: string;
  aliases: string[];
  category: AssetCategory;
  wikidataId?: string;
  source: string;
  /** A named ship's class, as the model name of that class: "De Zeven Provinciën-class frigate". */
  class?: string;
  /** As on KbEntity. */
  caseSensitiveAliases?: string[];
}

/**
 * A generic asset noun that is not a model: personnel ("militaire adviseurs", "trainers",
 * "civiele experts"), units ("detachement"), generic platforms ("transporthelikopters").
 */
export interface KbAssetKind {
  /** Canonical English plural used in asset names: "military advisers (Netherlands)". */
  name: string;
  /** Surface forms in both languages, singular and plural. */
  aliases: string[];
  category: AssetCategory;
  source: string;
  /** As on KbEntity. */
  caseSensitiveAliases?: string[];
}

/**
 * A relation frame (format "relation-frames"): when one of its trigger forms occurs, a subject of
 * the given types and an object of the given types, found where the options say, stand in the
 * relation. One frame per (language, name); a later file's frame of the same name adds triggers
 * and overrides the other fields.
 */
export interface KbRelationFrame {
  name: string;
  language: Language;
  relation: RelationType;
  triggers: string[];
  subject: EntityType[];
  object: EntityType[];
  confidence: number;
  properties?: Record<string, string | number | boolean>;
  /** The object must be governed by one of these prepositions ("" = none). */
  objectPreps?: string[];
  /** Only determiners, modifiers and allowed prepositions between trigger and object (default true). */
  adjacent?: boolean;
  /** "geleid door X", "led by X": the subject follows the trigger, the object precedes it. */
  passive?: boolean;
  /** The subject stands right before the trigger (nominal triggers, appositions, attachments). */
  subjectAdjacent?: boolean;
  /** The subject follows the trigger as an object would ("stuurt 2 Chinooks naar Mali"). */
  subjectAfter?: boolean;
  /** A nationality adjective is no subject. */
  subjectNotAdjective?: boolean;
  /** Without an object in the clause: the object of the preceding stance or the topic mission. */
  objectFromContext?: boolean;
  /** Dutch verb-final clauses: the object is the nearest plain argument before the trigger. */
  objectBefore?: boolean;
  /** Without any possible subject before the trigger: the article's topic mission. */
  subjectFromTopic?: boolean;
  /** The object only through a good it is given: "contribution to the security of X". */
  objectThroughTheme?: boolean;
  /** Words right before the trigger that cancel it ("steunt deelname aan"); "*" = any letters. */
  notAfter?: string[];
  /** Without an adjacent object: the first argument of these types governed by these prepositions. */
  fallbackObject?: {
    types: EntityType[];
    preps: string[];
    properties?: Record<string, string | number | boolean>;
  };
  source: string;
}

export interface KnowledgeBase {
  readonly entities: readonly KbEntity[];
  readonly countries: readonly KbCountry[];
  readonly people: readonly KbPerson[];
  readonly equipment: readonly KbEquipment[];
  readonly assetKinds: readonly KbAssetKind[];
  /**
   * Relation frames by language. Optional so that a hand-made knowledge base can leave them out;
   * the extractor then uses the shipped frames.
   */
  readonly relationFrames?: Readonly<Record<Language, readonly KbRelationFrame[]>>;
  byId(id: string): KbEntity | undefined;
}
