import type { EntityType, Language, RelationType } from "./vocabulary.ts";

/** An article as it arrives: from a file, a JSON object, a mutation. */
export interface ArticleInput {
  /** Stable identity; derived from the URL or the title when absent (see `articleIdOf`). */
  id?: string;
  title: string;
  body: string;
  source?: string | null;
  language?: Language | null;
  url?: string | null;
  /** ISO 8601 date or date-time. */
  publishedAt?: string | null;
}

/** A span of the article's `text` (title, blank line, body), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type PropertyValue = string | number | boolean;
export type Properties = Record<string, PropertyValue>;

export interface EntityAnnotation {
  type: EntityType;
  /** Canonical name. */
  name: string;
  aliases?: string[];
  wikidataId?: string | null;
  /** Extra typed facts (Asset: owner, model, category; Location: lat, lon, geonamesId …). */
  properties?: Properties;
  /** Where the article names it. */
  mentions?: Span[];
}

export interface EvidenceAnnotation extends Span {
  /** The sentence text; filled in from the offsets when absent. */
  sentence?: string;
  confidence?: number;
  extractor?: string;
  /** Name of the rule or pattern that produced the relation. */
  rule?: string;
}

export interface RelationAnnotation {
  type: RelationType;
  /** Name (or alias) of an entity of the same annotation. */
  source: string;
  target: string;
  properties?: Properties;
  confidence?: number;
  evidence?: EvidenceAnnotation[];
}

/** An article with its entities and relationships: the ingest format (README, "Annotated articles"). */
export interface AnnotatedArticle {
  article: ArticleInput;
  /** Name of the tool that produced the annotations. */
  extractor?: string;
  entities: EntityAnnotation[];
  relations: RelationAnnotation[];
}

/** The separator between title and body in an article's text; offsets count it. */
export const TITLE_SEPARATOR = "\n\n";

export function articleText(article: Pick<ArticleInput, "title" | "body">): string {
  return `${article.title}${TITLE_SEPARATOR}${article.body}`;
}

/** What an extractor returns for one article. */
export interface Extraction {
  language: Language;
  entities: EntityAnnotation[];
  relations: RelationAnnotation[];
}

/**
 * The seam for other extractors (an LLM, spaCy behind HTTP …): anything that turns an article
 * into typed entities and relations with evidence. The built-in rule-based one is the default.
 */
export interface Extractor {
  readonly name: string;
  extract(article: ArticleInput & { language: Language }): Extraction | Promise<Extraction>;
}
