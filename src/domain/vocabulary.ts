/**
 * The closed vocabulary of the graph (shared/ONTOLOGY.md, copied into docs/ONTOLOGY.md).
 * Every Neo4j label and relationship type the code writes comes from these lists, so no user
 * string can ever become part of Cypher text.
 */

export const ENTITY_TYPES = [
  "Person",
  "Organisation",
  "Country",
  "Location",
  "Mission",
  "Asset",
  "Event",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  "REPRESENTS",
  "MEMBER_OF",
  "LEADS",
  "PARTICIPATES_IN",
  "PROVIDES",
  "ASSIGNED_TO",
  "LOCATED_IN",
  "OPERATES_IN",
  "HEADQUARTERED_IN",
  "OPPOSES",
  "SUPPORTS",
  "COOPERATES_WITH",
  "PART_OF",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relationship types whose direction carries no meaning; stored once, source/target sorted. */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set(["COOPERATES_WITH"]);

export const ASSET_CATEGORIES = [
  "AIRCRAFT",
  "HELICOPTER",
  "SHIP",
  "SUBMARINE",
  "VEHICLE",
  "AIR_DEFENCE",
  "ARTILLERY",
  "DRONE",
  "UNIT",
  "PERSONNEL",
  "OTHER",
] as const;
export type AssetCategory = (typeof ASSET_CATEGORIES)[number];

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/**
 * Properties of a stored relationship that the graph computes from its evidence (docs/graph-model.md);
 * an annotation may not state them, and they are not among what a sentence states.
 */
export const RELATIONSHIP_AGGREGATE_KEYS: ReadonlySet<string> = new Set([
  "id",
  "confidence",
  "evidenceCount",
  "articleCount",
  "firstSeen",
  "lastSeen",
]);
