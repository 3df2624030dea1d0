import { badInput, NewsgraphError, notFound } from "../domain/errors.ts";
import { entityId, relationshipId } from "../domain/identity.ts";
import { TEXT_LIMITS, textProblem } from "../domain/limits.ts";
import { normaliseName } from "../domain/text.ts";
import {
  type EntityType,
  isEntityType,
  isRelationType,
  SYMMETRIC_RELATION_TYPES,
} from "../domain/vocabulary.ts";
import { endsOf, relationshipProperties, summarise } from "./article-repository.ts";
import { cypher } from "./cypher.ts";
import type { GraphExecutor, Row, Tx } from "./executor.ts";

/**
 * Curation of entities: merging two nodes that name one thing, and editing names. Each change is
 * one write transaction that first locks the entities it changes (cypher/entity/lock.cypher).
 * Errors are the caller's: NOT_FOUND, BAD_USER_INPUT or CONFLICT, naming what is wrong.
 */
export interface EntityRepository {
  mergeEntities(keepId: string, mergeId: string): Promise<MergeResult>;
  addAlias(id: string, alias: string): Promise<NameChange>;
  removeAlias(id: string, alias: string): Promise<NameChange>;
  renameEntity(id: string, name: string): Promise<NameChange>;
}

export interface NameChange {
  entityId: string;
  /** False when the entity already was as asked (nothing written). */
  changed: boolean;
  name: string;
  aliases: string[];
}

export interface MergeResult {
  keptId: string;
  mergedId: string;
  /** Names of the merged entity that the kept one did not have yet. */
  aliasesAdded: number;
  /** Articles whose mention of the merged entity now points at the kept one. */
  mentionsMoved: number;
  /** Relationships re-pointed at the kept entity (new ones). */
  relationshipsMoved: number;
  /** Relationships that became duplicates of one the kept entity had: their evidence joined it. */
  relationshipsMerged: number;
  /** Relationships between the two entities, which would become self-loops (see docs/api.md). */
  selfLoopsDropped: number;
  evidenceMoved: number;
  /** Evidence of the dropped self-loops. */
  evidenceDropped: number;
}

/** Longest name or alias we store (src/domain/limits.ts); longer input is surely not a name. */
export const MAX_NAME_LENGTH = TEXT_LIMITS.name;

interface LockedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId: string | null;
  mergedIds: string[];
  properties: Record<string, unknown>;
}

interface RelationshipRef {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
}

/** Node properties that are not typed extras (the merged entity's extras fill the kept one's). */
const OWN_PROPERTIES = new Set([
  "id",
  "name",
  "aliases",
  "wikidataId",
  "mergedIds",
  "createdAt",
  "updatedAt",
]);

export function createEntityRepository(
  executor: GraphExecutor,
  options: { clock?: () => Date } = {},
): EntityRepository {
  const now = () => (options.clock?.() ?? new Date()).toISOString();

  /** Reads (and locks) one entity and applies a change of its names computed from it. */
  const changeNames = (
    id: string,
    change: (
      entity: LockedEntity,
      tx: Tx,
    ) =>
      | Promise<{ name: string; aliases: string[] } | null>
      | { name: string; aliases: string[] }
      | null,
  ): Promise<NameChange> =>
    executor.transaction("WRITE", async (tx) => {
      const [entity] = await lockEntities(tx, [id]);
      if (!entity) throw entityNotFound(id);
      const next = await change(entity, tx);
      if (!next)
        return { entityId: id, changed: false, name: entity.name, aliases: entity.aliases };
      await tx.run(cypher("entity/set-names"), { id, ...next, now: now() });
      return { entityId: id, changed: true, ...next };
    });

  return {
    addAlias(id, alias) {
      const value = checkName(alias, "alias");
      return changeNames(id, (entity) => {
        if (normaliseName(value) === normaliseName(entity.name)) {
          throw badInput(`"${value}" is the canonical name of ${id}, not an alias`, {
            argument: "alias",
          });
        }
        if (entity.aliases.includes(value)) return null;
        return { name: entity.name, aliases: [...entity.aliases, value] };
      });
    },

    removeAlias(id, alias) {
      const value = checkName(alias, "alias");
      return changeNames(id, (entity) => {
        const key = normaliseName(value);
        if (key === normaliseName(entity.name)) {
          throw badInput(
            `"${value}" is the canonical name of ${id}; rename the entity instead (the old name stays as an alias)`,
            { argument: "alias" },
          );
        }
        // Compared as entity(name:) compares names: without case, accents or extra spaces.
        const kept = entity.aliases.filter((a) => normaliseName(a) !== key);
        if (kept.length === entity.aliases.length) {
          throw notFound(`${id} has no alias "${value}"`, { argument: "alias", id });
        }
        return { name: entity.name, aliases: kept };
      });
    },

    renameEntity(id, name) {
      const value = checkName(name, "name");
      return changeNames(id, async (entity, tx) => {
        if (value === entity.name) return null;
        const [conflict] = await tx.run(cypher("entity/name-conflict"), {
          id,
          name: value,
          nameId: entityId(entity.type, value),
          type: entity.type,
        });
        if (conflict) {
          throw new NewsgraphError(
            "CONFLICT",
            `another ${entity.type} (${String(conflict.otherId)}, "${String(conflict.otherName)}") already has the name "${value}"; merge the two entities instead`,
            { argument: "name", id, conflictingId: conflict.otherId },
          );
        }
        // The old name stays findable; the new one is no longer an alias. The id does not change.
        const aliases = entity.aliases.filter((a) => a !== value);
        if (!aliases.includes(entity.name)) aliases.push(entity.name);
        return { name: value, aliases };
      });
    },

    mergeEntities(keepId, mergeId) {
      if (keepId === mergeId) {
        throw badInput(`cannot merge ${keepId} into itself`, { argument: "merge" });
      }
      return executor.transaction("WRITE", async (tx) => {
        const locked = await lockEntities(tx, [keepId, mergeId]);
        const keep = locked.find((e) => e.id === keepId);
        const merge = locked.find((e) => e.id === mergeId);
        if (!keep) throw entityNotFound(keepId, "keep");
        if (!merge) throw entityNotFound(mergeId, "merge");
        if (keep.type !== merge.type) {
          throw badInput(
            `cannot merge ${merge.type} ${mergeId} into ${keep.type} ${keepId}: entities of different types are different things`,
            { argument: "merge" },
          );
        }
        const { summaries, ...relationships } = await moveRelationships(tx, keep, merge);
        const mentionsMoved = await moveMentions(tx, keep, merge);
        const at = now();
        const aliasesAdded = await absorb(tx, keep, merge, at);
        await tx.run(cypher("entity/delete"), { id: mergeId });
        // The merged entity's relationships now end at the kept one (or are gone): its
        // neighbours' and its own stored degrees, set by the statement that also applies the
        // moved relationships' recomputed summaries (one round trip for both; nothing sent in
        // between reads what that writes). It deletes first, so the degrees count what is left;
        // a moved relationship it deletes (none: each brings its evidence) is read here still,
        // so its ends are among the degrees recomputed.
        const around = (await tx.run(cypher("entity/relationships"), { id: keepId })).map(
          (row) => row as unknown as RelationshipRef,
        );
        await tx.run(cypher("ingest/apply-relationship-summaries"), {
          ...summaries,
          degreeIds: endsOf([{ sourceId: keepId, targetId: keepId }, ...around]),
        });
        // Ingest derives ids from names: without this, the next changed article naming the
        // merged entity would create it again (docs/graph-model.md, "Redirects").
        await tx.run(cypher("entity/redirect"), { keepId, mergeId, now: at });
        return { keptId: keepId, mergedId: mergeId, aliasesAdded, mentionsMoved, ...relationships };
      });
    },
  };
}

function checkName(value: string, argument: string): string {
  const trimmed = value.trim().replace(/\s+/g, " ");
  if (trimmed === "") throw badInput(`${argument} must not be empty`, { argument });
  const problem = textProblem(trimmed, MAX_NAME_LENGTH);
  if (problem) throw badInput(`${argument} ${problem}`, { argument });
  return trimmed;
}

function entityNotFound(id: string, argument = "entity"): NewsgraphError {
  return notFound(`no entity with id ${id}`, { argument, id });
}

async function lockEntities(tx: Tx, ids: string[]): Promise<LockedEntity[]> {
  const rows = await tx.run(cypher("entity/lock"), { ids });
  return rows.map((row) => {
    const type = String(row.type);
    if (!isEntityType(type)) throw new Error(`entity ${String(row.id)} has no entity type label`);
    return {
      id: String(row.id),
      type,
      name: String(row.name),
      aliases: (row.aliases as unknown[]).map(String),
      wikidataId: row.wikidataId == null ? null : String(row.wikidataId),
      mergedIds: (row.mergedIds as unknown[]).map(String),
      properties: row.properties as Record<string, unknown>,
    };
  });
}

/**
 * Re-points every relationship of `merge` at `keep`. A relationship's id is made of its type and
 * ends (relationshipId), so a moved one is a new relationship: it is created (or, when `keep`
 * already has one of that type with that other end, joined), its evidence follows it with new
 * ids, and its aggregates are recomputed from all its evidence. Relationships between the two
 * entities would become self-loops, which the graph never holds (ingest refuses them): they are
 * dropped with their evidence, and counted.
 */
async function moveRelationships(tx: Tx, keep: LockedEntity, merge: LockedEntity) {
  const old = (await tx.run(cypher("entity/relationships"), { id: merge.id })).map(
    (row) => row as unknown as RelationshipRef,
  );
  const swap = (id: string) => (id === merge.id ? keep.id : id);
  const moved = new Map<string, RelationshipRef>();
  const dropped: RelationshipRef[] = [];
  for (const rel of old) {
    if (!isRelationType(rel.type)) throw new Error(`not a relationship type: ${rel.type}`);
    const sourceId = swap(rel.sourceId);
    const targetId = swap(rel.targetId);
    if (sourceId === targetId) {
      dropped.push(rel);
      continue;
    }
    // A symmetric relationship is stored once, with its ends sorted (as relationshipId sorts).
    const [s, t] =
      SYMMETRIC_RELATION_TYPES.has(rel.type) && targetId < sourceId
        ? [targetId, sourceId]
        : [sourceId, targetId];
    moved.set(rel.id, {
      id: relationshipId(rel.type, s, t),
      type: rel.type,
      sourceId: s,
      targetId: t,
    });
  }
  const targets = uniqueById([...moved.values()]);
  const evidence = await tx.run(cypher("entity/evidence"), {
    relIds: [...old.map((r) => r.id), ...targets.map((r) => r.id)],
  });

  // Evidence ids are `<relId>@<articleId>#<n>`: n continues after the highest n the target
  // relationship already has for that article, so moved evidence never takes an existing id.
  const next = new Map<string, number>();
  const oldIds = new Set(old.map((r) => r.id));
  for (const ev of evidence) {
    if (oldIds.has(String(ev.relId))) continue;
    const key = `${String(ev.relId)}@${String(ev.articleId)}`;
    next.set(key, Math.max(next.get(key) ?? 0, evidenceNumber(String(ev.id)) + 1));
  }
  // Per moved relationship, the new id of each of its evidence (entity/move-evidence finds them
  // by the old relId: evidence ids have no index).
  const moves = new Map<string, { from: string; to: string; numbers: Record<string, number> }>();
  const droppedIds = new Set(dropped.map((r) => r.id));
  let evidenceMoved = 0;
  let evidenceDropped = 0;
  for (const ev of evidence) {
    const relId = String(ev.relId);
    if (droppedIds.has(relId)) {
      evidenceDropped += 1;
      continue;
    }
    const target = moved.get(relId);
    if (!target) continue;
    const key = `${target.id}@${String(ev.articleId)}`;
    const n = next.get(key) ?? 0;
    next.set(key, n + 1);
    const move = moves.get(relId) ?? { from: relId, to: target.id, numbers: {} };
    // Its new id is `${key}#${n}`: move-evidence stores the number (migration 056).
    move.numbers[String(ev.id)] = n;
    moves.set(relId, move);
    evidenceMoved += 1;
  }

  const existing = await existingIds(tx, targets);
  await tx.run(cypher("ingest/merge-relationships"), { relationships: targets });
  await tx.run(cypher("entity/move-evidence"), { moves: [...moves.values()] });
  await tx.run(cypher("entity/delete-evidence"), { relIds: [...droppedIds] });
  return {
    summaries: await recompute(tx, targets),
    relationshipsMoved: targets.filter((r) => !existing.has(r.id)).length,
    relationshipsMerged: moved.size - targets.filter((r) => !existing.has(r.id)).length,
    selfLoopsDropped: dropped.length,
    evidenceMoved,
    evidenceDropped,
  };
}

/** Which of the target relationships exist already (they then gain evidence, not a new node). */
async function existingIds(tx: Tx, targets: RelationshipRef[]): Promise<Set<string>> {
  const rows = await tx.run(cypher("read/relationships-by-ids"), {
    keys: targets.map(({ id, sourceId, targetId }) => ({ id, sourceId, targetId })),
  });
  return new Set(rows.map((row) => String((row.relationship as Row).id)));
}

interface RelationshipSummaries {
  /** Relationships left without evidence. */
  deleted: string[];
  updated: { id: string; type: string; properties: Record<string, unknown> }[];
}

/**
 * Aggregates (confidence, counts, first/last seen, properties) from all evidence, as ingest does,
 * for ingest/apply-relationship-summaries, which mergeEntities sends once the merged entity is
 * gone (with the degrees).
 */
async function recompute(tx: Tx, rels: RelationshipRef[]): Promise<RelationshipSummaries> {
  const deleted: string[] = [];
  const updated: RelationshipSummaries["updated"] = [];
  if (rels.length === 0) return { deleted, updated };
  const byId = await summarise(
    tx,
    rels.map((r) => r.id),
  );
  for (const rel of rels) {
    const summary = byId.get(rel.id);
    if (!summary || Number(summary.evidenceCount) === 0) deleted.push(rel.id);
    else {
      updated.push({
        id: rel.id,
        type: rel.type,
        properties: relationshipProperties(rel.id, summary),
      });
    }
  }
  return { deleted, updated };
}

interface MentionLists {
  count: number;
  surfaces: string[];
  starts: number[];
  ends: number[];
}

/**
 * Moves the merged entity's mentions. An article that names both gets one mention of the kept
 * entity holding both lists, in text order (the lists are parallel: one item per mention).
 */
async function moveMentions(tx: Tx, keep: LockedEntity, merge: LockedEntity): Promise<number> {
  const rows = await tx.run(cypher("entity/mentions"), { keepId: keep.id, mergeId: merge.id });
  const mentions = rows.map((row) => {
    const merged = mentionLists(row.merged);
    const kept = row.kept ? mentionLists(row.kept) : null;
    return { articleId: String(row.articleId), ...(kept ? combine(kept, merged) : merged) };
  });
  await tx.run(cypher("entity/set-mentions"), { keepId: keep.id, mentions });
  return mentions.length;
}

function mentionLists(value: unknown): MentionLists {
  const m = (value ?? {}) as Record<string, unknown>;
  const list = <T>(v: unknown, f: (x: unknown) => T): T[] => (Array.isArray(v) ? v.map(f) : []);
  return {
    count: typeof m.count === "number" ? m.count : 0,
    surfaces: list(m.surfaces, String),
    starts: list(m.starts, Number),
    ends: list(m.ends, Number),
  };
}

function combine(a: MentionLists, b: MentionLists): MentionLists {
  const items = [a, b].flatMap((m) =>
    m.starts.map((start, i) => ({ start, end: m.ends[i] ?? start, surface: m.surfaces[i] ?? "" })),
  );
  items.sort((x, y) => x.start - y.start || x.end - y.end);
  // Mentions without offsets (count 0, empty lists) add nothing; counts add up otherwise.
  return {
    count: a.count + b.count,
    surfaces: items.map((i) => i.surface),
    starts: items.map((i) => i.start),
    ends: items.map((i) => i.end),
  };
}

/** The kept entity takes the merged one's names, extras it lacks, wikidataId and merged ids. */
async function absorb(tx: Tx, keep: LockedEntity, merge: LockedEntity, at: string) {
  const aliases = [...keep.aliases];
  let added = 0;
  for (const name of [merge.name, ...merge.aliases]) {
    if (name === keep.name || aliases.includes(name)) continue;
    aliases.push(name);
    added += 1;
  }
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(merge.properties)) {
    if (!OWN_PROPERTIES.has(key) && keep.properties[key] === undefined) properties[key] = value;
  }
  const mergedIds = [...new Set([...keep.mergedIds, merge.id, ...merge.mergedIds])];
  await tx.run(cypher("entity/absorb"), {
    keepId: keep.id,
    properties,
    aliases,
    wikidataId: merge.wikidataId,
    mergedIds,
    now: at,
  });
  return added;
}

function evidenceNumber(id: string): number {
  const n = Number(id.slice(id.lastIndexOf("#") + 1));
  return Number.isInteger(n) ? n : 0;
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
