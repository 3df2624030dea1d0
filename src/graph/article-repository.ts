import { articleText, TITLE_SEPARATOR } from "../domain/article.ts";
import { relationshipTargetId } from "../domain/identity.ts";
import { isEntityType, isRelationType, RELATIONSHIP_AGGREGATE_KEYS } from "../domain/vocabulary.ts";
import type { EntityRow, EvidenceRow, RelationshipRow, WritePlan } from "./article-write.ts";
import { cypher } from "./cypher.ts";
import type { GraphExecutor, Tx } from "./executor.ts";

/**
 * The only code that writes articles. One article is one write transaction with a fixed sequence
 * of statements, each batched with UNWIND:
 *
 *   detach-content → upsert → merge-entities → merge-relationships → create-evidence
 *   → summarise-relationships → apply-relationship-summaries → delete-orphans
 *
 * so an article is wholly in the graph or not at all, and the number of round trips does not
 * grow with the number of entities, relationships or relationship types. New articles can also be
 * written many per transaction (createArticles): create-articles replaces detach-content and
 * upsert, the rows of all the articles are merged per entity and per relationship first, and the
 * same statements follow, once for the batch; summarise-relationships and delete-orphans are not
 * needed (nothing was detached). Entity labels and relationship types are Neo4j 5.26 dynamic labels/types (`$(row.type)`): the text stays static
 * and one statement serves all 13 types, where cypherTemplate() would need one statement per type
 * present; the values are checked against the closed vocabulary here before they are sent.
 */

export type RelationshipRef = Pick<RelationshipRow, "id" | "type" | "sourceId" | "targetId">;

export interface ArticleWriteResult {
  articleId: string;
  /** False when the article was not in the graph before this write. */
  replaced: boolean;
  relationshipsDeleted: number;
  entitiesDeleted: number;
}

export interface ArticleDeleteResult {
  deleted: boolean;
  relationshipsDeleted: number;
  entitiesDeleted: number;
}

export interface GraphCounts {
  articles: number;
  sources: number;
  entities: number;
  evidence: number;
  mentions: number;
  relationships: number;
}

interface DetachedContent {
  entityIds: string[];
  relationships: RelationshipRef[];
  sourceIds: string[];
}

export interface ArticleRepository {
  findArticleHash(id: string): Promise<string | null>;
  /** Stored content hashes of those of `ids` that are in the graph (one statement). */
  findArticleHashes(ids: readonly string[]): Promise<Map<string, string>>;
  /** Merged entity id → the id of the entity it was merged into, for those of `entityIds` merged. */
  findRedirects(entityIds: readonly string[]): Promise<Map<string, string>>;
  writeArticle(plan: WritePlan): Promise<ArticleWriteResult>;
  /**
   * Writes articles that are not in the graph yet, all in one transaction: the graph afterwards is
   * the one writeArticle() gives for each in turn. Fails as a whole (CONFLICT) when one of them
   * exists after all; the caller then writes them one by one.
   */
  createArticles(plans: readonly WritePlan[]): Promise<ArticleWriteResult[]>;
  /**
   * Has Neo4j plan the statements a batch sends (its hash and redirect reads and those of
   * createArticles) before the first batch is ready: each runs once without rows, in one
   * transaction that writes nothing. Neo4j plans a statement on its first run and again once its
   * statistics have moved (an emptied or a new graph): the write statements cost it 0.1–2.7 s
   * each to plan, which a bulk ingest's first batch otherwise waits for while the extraction
   * worker is starting (docs/benchmarks.md, thirteenth round).
   */
  planBulkWrite(): Promise<void>;
  deleteArticle(id: string): Promise<ArticleDeleteResult>;
  countGraph(): Promise<GraphCounts>;
}

export function createArticleRepository(
  executor: GraphExecutor,
  options: { clock?: () => Date } = {},
): ArticleRepository {
  // The articles of one batch get consecutive milliseconds in input order, and no write after a
  // batch goes back before it: "the most recent evidence" then means what it means when they are
  // written one by one (later ingest wins on equal dates).
  let lastStamp = Number.NEGATIVE_INFINITY;
  const clock = () => Math.max((options.clock?.() ?? new Date()).getTime(), lastStamp + 1);
  const now = () => new Date(clock()).toISOString();
  const batchStamps = (n: number): string[] => {
    const base = clock();
    lastStamp = base + n - 1;
    return Array.from({ length: n }, (_, k) => new Date(base + k).toISOString());
  };
  const findArticleHashes = async (ids: readonly string[]) => {
    const rows = await executor.read(cypher("article/find-hash"), { ids: [...ids] });
    return new Map(rows.map((row) => [String(row.id), String(row.contentHash)]));
  };
  return {
    async findArticleHash(id) {
      return (await findArticleHashes([id])).get(id) ?? null;
    },

    findArticleHashes,

    async findRedirects(entityIds) {
      const rows = await executor.read(cypher("ingest/find-redirects"), {
        entityIds: [...entityIds],
      });
      return new Map(rows.map((row) => [String(row.id), String(row.to)]));
    },

    writeArticle(plan) {
      assertVocabulary(plan);
      const at = now();
      return executor.transaction("WRITE", async (tx) => {
        const previous = await detachContent(tx, plan.article.id);
        await tx.run(cypher("article/upsert"), {
          article: plan.article,
          source: plan.source,
          now: at,
        });
        const stamped = [{ plan, ingestedAt: at }];
        const merged = await writeContent(tx, stamped);
        const cleanup = await updateAndClean(tx, stamped, merged, previous);
        return { articleId: plan.article.id, replaced: previous !== null, ...cleanup };
      });
    },

    async createArticles(plans) {
      if (plans.length === 0) return [];
      for (const plan of plans) assertVocabulary(plan);
      const ids = new Set(plans.map((p) => p.article.id));
      if (ids.size !== plans.length) throw new Error("createArticles: an article id is repeated");
      const stamps = batchStamps(plans.length);
      const stamped = plans.map((plan, k) => ({ plan, ingestedAt: stamps[k]! }));
      return executor.transaction("WRITE", async (tx) => {
        await tx.run(cypher("ingest/create-articles"), {
          articles: stamped.map(({ plan, ingestedAt }) => ({
            article: plan.article,
            source: plan.source,
            ingestedAt,
          })),
        });
        const merged = await writeContent(tx, stamped);
        // Nothing was detached and only evidence was added: no relationship lost evidence and no
        // relationship or entity can be left without any, so summarise-relationships and
        // delete-orphans are not sent.
        await updateAndClean(tx, stamped, merged, null, { onlyNew: true });
        return plans.map((plan) => ({
          articleId: plan.article.id,
          replaced: false,
          relationshipsDeleted: 0,
          entitiesDeleted: 0,
        }));
      });
    },

    async planBulkWrite() {
      await executor.transaction("WRITE", async (tx) => {
        await tx.run(cypher("article/find-hash"), { ids: [] });
        await tx.run(cypher("ingest/find-redirects"), { entityIds: [] });
        await tx.run(cypher("ingest/create-articles"), { articles: [] });
        // The batch's own path with no rows, so every statement it sends is planned.
        const merged = await writeContent(tx, []);
        await tx.run(cypher("ingest/create-evidence"), evidenceParams([], new Map()));
        await updateAndClean(tx, [], merged, null, { onlyNew: true });
      });
    },

    deleteArticle(id) {
      return executor.transaction("WRITE", async (tx) => {
        const previous = await detachContent(tx, id);
        if (!previous) return { deleted: false, relationshipsDeleted: 0, entitiesDeleted: 0 };
        await tx.run(cypher("article/delete"), { id });
        const cleanup = await recomputeAndClean(tx, previous.relationships, previous);
        return { deleted: true, ...cleanup };
      });
    },

    async countGraph() {
      const [row] = await executor.read(cypher("article/count-graph"));
      return row as unknown as GraphCounts;
    },
  };
}

/** A plan with the ingest time of its article (its evidence's ingestedAt). */
interface StampedPlan {
  plan: WritePlan;
  ingestedAt: string;
}

/**
 * Entities, mentions, relationships and evidence of articles already upserted. Rows are merged
 * first: one row per entity (the first article's name, then every article's names in order, later
 * facts over earlier ones, the first wikidataId) with its mentions, one per relationship; merged
 * so, merge-entities applies to each entity what one write per article would, in the same order.
 * Returns each relationship's state before the write (merge-relationships), read before the
 * evidence is created, so the incremental update sees only what other writes stored.
 */
async function writeContent(
  tx: Tx,
  stamped: readonly StampedPlan[],
): Promise<Map<string, MergedRelationship>> {
  await tx.run(cypher("ingest/merge-entities"), { entities: mergeEntityRows(stamped) });
  const evidenceByRel = stampedEvidenceByRel(stamped);
  const relationships = new Map<string, RelationshipRow>();
  for (const { plan } of stamped) for (const r of plan.relationships) relationships.set(r.id, r);
  const rows = [...relationships.values()].map((rel) => {
    const latest = latestOf(evidenceByRel.get(rel.id) ?? []);
    return {
      ...rel,
      publishedAt: latest ? (latest.publishedAt ?? "") : null,
      ingestedAt: latest?.ingestedAt ?? null,
      evidenceId: latest?.id ?? null,
    };
  });
  const merged = await tx.run(cypher("ingest/merge-relationships"), { relationships: rows });
  for (const params of evidenceChunks(stamped)) {
    await tx.run(cypher("ingest/create-evidence"), params);
  }
  return new Map(
    merged.map((row) => [
      String(row.id),
      {
        current: (row.current as Summary | null) ?? {},
        newer: row.newer === true,
        created: row.current == null,
      },
    ]),
  );
}

/** A relationship as merge-relationships found or created it, before this write's evidence. */
interface MergedRelationship {
  /** Its stored properties (aggregates included); empty when this write created it. */
  current: Summary;
  /** Stored evidence on the date of the write's latest sorts after it (see merge-relationships). */
  newer: boolean;
  /** This write created it (its ends' stored degrees change). */
  created: boolean;
}

function stampedEvidenceByRel(stamped: readonly StampedPlan[]): Map<string, StampedEvidence[]> {
  const byRel = new Map<string, StampedEvidence[]>();
  for (const { plan, ingestedAt } of stamped) {
    for (const ev of plan.evidence) {
      // What the aggregates read of it, written out (a spread of the whole row cost more).
      const stampedEv: StampedEvidence = {
        id: ev.id,
        articleId: ev.articleId,
        publishedAt: ev.publishedAt,
        confidence: ev.confidence,
        properties: ev.properties,
        ingestedAt,
      };
      const list = byRel.get(ev.relId);
      if (list) list.push(stampedEv);
      else byRel.set(ev.relId, [stampedEv]);
    }
  }
  return byRel;
}

/**
 * Evidence rows sent per statement. The driver encodes a statement's parameters on the event
 * loop in one go: a 900 KB article has tens of thousands of evidence rows, and in one statement
 * their encoding held the server's event loop for seconds. Chunks keep each turn short; an
 * ordinary article or batch still takes one statement.
 */
export const EVIDENCE_PER_STATEMENT = 2_000;

/**
 * One article's evidence (or a chunk of it) as sent to create-evidence: a list per field, one
 * entry per evidence row, instead of a map per row. Maps repeat their ten keys in every row, and
 * encoding them (the driver, on the event loop) and decoding them (Neo4j) cost more than the
 * values; the statement reads row `k` of each list. What every row of the article shares comes
 * once (its id, date, and the extractor most rows name: a row names its own only when it
 * differs). The relationship's type and ends are not stored (relId names them); a row's relId is
 * its position in the statement's `relIds` (a bench article's 52 rows name 27 relationships,
 * each id about 60 characters). Of the evidence id only `n` is sent and stored, and no ingest time
 * (migration 056: both are read back from what evidence and its article store). A row's sentence
 * is sent only when create-evidence cannot cut it from the article's text, which it reads from the
 * article's node (title and body, written earlier in the same transaction): most rows quote one of
 * a few sentences of the article (52 rows, 12 distinct sentences in a bench article). The stored
 * evidence is the same as with a map per row and every sentence sent.
 */
export interface SentArticleEvidence {
  id: string;
  publishedAt: string | null;
  /** The extractor most rows name; a row's `extractor` is null when it is this one. */
  extractor: string | null;
  /** True when some row's sentence is cut from the article's text (the statement reads it). */
  cut: boolean;
  /** Per row: its relationship's position in the statement's `relIds`. */
  rel: number[];
  /** Per row: the `n` of its id `<relId>@<articleId>#<n>`; null (not stored) when 0. */
  n: (number | null)[];
  /** Per row: null when absent, or when create-evidence cuts it from the text (start and end). */
  sentence: (string | null)[];
  start: (number | null)[];
  end: (number | null)[];
  confidence: number[];
  /** Per row: null when it is the article's `extractor`. */
  rowExtractor: (string | null)[];
  rule: (string | null)[];
  properties: string[];
}

/**
 * True when create-evidence's `substring(text, start, end - start)` gives `sentence`: the same
 * characters, and no surrogate pair before `end` (Cypher may count characters as code points where
 * JavaScript counts UTF-16 units; without astral characters the two agree).
 */
function cutFromText(text: string, ev: EvidenceRow, astralBefore: number): boolean {
  if (ev.sentence === null || ev.start === null || ev.end === null) return false;
  return ev.end <= astralBefore && text.slice(ev.start, ev.end) === ev.sentence;
}

/**
 * What one article's (chunk of) evidence sends: see SentArticleEvidence. `relIds` is the
 * statement's list of relationship ids, extended with those of these rows not in it yet.
 */
export function sentArticleEvidence(
  plan: WritePlan,
  evidence: readonly EvidenceRow[],
  relIds: Map<string, number> = new Map(),
): SentArticleEvidence {
  const text = articleText(plan.article);
  // Sentences ending at or before the first astral character (a surrogate) can be cut.
  const astral = text.search(/[\uD800-\uDFFF]/);
  const astralBefore = astral < 0 ? Number.POSITIVE_INFINITY : astral;
  const extractor = plan.article.extractor;
  const n = evidence.length;
  const sent: SentArticleEvidence = {
    id: plan.article.id,
    publishedAt: plan.article.publishedAt,
    extractor,
    cut: false,
    rel: new Array(n),
    n: new Array(n),
    sentence: new Array(n),
    start: new Array(n),
    end: new Array(n),
    confidence: new Array(n),
    rowExtractor: new Array(n),
    rule: new Array(n),
    properties: new Array(n),
  };
  for (let k = 0; k < n; k++) {
    const ev = evidence[k]!;
    let rel = relIds.get(ev.relId);
    if (rel === undefined) {
      rel = relIds.size;
      relIds.set(ev.relId, rel);
    }
    const cut = cutFromText(text, ev, astralBefore);
    if (cut) sent.cut = true;
    sent.rel[k] = rel;
    sent.n[k] = evidenceNumber(ev) || null;
    sent.sentence[k] = cut ? null : ev.sentence;
    sent.start[k] = ev.start;
    sent.end[k] = ev.end;
    sent.confidence[k] = ev.confidence;
    sent.rowExtractor[k] = ev.extractor === extractor ? null : ev.extractor;
    sent.rule[k] = ev.rule;
    sent.properties[k] = ev.properties;
  }
  return sent;
}

function evidenceParams(articles: SentArticleEvidence[], relIds: ReadonlyMap<string, number>) {
  return { articles, relIds: [...relIds.keys()], separator: TITLE_SEPARATOR };
}

/** create-evidence's parameters, at most EVIDENCE_PER_STATEMENT rows per statement. */
function* evidenceChunks(stamped: readonly StampedPlan[]) {
  let chunk: SentArticleEvidence[] = [];
  let relIds = new Map<string, number>();
  let rows = 0;
  const params = () => evidenceParams(chunk, relIds);
  for (const { plan } of stamped) {
    assertArticleEvidence(plan);
    for (let i = 0; i === 0 || i < plan.evidence.length; ) {
      const take = Math.max(0, EVIDENCE_PER_STATEMENT - rows);
      const evidence = plan.evidence.slice(i, i + take);
      chunk.push(sentArticleEvidence(plan, evidence, relIds));
      rows += evidence.length;
      i += Math.max(evidence.length, 1);
      if (rows >= EVIDENCE_PER_STATEMENT) {
        yield params();
        chunk = [];
        relIds = new Map();
        rows = 0;
      }
    }
  }
  if (chunk.length > 0) yield params();
}

/**
 * create-evidence takes each row's article id and publication date from its article: a plan's
 * evidence always has them (src/ingest/plan.ts), and a row that did not would be stored wrong.
 * Its id is not stored but read back as `<relId>@<articleId>#<n>` (`n` stored): a plan's ids
 * always have that form (src/ingest/plan.ts), and any other id would be read back changed.
 */
function assertArticleEvidence(plan: WritePlan): void {
  for (const ev of plan.evidence) {
    if (ev.articleId !== plan.article.id || ev.publishedAt !== plan.article.publishedAt) {
      throw new Error(
        `evidence ${ev.id} names article ${ev.articleId} (published ${ev.publishedAt}), not ${plan.article.id} (published ${plan.article.publishedAt})`,
      );
    }
    if (ev.id !== `${ev.relId}@${ev.articleId}#${evidenceNumber(ev)}`) {
      throw new Error(`evidence id ${ev.id} is not <relId>@<articleId>#<n> of ${ev.relId}`);
    }
  }
}

/** The `n` of an evidence id `<relId>@<articleId>#<n>` (what create-evidence stores of it). */
function evidenceNumber(ev: EvidenceRow): number {
  const suffix = ev.id.slice(ev.id.lastIndexOf("#") + 1);
  return /^(0|[1-9][0-9]{0,8})$/.test(suffix) ? Number(suffix) : -1;
}

interface MergedEntityRow {
  id: string;
  type: EntityRow["type"];
  name: string;
  aliases: string[];
  wikidataId: string | null;
  properties: EntityRow["properties"];
  createdAt: string;
  updatedAt: string;
  mentions: (EntityRow["mention"] & { articleId: string })[];
}

/** One row per entity over all the articles of a write (see writeContent). */
export function mergeEntityRows(stamped: readonly StampedPlan[]): MergedEntityRow[] {
  const merged = new Map<string, MergedEntityRow & { names: Set<string> }>();
  for (const { plan, ingestedAt } of stamped) {
    for (const row of plan.entities) {
      const mention = {
        articleId: plan.article.id,
        count: row.mention.count,
        surfaces: row.mention.surfaces,
        starts: row.mention.starts,
        ends: row.mention.ends,
      };
      const seen = merged.get(row.id);
      if (!seen) {
        merged.set(row.id, {
          id: row.id,
          type: row.type,
          name: row.name,
          aliases: [...row.aliases],
          names: new Set([row.name, ...row.aliases]),
          wikidataId: row.wikidataId,
          properties: { ...row.properties },
          createdAt: ingestedAt,
          updatedAt: ingestedAt,
          mentions: [mention],
        });
        continue;
      }
      // merge-entities adds `[name] + aliases` in order, skipping names already there.
      for (const alias of [row.name, ...row.aliases]) {
        if (!seen.names.has(alias)) {
          seen.names.add(alias);
          seen.aliases.push(alias);
        }
      }
      seen.wikidataId ??= row.wikidataId;
      Object.assign(seen.properties, row.properties);
      seen.updatedAt = ingestedAt;
      seen.mentions.push(mention);
    }
  }
  return [...merged.values()].map(({ names: _names, ...row }) => row);
}

async function detachContent(tx: Tx, id: string): Promise<DetachedContent | null> {
  const [row] = await tx.run(cypher("article/detach-content"), { id });
  if (!row) return null;
  return {
    entityIds: row.entityIds as string[],
    relationships: row.relationships as RelationshipRef[],
    sourceIds: row.sourceIds as string[],
  };
}

/**
 * Recomputes the aggregates of every touched relationship from its remaining evidence, deletes
 * those left without any, then removes entities and sources nothing refers to any more.
 */
async function recomputeAndClean(
  tx: Tx,
  touched: readonly RelationshipRef[],
  previous: DetachedContent | null,
): Promise<{ relationshipsDeleted: number; entitiesDeleted: number }> {
  return applyAndClean(
    tx,
    touched,
    await summarise(
      tx,
      touched.map((r) => r.id),
    ),
    previous,
  );
}

/** Aggregates of the relationships `relIds` over all their remaining evidence. */
export async function summarise(tx: Tx, relIds: readonly string[]): Promise<Map<string, Summary>> {
  const rows = await tx.run(cypher("ingest/summarise-relationships"), { relIds: [...relIds] });
  return new Map(rows.map((row) => [String(row.id), row]));
}

/**
 * Stores each touched relationship's summary, deletes those left without evidence (no summary,
 * or no evidence counted), then removes entities and sources nothing refers to any more.
 */
async function applyAndClean(
  tx: Tx,
  touched: readonly RelationshipRef[],
  byId: ReadonlyMap<string, Summary | null>,
  previous: DetachedContent | null,
  options: { onlyNew: boolean } = { onlyNew: false },
  created: readonly RelationshipRef[] = [],
): Promise<{ relationshipsDeleted: number; entitiesDeleted: number }> {
  const deleted: RelationshipRef[] = [];
  const updated: { id: string; type: string; properties: Record<string, unknown> }[] = [];
  for (const rel of touched) {
    const summary = byId.get(rel.id);
    if (!summary || Number(summary.evidenceCount) === 0) {
      deleted.push(rel);
      continue;
    }
    updated.push({
      id: rel.id,
      type: rel.type,
      properties: relationshipProperties(rel.id, summary),
    });
  }
  const [applied] = await tx.run(cypher("ingest/apply-relationship-summaries"), {
    deleted: deleted.map((r) => r.id),
    updated,
    degreeIds: endsOf([...created, ...deleted]),
  });
  const relationshipsDeleted = Number(applied?.deleted ?? 0);
  if (options.onlyNew) return { relationshipsDeleted, entitiesDeleted: 0 };
  const entityIds = new Set(previous?.entityIds ?? []);
  for (const rel of deleted) {
    entityIds.add(rel.sourceId);
    entityIds.add(rel.targetId);
  }
  const [orphans] = await tx.run(cypher("ingest/delete-orphans"), {
    entityIds: [...entityIds],
    sourceIds: previous?.sourceIds ?? [],
  });
  return { relationshipsDeleted, entitiesDeleted: Number(orphans?.entities ?? 0) };
}

type Summary = Record<string, unknown>;

/**
 * The entities whose stored degree apply-relationship-summaries recomputes (`degreeIds`): the
 * ends of the relationships a transaction created or deleted, once each.
 */
export function endsOf(rels: readonly Pick<RelationshipRef, "sourceId" | "targetId">[]): string[] {
  const ids = new Set<string>();
  for (const rel of rels) {
    ids.add(rel.sourceId);
    ids.add(rel.targetId);
  }
  return [...ids];
}

/**
 * An article write's relationship aggregates. A relationship that lost evidence (the article's
 * previous version supported it) is recomputed from all its remaining evidence; one that only
 * gains this write's evidence is extended from its stored aggregates (read by merge-relationships),
 * so ingest cost does not grow with the evidence a relationship already has. Both give what a full
 * recomputation gives (see merge-relationships for how "most recent" is decided incrementally).
 */
async function updateAndClean(
  tx: Tx,
  stamped: readonly StampedPlan[],
  merged: ReadonlyMap<string, MergedRelationship>,
  previous: DetachedContent | null,
  options: { onlyNew: boolean } = { onlyNew: false },
): Promise<{ relationshipsDeleted: number; entitiesDeleted: number }> {
  const lost = new Set((previous?.relationships ?? []).map((r) => r.id));
  const touched = uniqueById([
    ...(previous?.relationships ?? []),
    ...stamped.flatMap(({ plan }) => plan.relationships),
  ]);
  const evidenceByRel = stampedEvidenceByRel(stamped);
  const byId = new Map<string, Summary | null>();
  const recompute: string[] = [];
  for (const rel of touched) {
    const state = merged.get(rel.id);
    const evidence = evidenceByRel.get(rel.id) ?? [];
    if (lost.has(rel.id) || !state || evidence.length === 0) recompute.push(rel.id);
    else byId.set(rel.id, extendSummary(state.current, evidence, state.newer));
  }
  // One article's write always sends it (a fixed sequence of statements); a batch of new articles
  // has nothing to recompute.
  if (!options.onlyNew || recompute.length > 0) {
    for (const [id, summary] of await summarise(tx, recompute)) byId.set(id, summary);
  }
  const created = touched.filter((rel) => merged.get(rel.id)?.created === true);
  return applyAndClean(tx, touched, byId, previous, options, created);
}

/** Evidence with its article's ingest time: what "most recent" is decided by. */
export type StampedEvidence = Pick<
  EvidenceRow,
  "id" | "articleId" | "publishedAt" | "confidence" | "properties"
> & { ingestedAt: string };

/**
 * The evidence that sorts last, as summarise-relationships orders it: latest publication date
 * (undated first), then latest ingest, then highest id.
 */
function latestOf(evidence: readonly StampedEvidence[]): StampedEvidence | undefined {
  let latest: StampedEvidence | undefined;
  for (const ev of evidence) {
    if (!latest) {
      latest = ev;
      continue;
    }
    const a = ev.publishedAt ?? "";
    const b = latest.publishedAt ?? "";
    if (
      a > b ||
      (a === b &&
        (ev.ingestedAt > latest.ingestedAt ||
          (ev.ingestedAt === latest.ingestedAt && ev.id > latest.id)))
    )
      latest = ev;
  }
  return latest;
}

/**
 * A relationship's summary after adding new evidence (one article's, or a batch's) to its stored
 * aggregates (an empty `current` when it has none yet). `existingNewer`: on the same publication
 * date, evidence already stored sorts after the latest new one (merge-relationships).
 */
export function extendSummary(
  current: Summary,
  evidence: readonly StampedEvidence[],
  existingNewer: boolean,
): Summary | null {
  const had = current.evidenceCount != null && Number(current.evidenceCount) > 0;
  const latest = latestOf(evidence);
  if (!latest) return had ? { ...current, properties: statedJson(current) } : null;
  let confidence = had ? Number(current.confidence) : Number.NEGATIVE_INFINITY;
  let firstSeen = had ? ((current.firstSeen as string | null | undefined) ?? null) : null;
  let lastSeen = had ? ((current.lastSeen as string | null | undefined) ?? null) : null;
  for (const ev of evidence) {
    confidence = Math.max(confidence, ev.confidence);
    if (ev.publishedAt !== null) {
      if (firstSeen === null || ev.publishedAt < firstSeen) firstSeen = ev.publishedAt;
      if (lastSeen === null || ev.publishedAt > lastSeen) lastSeen = ev.publishedAt;
    }
  }
  const storedDate = had ? ((current.lastSeen as string | null | undefined) ?? "") : "";
  const newDate = latest.publishedAt ?? "";
  const newWins = !had || newDate > storedDate || (newDate === storedDate && !existingNewer);
  return {
    evidenceCount: (had ? Number(current.evidenceCount) : 0) + evidence.length,
    articleCount:
      (had ? Number(current.articleCount) : 0) + new Set(evidence.map((e) => e.articleId)).size,
    confidence,
    firstSeen,
    lastSeen,
    properties: newWins ? latest.properties : statedJson(current),
  };
}

/**
 * What the stored relationship states beyond its aggregates and its target's id, as the
 * evidence's JSON would.
 */
function statedJson(current: Summary): string {
  const stated: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(current)) {
    if (!RELATIONSHIP_AGGREGATE_KEYS.has(key) && key !== "targetId") stated[key] = value;
  }
  return JSON.stringify(stated);
}

/**
 * The relationship's stored properties: what its latest evidence states, then its aggregates and
 * its target's id (`targetId`, for the incoming pages' index: docs/graph-model.md).
 */
export function relationshipProperties(id: string, summary: Summary): Record<string, unknown> {
  const stated = summary.properties ? (JSON.parse(String(summary.properties)) as object) : {};
  return {
    ...stated,
    id,
    targetId: relationshipTargetId(id),
    confidence: summary.confidence,
    evidenceCount: summary.evidenceCount,
    articleCount: summary.articleCount,
    firstSeen: summary.firstSeen ?? null,
    lastSeen: summary.lastSeen ?? null,
  };
}

function uniqueById(rels: readonly RelationshipRef[]): RelationshipRef[] {
  return [...new Map(rels.map((r) => [r.id, r])).values()];
}

/** Dynamic labels and types take values from rows: only the closed vocabulary may get there. */
function assertVocabulary(plan: WritePlan): void {
  for (const e of plan.entities) {
    if (!isEntityType(e.type)) throw new Error(`not an entity type: ${JSON.stringify(e.type)}`);
  }
  for (const r of plan.relationships) {
    if (!isRelationType(r.type))
      throw new Error(`not a relationship type: ${JSON.stringify(r.type)}`);
  }
}
