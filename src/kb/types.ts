import type { AssetCategory, EntityType } from "../domain/vocabulary.ts";

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
}

/** A country: names from i18n-iso-countries, adjectives from the curated table. */
export interface KbCountry extends KbEntity {
  type: "Country";
  iso2: string;
  iso3: string;
  /** Nationality adjectives and demonyms, inflected forms included: Iraakse, Iraaks, Iraqi, Iraqis. */
  adjectives: string[];
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
}

export interface KnowledgeBase {
  readonly entities: readonly KbEntity[];
  readonly countries: readonly KbCountry[];
  readonly people: readonly KbPerson[];
  readonly equipment: readonly KbEquipment[];
  readonly assetKinds: readonly KbAssetKind[];
  byId(id: string): KbEntity | undefined;
}
