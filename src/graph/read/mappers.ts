import type { Properties, PropertyValue } from "../../domain/article.ts";
import {
  type EntityType,
  isEntityType,
  isRelationType,
  LANGUAGES,
  type Language,
  type RelationType,
} from "../../domain/vocabulary.ts";
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  RelationshipRecord,
  SourceRecord,
} from "./types.ts";

/**
 * Rows (already plain JS, see executor.toPlain) to domain records. Every statement in
 * cypher/read/ projects its nodes the same way, so one mapper per record family suffices:
 * entities as `e {.*, type, mentionCount}`, relationships as `r {.*, type, sourceId, targetId}`.
 */
type Map = Record<string, unknown>;

const str = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);
const num = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v) => v !== null).map(String) : [];
const numbers = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v): v is number => typeof v === "number") : [];

function isPropertyValue(value: unknown): value is PropertyValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** The properties not named in `known`, keeping only scalar values (what `Properties` allows). */
function extras(map: Map, known: ReadonlySet<string>): Properties {
  const out: Properties = {};
  // for…in, not Object.entries: every record of every page passes here, and the pairs were
  // garbage. The maps are the driver's plain objects (own, enumerable keys only).
  for (const key in map) {
    if (known.has(key)) continue;
    const value = map[key];
    if (isPropertyValue(value)) out[key] = value;
  }
  return out;
}

export function asMap(value: unknown, what: string): Map {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`expected ${what} to be a map, got ${JSON.stringify(value)}`);
  }
  return value as Map;
}

const ENTITY_FIELDS = new Set([
  "id",
  "type",
  "name",
  "aliases",
  "wikidataId",
  "mentionCount",
  "createdAt",
  "updatedAt",
]);

export function toEntity(value: unknown): EntityRecord {
  const map = asMap(value, "entity");
  const type = String(map.type);
  if (!isEntityType(type)) throw new Error(`entity ${String(map.id)} has no entity label`);
  return {
    kind: "Entity",
    id: String(map.id),
    type: type as EntityType,
    name: String(map.name ?? map.id),
    aliases: strings(map.aliases),
    wikidataId: str(map.wikidataId),
    mentionCount: num(map.mentionCount) ?? 0,
    properties: extras(map, ENTITY_FIELDS),
    createdAt: str(map.createdAt),
    updatedAt: str(map.updatedAt),
  };
}

/** An entity read with only its id, name and type (see EntityRecord.partial). */
export function toPartialEntity(value: unknown): EntityRecord {
  const entity = toEntity(value);
  entity.partial = true;
  return entity;
}

function toLanguage(value: unknown): Language | null {
  return (LANGUAGES as readonly unknown[]).includes(value) ? (value as Language) : null;
}

export function toArticle(value: unknown): ArticleRecord {
  const map = asMap(value, "article");
  return {
    kind: "Article",
    id: String(map.id),
    title: String(map.title ?? ""),
    body: String(map.body ?? ""),
    source: str(map.source),
    sourceId: str(map.sourceId),
    language: toLanguage(map.language),
    url: str(map.url),
    publishedAt: str(map.publishedAt),
    contentHash: str(map.contentHash),
    extractor: str(map.extractor),
    ingestedAt: str(map.ingestedAt),
  };
}

/** An article read without its body (see ArticleRecord.partial). */
export function toArticleSummary(value: unknown): ArticleRecord {
  const article = toArticle(value);
  article.partial = true;
  return article;
}

export function toSource(value: unknown): SourceRecord {
  const map = asMap(value, "source");
  return { kind: "Source", id: String(map.id), name: String(map.name ?? map.id) };
}

const RELATIONSHIP_FIELDS = new Set([
  "id",
  "type",
  "sourceId",
  "targetId",
  "confidence",
  "evidenceCount",
  "articleCount",
  "firstSeen",
  "lastSeen",
  "createdAt",
  "updatedAt",
  "role",
  "quantity",
  "maxQuantity",
  "from",
  "until",
  "kind",
]);

export function toRelationship(value: unknown): RelationshipRecord {
  const map = asMap(value, "relationship");
  const type = String(map.type);
  if (!isRelationType(type)) throw new Error(`relationship ${String(map.id)} has type ${type}`);
  return {
    kind: "Relationship",
    id: String(map.id),
    type: type as RelationType,
    sourceId: String(map.sourceId),
    targetId: String(map.targetId),
    confidence: num(map.confidence) ?? 0,
    evidenceCount: num(map.evidenceCount) ?? 0,
    articleCount: num(map.articleCount) ?? 0,
    firstSeen: str(map.firstSeen),
    lastSeen: str(map.lastSeen),
    properties: {
      role: str(map.role),
      quantity: num(map.quantity),
      maxQuantity: num(map.maxQuantity),
      from: str(map.from),
      until: str(map.until),
      kind: str(map.kind),
      extra: extras(map, RELATIONSHIP_FIELDS),
    },
  };
}

/** Evidence `properties` is stored as a JSON string (Neo4j has no map-valued properties). */
function parseProperties(value: unknown): Properties {
  if (typeof value !== "string" || value === "") return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? extras(parsed as Map, new Set())
      : {};
  } catch {
    return {};
  }
}

export function toEvidence(value: unknown): EvidenceRecord {
  const map = asMap(value, "evidence");
  return {
    kind: "Evidence",
    id: String(map.id),
    relId: String(map.relId),
    articleId: String(map.articleId),
    sentence: String(map.sentence ?? ""),
    start: num(map.start) ?? 0,
    end: num(map.end) ?? 0,
    confidence: num(map.confidence),
    extractor: str(map.extractor),
    rule: str(map.rule),
    properties: parseProperties(map.properties),
    publishedAt: str(map.publishedAt),
  };
}

export function toMention(articleId: string, mention: unknown, entity: unknown): MentionRecord {
  const map = asMap(mention, "mention");
  return {
    articleId,
    entity: toEntity(entity),
    count: num(map.count) ?? strings(map.surfaces).length,
    surfaces: strings(map.surfaces),
    starts: numbers(map.starts),
    ends: numbers(map.ends),
  };
}
