import { badInput } from "../../domain/errors.ts";
import {
  isRelationType,
  type RelationType,
  SYMMETRIC_RELATION_TYPES,
} from "../../domain/vocabulary.ts";
import { cypher } from "../cypher.ts";
import type { GraphExecutor } from "../executor.ts";
import { cypherInt, loadGrouped, pageLimit, splitByIndex } from "./batch.ts";
import { lazyEdge, neighbourCursor, relationshipCursor } from "./keyset.ts";
import {
  asMap,
  toArticle,
  toArticleSummary,
  toEntity,
  toEvidence,
  toPartialEntity,
  toRelationship,
} from "./mappers.ts";
import type {
  EntityRecord,
  EntityRelationshipsKey,
  EvidenceKey,
  EvidenceRecord,
  NeighbourCountKey,
  NeighbourFilter,
  NeighboursKey,
  Page,
  RelationshipCountKey,
  RelationshipFilter,
  RelationshipListFilter,
  RelationshipOrder,
  RelationshipPage,
  RelationshipRecord,
} from "./types.ts";

export interface RelationshipReads {
  findRelationshipsByIds(ids: readonly string[]): Promise<(RelationshipRecord | null)[]>;
  /** For each key, the most recent `first` pieces of evidence of the relationship. */
  findEvidenceByRelIds(keys: readonly EvidenceKey[]): Promise<EvidenceRecord[][]>;
  /** For each key, a page of the entity's relationships; one statement per (filter, size). */
  findEntityRelationships(keys: readonly EntityRelationshipsKey[]): Promise<RelationshipPage[]>;
  countEntityRelationships(keys: readonly RelationshipCountKey[]): Promise<number[]>;
  /** For each key, a page of the distinct entities related to the entity. */
  findNeighbours(keys: readonly NeighboursKey[]): Promise<Page<EntityRecord>[]>;
  countNeighbours(keys: readonly NeighbourCountKey[]): Promise<number[]>;
}

/** `LEADS:organisation:nato->mission:nato-mission-iraq` (relationshipId()) to its parts. */
export function parseRelationshipId(
  id: string,
): { type: RelationType; sourceId: string; targetId: string } | null {
  // Entity ids are `type:slug` and slugs hold only letters, digits and "-", so the first "->"
  // is the separator.
  const match = /^([A-Z_]+):([^>]+?)->(.+)$/.exec(id);
  if (!match) return null;
  const [, type = "", sourceId = "", targetId = ""] = match;
  return isRelationType(type) ? { type, sourceId, targetId } : null;
}

const SYMMETRIC = [...SYMMETRIC_RELATION_TYPES];

function filterParams(filter: RelationshipFilter) {
  return {
    // null: every type (no type is read per relationship expanded).
    types: filter.types ? [...filter.types] : null,
    direction: filter.direction,
    symmetric: SYMMETRIC,
  };
}

const relationshipShape = (
  key: RelationshipListFilter & {
    first?: number;
    order?: string;
    evidence?: number;
    articles?: boolean;
    articleBodies?: boolean;
    lean?: boolean;
  },
) => [
  key.types,
  key.direction,
  key.otherTypes,
  key.from,
  key.to,
  key.source,
  key.minConfidence,
  key.order,
  key.first,
  key.evidence ?? 0,
  key.articles === true,
  key.articleBodies === true,
  key.lean === true,
];

function listFilterParams(filter: RelationshipListFilter) {
  return {
    ...filterParams(filter),
    otherTypes: filter.otherTypes,
    from: filter.from,
    to: filter.to,
    source: filter.source,
    minConfidence: filter.minConfidence ?? 0,
  };
}

/**
 * Pages in id order with no filter but type and direction are read by ordered index seeks that
 * stop after the page (read/entity-relationships-by-id); any other filter or order reads every
 * relationship of the entity that passes the filter, to count and sort them
 * (read/entity-relationships).
 */
function pagesById(filter: RelationshipListFilter & { order?: RelationshipOrder }): boolean {
  return (
    (filter.order ?? "ID") === "ID" &&
    (filter.otherTypes ?? null) === null &&
    (filter.from ?? null) === null &&
    (filter.to ?? null) === null &&
    (filter.source ?? null) === null &&
    !filter.minConfidence
  );
}

/** The sort value of a relationship under `order` (what read/entity-relationships sorts by). */
function sortKeyOf(relationship: RelationshipRecord, order: RelationshipOrder): string | number {
  switch (order) {
    case "LAST_SEEN":
      return relationship.lastSeen ?? "";
    case "CONFIDENCE":
      return relationship.confidence;
    case "ARTICLE_COUNT":
      return relationship.articleCount;
    default:
      return 0;
  }
}

/** A cursor is only meaningful in the order it was made in. */
function decodeRelationshipCursor(cursor: string | null, order: RelationshipOrder) {
  const after = relationshipCursor.decode(cursor);
  if (after === null) return null;
  const made = after.order ?? "ID";
  if (made !== order) {
    throw badInput(`cursor "${cursor}" was made for orderBy ${made}, not ${order}`, {
      argument: "after",
    });
  }
  return { id: after.id, key: after.key ?? 0 };
}

function encodeRelationshipCursor(relationship: RelationshipRecord, order: RelationshipOrder) {
  return relationshipCursor.encode(
    order === "ID"
      ? { id: relationship.id }
      : { id: relationship.id, order, key: sortKeyOf(relationship, order) },
  );
}
const neighbourShape = (key: NeighbourFilter & { first?: number }) => [
  key.types,
  key.direction,
  key.entityTypes,
  key.first,
];

export function createRelationshipReads(executor: GraphExecutor): RelationshipReads {
  async function countPerEntity<K extends RelationshipFilter & { entityId: string }>(
    keys: readonly K[],
    shape: (key: K) => unknown,
    statement: string,
    extraParams: (key: K) => Record<string, unknown>,
  ): Promise<number[]> {
    return loadGrouped(keys, shape, async (group) => {
      const head = group[0];
      if (!head) return [];
      const rows = await executor.read(cypher(statement), {
        ids: [...new Set(group.map((key) => key.entityId))],
        ...filterParams(head),
        ...extraParams(head),
      });
      const totals = new Map(rows.map((row) => [String(row.entityId), Number(row.total)]));
      return group.map((key) => totals.get(key.entityId) ?? 0);
    });
  }

  return {
    async findRelationshipsByIds(ids) {
      const keys = [...new Set(ids)].flatMap((id) => {
        const parts = parseRelationshipId(id);
        return parts ? [{ id, sourceId: parts.sourceId, targetId: parts.targetId }] : [];
      });
      if (keys.length === 0) return ids.map(() => null);
      const rows = await executor.read(cypher("read/relationships-by-ids"), { keys });
      const byId = new Map(
        rows.map((row) => toRelationship(row.relationship)).map((r) => [r.id, r]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    },

    findEvidenceByRelIds(keys) {
      return loadGrouped(
        keys,
        (key) => key.first,
        async (group) => {
          const limit = group[0]?.first ?? 0;
          const rows = await executor.read(cypher("read/evidence-by-rel-ids"), {
            relIds: [...new Set(group.map((key) => key.relId))],
            limit: cypherInt(limit),
          });
          const byRel = new Map<string, EvidenceRecord[]>();
          for (const row of rows) {
            const evidence = toEvidence(row.evidence);
            const list = byRel.get(String(row.relId));
            if (list) list.push(evidence);
            else byRel.set(String(row.relId), [evidence]);
          }
          return group.map((key) => byRel.get(key.relId) ?? []);
        },
      );
    },

    findEntityRelationships(keys) {
      return loadGrouped(keys, relationshipShape, async (group) => {
        const head = group[0];
        if (!head) return [];
        const evidence = head.evidence ?? 0;
        const byId = pagesById(head);
        const statement = byId ? "read/entity-relationships-by-id" : "read/entity-relationships";
        // Without evidence the statement leaves out the evidence and article subqueries; lean, it
        // reads only what the query asks of the relationships and their other ends.
        const lean = byId && head.lean === true;
        const flags = { EVIDENCE: evidence > 0, LEAN: lean };
        const rows = await executor.read(cypher(statement, flags), {
          keys: group.map((key, i) => ({
            i,
            id: key.entityId,
            after: decodeRelationshipCursor(key.after, head.order),
          })),
          ...listFilterParams(head),
          order: head.order,
          limit: pageLimit(head.first),
          evidence: cypherInt(evidence),
          articles: evidence > 0 && head.articles === true,
          bodies: head.articleBodies === true,
        });
        // One row per known entity.
        return splitByIndex(rows, group.length, (row) => Number(row.i)).map(
          ([row], k): RelationshipPage => {
            const after = group[k]?.after;
            if (!row) {
              const empty = { edges: [], hasNextPage: false, ends: [], articles: [] };
              return { ...empty, total: after ? null : 0, evidence: null, entity: null };
            }
            const entity = toEntity(row.entity);
            const articles = new Map(
              (Array.isArray(row.articles) ? row.articles : [])
                .map(head.articleBodies ? toArticle : toArticleSummary)
                .map((article) => [article.id, article]),
            );
            const items = (Array.isArray(row.page) ? row.page : []).map((item: unknown) =>
              asMap(item, "relationship page item"),
            );
            const shown = items.slice(0, head.first).map((item) => ({
              relationship: toRelationship(item.relationship),
              other: lean ? toPartialEntity(item.other) : toEntity(item.other),
              evidence: (Array.isArray(item.evidence) ? item.evidence : []).map(
                (value: unknown) => {
                  const record = toEvidence(value);
                  const article = articles.get(record.articleId);
                  if (article) record.article = article;
                  return record;
                },
              ),
            }));
            // The other end is sent; the entity itself is not repeated in every item.
            const end = (id: string, other: EntityRecord) => (id === entity.id ? entity : other);
            if (lean) {
              for (const { relationship, other } of shown) {
                relationship.partial = true;
                relationship.ends = {
                  source: end(relationship.sourceId, other),
                  target: end(relationship.targetId, other),
                };
              }
            }
            return {
              edges: shown.map(({ relationship }) =>
                lazyEdge(relationship, () => encodeRelationshipCursor(relationship, head.order)),
              ),
              hasNextPage: items.length > head.first,
              // No item: none pass the filter, unless a cursor skipped them all.
              total: items.length > 0 ? Number(row.total) : after ? null : 0,
              ends: shown.flatMap(({ relationship, other }) => [
                end(relationship.sourceId, other),
                end(relationship.targetId, other),
              ]),
              evidence:
                evidence > 0
                  ? new Map(shown.map((item) => [item.relationship.id, item.evidence]))
                  : null,
              articles: [...articles.values()],
              entity,
            };
          },
        );
      });
    },

    countEntityRelationships(keys) {
      return countPerEntity(keys, relationshipShape, "read/entity-relationships-count", (key) =>
        listFilterParams(key),
      );
    },

    findNeighbours(keys) {
      return loadGrouped(keys, neighbourShape, async (group) => {
        const head = group[0];
        if (!head) return [];
        const rows = await executor.read(cypher("read/neighbours"), {
          keys: group.map((key, i) => ({
            i,
            id: key.entityId,
            after: neighbourCursor.decode(key.after),
          })),
          ...filterParams(head),
          entityTypes: head.entityTypes,
          limit: pageLimit(head.first),
        });
        return splitByIndex(rows, group.length, (row) => Number(row.i)).map((list) => ({
          edges: list.slice(0, head.first).map((row) => {
            const node = toEntity(row.entity);
            return lazyEdge(node, () => neighbourCursor.encode({ id: node.id }));
          }),
          hasNextPage: list.length > head.first,
        }));
      });
    },

    countNeighbours(keys) {
      return countPerEntity(keys, neighbourShape, "read/neighbours-count", (key) => ({
        entityTypes: key.entityTypes,
      }));
    },
  };
}
