import type { Properties, Span } from "../../domain/article.ts";
import { entityId } from "../../domain/identity.ts";
import type { EntityType, Language, RelationType } from "../../domain/vocabulary.ts";
import type { KbEntity } from "../../kb/types.ts";
import type { Sentence } from "../segment.ts";

/** The article being read: its text, a length-preserving folded copy, and its sentences. */
export interface Doc {
  text: string;
  folded: string;
  language: Language;
  sentences: Sentence[];
  /** Number of characters of the title (the first sentence(s) before the separator). */
  titleEnd: number;
}

/** The kind of place, unit or body an entity is ("town", "base", "unit"; "" when unknown). */
export function kindOf(registry: EntityRegistry, key: string): string {
  const record = registry.get(key);
  return String(record?.kb?.kind ?? record?.properties.kind ?? "");
}

/**
 * How many sentences before a description's own are searched for what it names back ("the
 * frigate", "the Defence Secretary"): coreference.ts and the ship anaphors of ships.ts.
 */
export const COREFERENCE_WINDOW = 3;

export function sentenceIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** One canonical node of the article's graph. */
export interface EntityRecord {
  key: string;
  type: EntityType;
  name: string;
  wikidataId?: string;
  kb?: KbEntity;
  /** Surface forms seen in the text. */
  aliases: Set<string>;
  properties: Properties;
  mentions: Span[];
}

/**
 * How a mention was recognised: a knowledge-base name or alias, a nationality adjective, a name
 * after a title (or one edit from a known one: fuzzy), in an apposition, a surname alone, an
 * acronym defined in parentheses, a name built from names (compound) or by a pattern, a reference
 * back ("de missie"), an asset phrase, a ship, an exercise.
 */
export type MentionVia =
  | "alias"
  | "adjective"
  | "title"
  | "fuzzy"
  | "apposition"
  | "surname"
  | "acronym"
  | "compound"
  | "pattern"
  | "anaphor"
  | "asset"
  | "ship"
  | "exercise";

/**
 * A place where the text names an entity. `nested` mentions lie inside a longer one ("NAVO" in
 * "NAVO-missie", "ISIL" in "counter-ISIL coalition"): the entity is named, but relation rules take
 * only the outer mention as an argument.
 */
export interface Mention extends Span {
  key: string;
  type: EntityType;
  nested: boolean;
  /** How it was recognised. */
  via: MentionVia;
}

/**
 * Ids of names not in the knowledge base, memoised: the same asset, person or compound name recurs
 * in article after article, and its slug (Unicode normalisation, several replacements) costs more
 * than the rest of registering it. Bounded, so a long stream of new names retains nothing.
 */
const nameIds = new Map<string, string>();
const NAME_IDS_MAX = 20_000;

function cachedEntityId(type: EntityType, name: string): string {
  const cacheKey = `${type}\u0000${name}`;
  let id = nameIds.get(cacheKey);
  if (id === undefined) {
    if (nameIds.size >= NAME_IDS_MAX) nameIds.clear();
    id = entityId(type, name);
    nameIds.set(cacheKey, id);
  }
  return id;
}

export class EntityRegistry {
  readonly records = new Map<string, EntityRecord>();

  keyOfKb(entity: KbEntity): string {
    return entity.id || entityId(entity.type, entity.name);
  }

  fromKb(entity: KbEntity): EntityRecord {
    const key = this.keyOfKb(entity);
    let record = this.records.get(key);
    if (!record) {
      record = {
        key,
        type: entity.type,
        name: entity.name,
        kb: entity,
        aliases: new Set(),
        properties: {},
        mentions: [],
      };
      if (entity.wikidataId) record.wikidataId = entity.wikidataId;
      this.records.set(key, record);
    }
    return record;
  }

  /** An entity the knowledge base does not know: identity from type and normalised name. */
  fromName(type: EntityType, name: string, properties: Properties = {}): EntityRecord {
    const key = cachedEntityId(type, name);
    let record = this.records.get(key);
    if (!record) {
      record = { key, type, name, aliases: new Set(), properties: { ...properties }, mentions: [] };
      this.records.set(key, record);
    }
    return record;
  }

  get(key: string): EntityRecord | undefined {
    return this.records.get(key);
  }
}

/** A relation found by a rule, before merging. */
export interface Finding {
  type: RelationType;
  source: string;
  target: string;
  rule: string;
  confidence: number;
  sentence: number;
  properties?: Properties;
}

/**
 * A set of pairs of strings (registry keys) without a joined key per pair: a rule that asks
 * "is this pair related already?" of every finding builds it from all of them, and a joined
 * string per finding was most of that pass's time.
 */
export class PairSet<T = string> {
  readonly #pairs = new Map<T, Set<string>>();

  add(first: T, second: string): void {
    let seconds = this.#pairs.get(first);
    if (!seconds) {
      seconds = new Set();
      this.#pairs.set(first, seconds);
    }
    seconds.add(second);
  }

  has(first: T, second: string): boolean {
    return this.#pairs.get(first)?.has(second) === true;
  }
}
