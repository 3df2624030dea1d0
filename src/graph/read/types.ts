import type { Properties } from "../../domain/article.ts";
import type { EntityType, Language, RelationType } from "../../domain/vocabulary.ts";

/**
 * What the read repositories return: plain, immutable-by-convention objects with no driver types.
 * `kind` tells the record families apart where the API resolves an interface (`Node`, `Entity`).
 */

export interface EntityRecord {
  readonly kind: "Entity";
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId: string | null;
  /** Number of articles that mention the entity. */
  mentionCount: number;
  /** Typed extras stored on the node (Asset: owner, model, category; Location: lat, lon …). */
  properties: Properties;
  createdAt: string | null;
  updatedAt: string | null;
  /**
   * Read with only its id, type and name (an end on a lean relationship page, see
   * EntityRelationshipsKey.lean): the rest holds defaults, so it is never primed into the by-id
   * loader.
   */
  partial?: true;
}

export interface ArticleRecord {
  readonly kind: "Article";
  id: string;
  title: string;
  body: string;
  source: string | null;
  /** Id of the `Source` node the article is PUBLISHED_BY, when it has one. */
  sourceId: string | null;
  language: Language | null;
  url: string | null;
  publishedAt: string | null;
  contentHash: string | null;
  extractor: string | null;
  ingestedAt: string | null;
  /**
   * Read without its body (`body` is ""), where the query selected neither `body` nor `text`:
   * those fields then load the whole article. Never cached as the article.
   */
  partial?: true;
}

export interface SourceRecord {
  readonly kind: "Source";
  id: string;
  name: string;
}

/** The ontology's relationship properties (docs/ONTOLOGY.md), typed. */
export interface RelationshipProperties {
  role: string | null;
  quantity: number | null;
  maxQuantity: number | null;
  from: string | null;
  until: string | null;
  kind: string | null;
  /** Anything else stored on the relationship that the ontology does not name. */
  extra: Properties;
}

export interface RelationshipRecord {
  readonly kind: "Relationship";
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  confidence: number;
  evidenceCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  properties: RelationshipProperties;
  /**
   * Read with only its id, type and ends (a lean relationship page, see
   * EntityRelationshipsKey.lean): the rest holds defaults, so it is never primed into the by-id
   * loader; `ends` are its source and target as the page read them.
   */
  partial?: true;
  ends?: { source: EntityRecord; target: EntityRecord };
}

export interface EvidenceRecord {
  readonly kind: "Evidence";
  id: string;
  relId: string;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number | null;
  extractor: string | null;
  rule: string | null;
  /** What this sentence states (quantity, role …). */
  properties: Properties;
  publishedAt: string | null;
  /** Its article, when the statement that read the evidence read that along. */
  article?: ArticleRecord;
}

/** One entity as one article names it. */
export interface MentionRecord {
  articleId: string;
  entity: EntityRecord;
  count: number;
  surfaces: string[];
  starts: number[];
  ends: number[];
}

export interface Edge<T> {
  /** Opaque keyset cursor: the sort key and id of `node`. */
  cursor: string;
  node: T;
}

/** One page of a keyset-paginated list. */
export interface Page<T, E extends Edge<T> = Edge<T>> {
  edges: E[];
  hasNextPage: boolean;
}

export interface SearchEdge extends Edge<EntityRecord> {
  score: number;
}

/** Pagination of every connection: `first` items after the opaque cursor `after`. */
export interface PageArgs {
  first: number;
  after: string | null;
}

export const DIRECTIONS = ["OUTGOING", "INCOMING", "BOTH"] as const;
/** Which relationships of an entity: where it is the source, the target, or either. */
export type Direction = (typeof DIRECTIONS)[number];

export interface RelationshipFilter {
  /** Relationship types; null means all. */
  types: RelationType[] | null;
  direction: Direction;
}

export interface NeighbourFilter extends RelationshipFilter {
  /** Types of the neighbouring entities; null means all. */
  entityTypes: EntityType[] | null;
}

/** How a relationship list is sorted: by id, or by an aggregate (largest or latest first). */
export const RELATIONSHIP_ORDERS = ["ID", "LAST_SEEN", "CONFIDENCE", "ARTICLE_COUNT"] as const;
export type RelationshipOrder = (typeof RELATIONSHIP_ORDERS)[number];

/** `Entity.relationships` filters beyond type and direction; null means no restriction. */
export interface RelationshipListFilter extends RelationshipFilter {
  /** Entity types of the other end. */
  otherTypes: EntityType[] | null;
  /** Some evidence published on or after / on or before (ISO 8601 prefix) … */
  from: string | null;
  to: string | null;
  /** … by this publisher (the article's `source`, exactly); all three hold for one evidence. */
  source: string | null;
  minConfidence: number | null;
}

/** Keys of the batched connection lookups: one entity, one filter, one page. */
export interface EntityRelationshipsKey extends RelationshipListFilter, PageArgs {
  entityId: string;
  order: RelationshipOrder;
  /** Also read the top this-many evidence of each relationship of the page (0 or absent: none). */
  evidence?: number;
  /** With `evidence`: also read the article of each piece of evidence … */
  articles?: boolean;
  /** … with its body (else a partial article, see ArticleRecord.partial). */
  articleBodies?: boolean;
  /**
   * The query reads of each relationship only its id, type, evidence and its ends' id, name and
   * type: a page in id order then reads only those (partial records, see RelationshipRecord.partial).
   */
  lean?: boolean;
}

/**
 * A page of an entity's relationships with what the same statement read along: the number of
 * relationships passing the filter (null when a cursor made the page empty: then a count statement
 * answers), the entity, both ends of each, and, when asked, each relationship's top evidence and
 * their articles.
 */
export interface RelationshipPage extends Page<RelationshipRecord> {
  total: number | null;
  ends: EntityRecord[];
  /** Per relationship id, its top `evidence` pieces of evidence (absent when none were asked). */
  evidence: Map<string, EvidenceRecord[]> | null;
  /** The articles of that evidence, when `articles` was asked (each once; partial without `articleBodies`). */
  articles: ArticleRecord[];
  /** The entity itself (as `findEntitiesByIds` reads it); null when there is no such entity. */
  entity: EntityRecord | null;
}
export interface RelationshipCountKey extends RelationshipListFilter {
  entityId: string;
}
export interface NeighboursKey extends NeighbourFilter, PageArgs {
  entityId: string;
}
export interface NeighbourCountKey extends NeighbourFilter {
  entityId: string;
}
export interface EntityArticlesKey extends PageArgs {
  entityId: string;
}
export interface EvidenceKey {
  relId: string;
  /** Most recent first; at most this many. */
  first: number;
}

export interface ArticleFilter {
  /** The publisher's name, exactly as stored on the article. */
  source: string | null;
  language: Language | null;
  /** Inclusive lower bound on `publishedAt` (ISO 8601 date or date-time). */
  publishedFrom: string | null;
  /** Inclusive upper bound; a date includes the whole day. */
  publishedTo: string | null;
}

export interface SearchArgs extends PageArgs {
  text: string;
  types: EntityType[] | null;
}
