import { createHash } from "node:crypto";
import type {
  AnnotatedArticle,
  ArticleInput,
  EntityAnnotation,
  Properties,
  PropertyValue,
  Span,
} from "../domain/article.ts";
import { articleText } from "../domain/article.ts";
import { entityId, relationshipId } from "../domain/identity.ts";
import { slugify } from "../domain/text.ts";
import { type EntityType, type Language, SYMMETRIC_RELATION_TYPES } from "../domain/vocabulary.ts";
import type {
  ArticleRow,
  EntityRow,
  EvidenceRow,
  RelationshipRow,
  WritePlan,
} from "../graph/article-write.ts";
import { indexEntities } from "./annotated-schema.ts";
import { type Sentence, segmentSentences } from "./segment.ts";

/**
 * The pure step between a validated annotated article and the graph: every row the repository
 * writes, with every id already derived, in a deterministic order. No clock, no database: the same
 * input always gives the same plan and the same content hash, which is how an unchanged article is
 * recognised on re-ingest.
 */

/** Bumped when the plan's shape or derivation changes, so stored articles are rewritten once. */
export const PLAN_VERSION = 1;
/** Extractor recorded when neither the evidence nor the document names one. */
export const UNKNOWN_EXTRACTOR = "unknown";
/** Confidence of a relation whose annotation gives none (hand annotations state facts). */
export const DEFAULT_CONFIDENCE = 1;

/**
 * An article's stable id: the given one, else derived from its URL (host and path), else from
 * its title and publication date. Re-ingesting with the same id replaces the earlier version.
 */
export function articleIdOf(article: ArticleInput): string {
  if (article.id) return article.id;
  if (article.url) {
    const url = new URL(article.url);
    return `article:${boundedSlug(`${url.hostname}${url.pathname}`)}`;
  }
  const date = article.publishedAt ? `-${article.publishedAt.slice(0, 10)}` : "";
  return `article:${boundedSlug(article.title)}${date}`;
}

/** Slugs past 100 characters keep their start and gain a short hash, so ids stay readable and distinct. */
function boundedSlug(value: string): string {
  const slug = slugify(value) || "untitled";
  if (slug.length <= 100) return slug;
  return `${slug.slice(0, 90).replace(/-+$/, "")}-${sha256(value).slice(0, 8)}`;
}

export function sourceIdOf(name: string): string {
  return `source:${slugify(name)}`;
}

/** Dates stay dates; date-times become UTC ISO strings, so stored values sort as text. */
export function normalisePublishedAt(value: string | null | undefined): string | null {
  if (!value) return null;
  // A date, or a month or year where only that is known, is kept as written.
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return value;
  return new Date(value).toISOString();
}

/** Widens a span to the whole sentence(s) it touches, as ONTOLOGY.md's provenance asks. */
export function sentenceAround(
  text: string,
  span: Span,
  language?: Language | null,
): Span & { sentence: string } {
  return sentenceIn(segmentSentences(text, language ?? undefined), text, span);
}

/** sentenceAround over sentences already found (sorted by start): a binary search, not a scan. */
function sentenceIn(
  sentences: readonly Sentence[],
  text: string,
  span: Span,
): Span & { sentence: string } {
  // The first sentence that ends after the span starts; then every one that starts before it ends.
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end > span.start) hi = mid;
    else lo = mid + 1;
  }
  let start = span.start;
  let end = span.end;
  for (let k = lo; k < sentences.length && sentences[k]!.start < span.end; k++) {
    start = Math.min(start, sentences[k]!.start);
    end = Math.max(end, sentences[k]!.end);
  }
  return { start, end, sentence: text.slice(start, end) };
}

function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortedProperties(properties: Properties | undefined): Properties {
  const out: Record<string, PropertyValue> = {};
  for (const key of Object.keys(properties ?? {}).sort(byString)) out[key] = properties![key]!;
  return out;
}

interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  /** The name derives this id itself (not through a redirect). */
  direct: boolean;
  aliases: Set<string>;
  wikidataId: string | null;
  properties: Properties;
  mentions: Map<string, Span>;
}

/**
 * Annotations of one entity (same type and slug, or leading to one entity through a redirect) are
 * merged: the first one's name and facts win, except that a name naming the entity directly wins
 * over one that only redirects to it.
 */
function planEntities(
  annotations: readonly EntityAnnotation[],
  text: string,
  resolve: (id: string) => string,
) {
  const drafts = new Map<string, EntityDraft>();
  const idOfIndex: string[] = [];
  for (const entity of annotations) {
    const derived = entityId(entity.type, entity.name);
    const id = resolve(derived);
    idOfIndex.push(id);
    let draft = drafts.get(id);
    if (draft && !draft.direct && derived === id) {
      draft.name = entity.name.trim();
      draft.direct = true;
    }
    if (!draft) {
      draft = {
        id,
        type: entity.type,
        name: entity.name.trim(),
        direct: derived === id,
        aliases: new Set(),
        wikidataId: null,
        properties: {},
        mentions: new Map(),
      };
      drafts.set(id, draft);
    }
    draft.aliases.add(entity.name.trim());
    for (const alias of entity.aliases ?? []) draft.aliases.add(alias.trim());
    draft.wikidataId ??= entity.wikidataId ?? null;
    draft.properties = { ...(entity.properties ?? {}), ...draft.properties };
    for (const m of entity.mentions ?? []) {
      draft.mentions.set(`${m.start}:${m.end}`, { start: m.start, end: m.end });
      draft.aliases.add(text.slice(m.start, m.end));
    }
  }
  const rows: EntityRow[] = [...drafts.values()]
    .sort((a, b) => byString(a.id, b.id))
    .map((d) => {
      const mentions = [...d.mentions.values()].sort((a, b) => a.start - b.start || a.end - b.end);
      return {
        id: d.id,
        type: d.type,
        name: d.name,
        aliases: [...d.aliases].filter((a) => a && a !== d.name).sort(byString),
        wikidataId: d.wikidataId,
        properties: sortedProperties(d.properties),
        mention: {
          count: mentions.length,
          surfaces: mentions.map((m) => text.slice(m.start, m.end)),
          starts: mentions.map((m) => m.start),
          ends: mentions.map((m) => m.end),
        },
      };
    });
  return { rows, idOfIndex };
}

interface RelationDraft {
  row: RelationshipRow;
  properties: Properties;
  evidence: Omit<EvidenceRow, "id" | "properties">[];
}

/**
 * `redirects` (merged entity id → kept entity id, from cypher/ingest/find-redirects.cypher)
 * make every row name the kept entities: entity rows that lead to one entity become one, and
 * relationship and evidence ids are derived from the resolved ids, so they land on the kept
 * entity. The content hash is always that of the unresolved plan: it describes the article, not
 * the state of the graph, so an unchanged article stays unchanged after a merge.
 */
export function planArticle(
  doc: AnnotatedArticle,
  options: { redirects?: ReadonlyMap<string, string> } = {},
): WritePlan {
  const plan = buildPlan(doc, (id) => id);
  const redirects = options.redirects;
  if (!redirects || redirects.size === 0) return plan;
  const resolved = buildPlan(doc, (id) => redirects.get(id) ?? id);
  return { ...resolved, article: { ...resolved.article, contentHash: plan.article.contentHash } };
}

function buildPlan(doc: AnnotatedArticle, resolve: (id: string) => string): WritePlan {
  const input = doc.article;
  const text = articleText(input);
  const articleId = articleIdOf(input);
  const publishedAt = normalisePublishedAt(input.publishedAt);
  const language = input.language ?? null;
  const documentExtractor = doc.extractor ?? null;
  const { rows: entities, idOfIndex } = planEntities(doc.entities, text, resolve);

  const drafts = new Map<string, RelationDraft>();
  const index = indexEntities(doc.entities);
  // Sentences are found once per article, not once per evidence record.
  let sentences: Sentence[] | undefined;
  const around = (span: Span) => {
    sentences ??= segmentSentences(text, language ?? undefined);
    return sentenceIn(sentences, text, span);
  };
  doc.relations.forEach((relation, i) => {
    const ends = (["source", "target"] as const).map((end) => {
      const ref = index.resolve(relation[end]);
      if (!ref.ok) {
        // parseAnnotatedArticle rejects these; a plan is only made of validated input.
        throw new Error(`relations[${i}].${end}: ${relation[end]} does not name one entity`);
      }
      return idOfIndex[ref.index]!;
    });
    let [sourceId, targetId] = ends as [string, string];
    // Two entities merged into one: a relation between them would be a self-loop, which the
    // graph never holds (mergeEntities drops those too).
    if (sourceId === targetId) return;
    if (SYMMETRIC_RELATION_TYPES.has(relation.type) && targetId < sourceId) {
      [sourceId, targetId] = [targetId, sourceId];
    }
    const id = relationshipId(relation.type, sourceId, targetId);
    let draft = drafts.get(id);
    if (!draft) {
      draft = {
        row: { id, type: relation.type, sourceId, targetId },
        properties: {},
        evidence: [],
      };
      drafts.set(id, draft);
    }
    draft.properties = { ...(relation.properties ?? {}), ...draft.properties };
    const base = {
      relId: id,
      relType: relation.type,
      sourceId,
      targetId,
      articleId,
      publishedAt,
    };
    const stated = relation.evidence ?? [];
    if (stated.length === 0) {
      // No offsets from the annotator: the article itself is the provenance.
      draft.evidence.push({
        ...base,
        sentence: null,
        start: null,
        end: null,
        confidence: relation.confidence ?? DEFAULT_CONFIDENCE,
        extractor: documentExtractor ?? UNKNOWN_EXTRACTOR,
        rule: null,
      });
    }
    for (const ev of stated) {
      const located =
        ev.sentence === undefined
          ? around(ev)
          : { start: ev.start, end: ev.end, sentence: text.slice(ev.start, ev.end) };
      // Written out, not spread ({ ...base, ...located }): the spreads were most of planning's
      // time. The key order is the spread's (the content hash is of the rows' JSON).
      draft.evidence.push({
        relId: base.relId,
        relType: base.relType,
        sourceId: base.sourceId,
        targetId: base.targetId,
        articleId: base.articleId,
        publishedAt: base.publishedAt,
        start: located.start,
        end: located.end,
        sentence: located.sentence,
        confidence: ev.confidence ?? relation.confidence ?? DEFAULT_CONFIDENCE,
        extractor: ev.extractor ?? documentExtractor ?? UNKNOWN_EXTRACTOR,
        rule: ev.rule ?? null,
      });
    }
  });

  const relationships: RelationshipRow[] = [];
  const evidence: EvidenceRow[] = [];
  for (const draft of [...drafts.values()].sort((a, b) => byString(a.row.id, b.row.id))) {
    relationships.push(draft.row);
    const properties = JSON.stringify(sortedProperties(draft.properties));
    // One statement per place: duplicates (same span) collapse, keeping the highest confidence;
    // an offset-less record only stays when nothing located the relation.
    const bySpan = new Map<string, Omit<EvidenceRow, "id" | "properties">>();
    const located = draft.evidence.filter((e) => e.start !== null);
    for (const ev of located.length > 0 ? located : draft.evidence.slice(0, 1)) {
      const key = `${ev.start}:${ev.end}`;
      const seen = bySpan.get(key);
      if (!seen || ev.confidence > seen.confidence) bySpan.set(key, ev);
    }
    [...bySpan.values()]
      .sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1))
      .forEach((ev, k) => {
        const id = `${draft.row.id}@${articleId}#${k}`;
        // Written out, not spread, in the order the rows were built in (an offset-less row has its
        // sentence first): the content hash is of the rows' JSON.
        if (ev.start === null) {
          evidence.push({ id, ...ev, properties });
          return;
        }
        evidence.push({
          id,
          relId: ev.relId,
          relType: ev.relType,
          sourceId: ev.sourceId,
          targetId: ev.targetId,
          articleId: ev.articleId,
          publishedAt: ev.publishedAt,
          start: ev.start,
          end: ev.end,
          sentence: ev.sentence,
          confidence: ev.confidence,
          extractor: ev.extractor,
          rule: ev.rule,
          properties,
        });
      });
  }

  const source = input.source ? { id: sourceIdOf(input.source), name: input.source.trim() } : null;
  const articleRow: Omit<ArticleRow, "contentHash"> = {
    id: articleId,
    title: input.title,
    body: input.body,
    source: source?.name ?? null,
    language,
    url: input.url ?? null,
    publishedAt,
    extractor: documentExtractor,
  };
  // The rows are built with a fixed key order and sorted arrays (properties included), so
  // JSON.stringify of them is already a canonical serialisation of what would be written.
  const contentHash = sha256(
    JSON.stringify([PLAN_VERSION, articleRow, source, entities, relationships, evidence]),
  );
  return {
    article: { ...articleRow, contentHash },
    source,
    entities,
    relationships,
    evidence,
    counts: {
      entities: entities.length,
      relations: relationships.length,
      mentions: entities.reduce((n, e) => n + e.mention.count, 0),
      evidence: evidence.length,
    },
  };
}
