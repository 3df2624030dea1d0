import type { Properties, PropertyValue } from "../../domain/article.ts";
import type { Subgraph, SubgraphEdge, SubgraphNode } from "../../domain/subgraph.ts";
import {
  type EntityType,
  isEntityType,
  RELATION_TYPES,
  type RelationType,
} from "../../domain/vocabulary.ts";
import { type Cypher, cypher, cypherTemplate } from "../cypher.ts";
import type { GraphExecutor } from "../executor.ts";
import { cypherInt, loadGrouped, splitByIndex } from "./batch.ts";
import { withHopBound } from "./hops.ts";
import { asMap, toEntity, toRelationship } from "./mappers.ts";
import { parseRelationshipId } from "./relationships.ts";
import type { EntityRecord } from "./types.ts";

/**
 * What part of the graph to draw. Relationship filters (types, confidence, dates) apply to every
 * edge and to every hop taken from the seeds; entity types apply to every node but the seeds.
 */
export interface SubgraphSelection {
  /** Entity ids to start from; null or empty: the whole graph (best-connected entities first). */
  seeds: readonly string[] | null;
  /** Hops from the seeds, 0 to 3 (ignored without seeds). */
  depth: number;
  /** Entity types to keep; null means all. */
  entityTypes: readonly EntityType[] | null;
  /** Relationship types to follow and draw; null means all. */
  relationTypes: readonly RelationType[] | null;
  /** Keep relationships with evidence published on or after this ISO 8601 date. */
  from: string | null;
  /** … and on or before this date (a date includes the whole day). */
  to: string | null;
  /** Keep relationships whose confidence (max over evidence) is at least this; null: any. */
  minConfidence: number | null;
  /** At most this many nodes: the seeds first, then the nearest, then the best-connected. */
  limit: number;
  /**
   * Edges read as their id, type and ends only (the caller asks no more of them: see
   * toLeanSubgraphEdge); a neighbourhood's edges grow with the archive, and each edge's dozen
   * properties were most of what Neo4j encoded and the server decoded. @default false
   */
  leanEdges?: boolean;
}

export const MAX_SUBGRAPH_DEPTH = 3;

/** Whole-graph streaming, for exports: everything, or the entities and relationships of some types. */
export interface GraphStreamOptions {
  /** Rows per statement: memory holds one batch at a time. @default 500 */
  batchSize?: number;
  entityTypes?: readonly EntityType[] | null;
  relationTypes?: readonly RelationType[] | null;
}

/** A whole graph read page by page: every node, then every edge (what the streaming writers of src/export expect). */
export interface GraphStream {
  nodes: AsyncIterable<SubgraphNode>;
  edges: AsyncIterable<SubgraphEdge>;
}

/** One entity's neighbourhood: a subgraph seeded by that entity alone. */
export interface NeighbourhoodKey extends Omit<SubgraphSelection, "seeds"> {
  entityId: string;
}

/** A neighbourhood and its entity, as entities are read by id (null: no such entity). */
export interface Neighbourhood extends Subgraph {
  entity: EntityRecord | null;
}

export interface SubgraphReads {
  /**
   * The nodes and edges a selection names, in one read transaction of two statements (nodes,
   * then the edges among them), whatever the size of the answer.
   */
  findSubgraph(selection: SubgraphSelection): Promise<Subgraph>;
  /**
   * For each key, the neighbourhood of its entity: two statements per group of keys sharing a
   * filter (a DataLoader batch), whatever the number of entities.
   */
  findNeighbourhoods(keys: readonly NeighbourhoodKey[]): Promise<Neighbourhood[]>;
  /**
   * Every entity, then every relationship, read in keyset batches as the consumer pulls (bounded
   * memory, each batch its own short read). Each iterable starts over when iterated again.
   * Written while it runs, the stream neither repeats nor skips what existed throughout;
   * entities added after the node pass may be missing although an edge streamed later names them.
   */
  streamGraph(options?: GraphStreamOptions): GraphStream;
}

const DEFAULT_BATCH_SIZE = 500;

type Row = Record<string, unknown>;

const num = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

export function toSubgraphNode(value: unknown): SubgraphNode {
  const map = asMap(value, "subgraph node");
  const type = String(map.type);
  if (!isEntityType(type)) throw new Error(`entity ${String(map.id)} has no entity label`);
  return {
    id: String(map.id),
    type,
    name: String(map.name ?? map.id),
    aliases: Array.isArray(map.aliases) ? map.aliases.map(String) : [],
    wikidataId: map.wikidataId == null ? null : String(map.wikidataId),
    mentionCount: num(map.mentionCount) ?? 0,
    degree: num(map.degree) ?? 0,
    lat: num(map.lat),
    lon: num(map.lon),
  };
}

/**
 * An edge of a lean read (SubgraphSelection.leanEdges): its id as read, its type and ends from the
 * id (`TYPE:source->target`, relationshipId(), as every write path stores it: read/subgraph-edges
 * LEAN returns the id alone); the rest is not read and holds neutral values (weight and
 * confidence 0, no dates, no properties), so a lean edge must only answer a selection of those
 * four fields, never be exported or cached for another use.
 */
export function toLeanSubgraphEdge(row: Row): SubgraphEdge {
  const id = String(row.id);
  const parts = parseRelationshipId(id);
  if (!parts) throw new Error(`relationship id ${id} is not TYPE:source->target`);
  return {
    id,
    type: parts.type,
    source: parts.sourceId,
    target: parts.targetId,
    weight: 0,
    confidence: 0,
    firstSeen: null,
    lastSeen: null,
    properties: {},
  };
}

/**
 * The edges statement for a selection and how its rows become edges: lean (id, type and ends)
 * when the selection asks no more of its edges, else each relationship whole.
 */
function edgeRead(selection: SubgraphSelection): {
  statement: Cypher;
  toEdge: (row: Row) => SubgraphEdge;
} {
  const lean = selection.leanEdges === true;
  return {
    statement: cypher("read/subgraph-edges", { LEAN: lean }),
    toEdge: lean ? toLeanSubgraphEdge : (row) => toSubgraphEdge(row.relationship),
  };
}

/** A relationship as an edge: the ontology's properties that are set, plus any extra. */
export function toSubgraphEdge(value: unknown): SubgraphEdge {
  const r = toRelationship(value);
  // Named, not by rest and spread: a neighbourhood maps hundreds of edges per request, and object
  // rest/spread made this the costliest JavaScript of one (perf).
  const { role, quantity, maxQuantity, from, until, kind, extra } = r.properties;
  const properties: Properties = {};
  for (const key in extra) properties[key] = extra[key] as PropertyValue;
  if (role !== null) properties.role = role;
  if (quantity !== null) properties.quantity = quantity;
  if (maxQuantity !== null) properties.maxQuantity = maxQuantity;
  if (from !== null) properties.from = from;
  if (until !== null) properties.until = until;
  if (kind !== null) properties.kind = kind;
  return {
    id: r.id,
    type: r.type,
    source: r.sourceId,
    target: r.targetId,
    weight: r.articleCount,
    confidence: r.confidence,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    properties,
  };
}

function filterParams(selection: SubgraphSelection) {
  return {
    entityTypes: selection.entityTypes ? [...selection.entityTypes] : null,
    // null: every type (no type is read per relationship expanded).
    relationTypes: selection.relationTypes ? [...selection.relationTypes] : null,
    minConfidence: selection.minConfidence ?? 0,
    from: selection.from,
    to: selection.to,
  };
}

export function createSubgraphReads(executor: GraphExecutor): SubgraphReads {
  async function* pages<T extends { id: string }>(
    fetch: (after: string) => Promise<Row[]>,
    map: (row: Row) => T,
    batchSize: number,
  ): AsyncGenerator<T> {
    let after = "";
    for (;;) {
      const rows = await fetch(after);
      for (const row of rows) {
        const item = map(row);
        after = item.id;
        yield item;
      }
      if (rows.length < batchSize) return;
    }
  }

  /**
   * Subgraphs around several groups of seeds under one filter: two statements, each an
   * auto-commit read. One explicit transaction gave the pair no common snapshot (Neo4j reads at
   * read-committed isolation) and cost BEGIN and COMMIT, one more round trip; the edges are those
   * among the nodes the first statement chose, so a write between the two cannot make them
   * disagree.
   */
  async function findSeeded(
    selection: SubgraphSelection,
    seedGroups: string[][],
  ): Promise<(Subgraph & { seeds: EntityRecord[] })[]> {
    const params = filterParams(selection);
    const depth = Math.max(0, Math.min(MAX_SUBGRAPH_DEPTH, Math.trunc(selection.depth)));
    const statement = withHopBound(
      cypher("read/subgraph-seeded-nodes"),
      MAX_SUBGRAPH_DEPTH,
      Math.max(depth, 1),
    );
    const nodeRows = await executor.read(statement, {
      ...params,
      groups: seedGroups.map((seeds, i) => ({ i, seeds })),
      depth: cypherInt(depth),
      limit: cypherInt(Math.max(0, Math.trunc(selection.limit))),
    });
    const rowsByGroup = splitByIndex(nodeRows, seedGroups.length, (row) => Number(row.i));
    const nodes = rowsByGroup.map((rows) => rows.map((row) => toSubgraphNode(row.node)));
    const groups = nodes.flatMap((list, i) =>
      list.length > 0 ? [{ i, ids: list.map((node) => node.id) }] : [],
    );
    const { statement: edgeStatement, toEdge } = edgeRead(selection);
    const edgeRows =
      groups.length > 0 ? await executor.read(edgeStatement, { ...params, groups }) : [];
    const edges = splitByIndex(edgeRows, seedGroups.length, (row) => Number(row.i));
    return nodes.map((list, i) => ({
      nodes: list,
      edges: (edges[i] ?? []).map(toEdge),
      seeds: (rowsByGroup[i] ?? []).flatMap((row) => (row.entity ? [toEntity(row.entity)] : [])),
    }));
  }

  return {
    async findSubgraph(selection) {
      const seeds = [...new Set(selection.seeds ?? [])];
      if (seeds.length > 0) {
        const [subgraph] = await findSeeded(selection, [seeds]);
        return subgraph
          ? { nodes: subgraph.nodes, edges: subgraph.edges }
          : { nodes: [], edges: [] };
      }
      const params = filterParams(selection);
      const filtered =
        selection.relationTypes !== null ||
        params.minConfidence > 0 ||
        params.from !== null ||
        params.to !== null;
      // Two auto-commit reads, as in findSeeded.
      const rows = await executor.read(cypher("read/subgraph-all-nodes"), {
        ...params,
        filtered,
        limit: cypherInt(Math.max(0, Math.trunc(selection.limit))),
      });
      const nodes = rows.map((row) => toSubgraphNode(row.node));
      if (nodes.length === 0) return { nodes, edges: [] };
      const { statement, toEdge } = edgeRead(selection);
      const edgeRows = await executor.read(statement, {
        ...params,
        groups: [{ i: 0, ids: nodes.map((node) => node.id) }],
      });
      return { nodes, edges: edgeRows.map(toEdge) };
    },

    findNeighbourhoods(keys) {
      return loadGrouped(
        keys,
        (key) => [
          key.depth,
          key.entityTypes,
          key.relationTypes,
          key.from,
          key.to,
          key.minConfidence,
          key.limit,
          key.leanEdges === true,
        ],
        (group) => {
          const head = group[0];
          if (!head) return Promise.resolve([]);
          return findSeeded(
            { ...head, seeds: null },
            group.map((key) => [key.entityId]),
          ).then((subgraphs) =>
            subgraphs.map(({ nodes, edges, seeds }) => ({
              nodes,
              edges,
              entity: seeds[0] ?? null,
            })),
          );
        },
      );
    },

    streamGraph(options = {}) {
      const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
      }
      const entityTypes = options.entityTypes ? [...options.entityTypes] : null;
      const relationTypes = options.relationTypes ?? RELATION_TYPES;
      const limit = cypherInt(batchSize);
      return {
        nodes: {
          [Symbol.asyncIterator]: () =>
            pages(
              (after) =>
                executor.read(cypher("read/graph-stream-nodes"), { after, entityTypes, limit }),
              (row) => toSubgraphNode(row.node),
              batchSize,
            ),
        },
        edges: {
          async *[Symbol.asyncIterator]() {
            // One relationship type after another: each type's id index gives its rows in
            // order, where one list over every type would be sorted in full for each batch.
            for (const type of relationTypes) {
              const statement = cypherTemplate("read/graph-stream-edges", { TYPE: type });
              yield* pages(
                (after) => executor.read(statement, { after, entityTypes, limit }),
                (row) => toSubgraphEdge(row.relationship),
                batchSize,
              );
            }
          },
        },
      };
    },
  };
}
