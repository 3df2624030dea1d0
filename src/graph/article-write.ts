import type { Properties } from "../domain/article.ts";
import type { EntityType, Language, RelationType } from "../domain/vocabulary.ts";

/**
 * The rows of one article's write: what src/ingest/plan.ts produces and the article repository
 * writes. Property names are the stored ones (docs/graph-model.md).
 */

export interface ArticleRow {
  id: string;
  title: string;
  body: string;
  source: string | null;
  language: Language | null;
  url: string | null;
  publishedAt: string | null;
  extractor: string | null;
  contentHash: string;
}

export interface SourceRow {
  id: string;
  name: string;
}

/** Where one article names one entity: the MENTIONS relationship's properties. */
export interface MentionRow {
  count: number;
  surfaces: string[];
  starts: number[];
  ends: number[];
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  /** Every other name this article gives it: declared aliases and the surface forms of mentions. */
  aliases: string[];
  wikidataId: string | null;
  properties: Properties;
  mention: MentionRow;
}

export interface RelationshipRow {
  id: string;
  type: RelationType;
  /** Symmetric types have their ends sorted, as relationshipId() does. */
  sourceId: string;
  targetId: string;
}

export interface EvidenceRow {
  id: string;
  relId: string;
  relType: RelationType;
  sourceId: string;
  targetId: string;
  articleId: string;
  sentence: string | null;
  start: number | null;
  end: number | null;
  confidence: number;
  extractor: string;
  rule: string | null;
  /** JSON object of what this statement says about the relationship (role, quantity …). */
  properties: string;
  publishedAt: string | null;
}

/** Everything one article writes, ids derived, arrays sorted: the unit of one transaction. */
export interface WritePlan {
  article: ArticleRow;
  source: SourceRow | null;
  entities: EntityRow[];
  relationships: RelationshipRow[];
  evidence: EvidenceRow[];
  counts: { entities: number; relations: number; mentions: number; evidence: number };
}
