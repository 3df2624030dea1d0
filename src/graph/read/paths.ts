import { RELATION_TYPES, type RelationType } from "../../domain/vocabulary.ts";
import { cypher } from "../cypher.ts";
import type { GraphExecutor } from "../executor.ts";
import { cypherInt } from "./batch.ts";
import { withHopBound } from "./hops.ts";
import { toEntity, toRelationship } from "./mappers.ts";
import type { EntityRecord, RelationshipRecord } from "./types.ts";

/** The longest path the API searches for; the bound in cypher/read/paths.cypher. */
export const MAX_PATH_HOPS = 6;
/** Shortest paths read before the first `first` (by node ids) are kept. */
const PATH_SCAN = 1000;

export interface PathsArgs {
  fromId: string;
  toId: string;
  /** 1 to MAX_PATH_HOPS. */
  maxHops: number;
  /** Relationship types a path may use; null means all. */
  relationTypes: readonly RelationType[] | null;
  first: number;
}

/** One shortest path: `nodes[i]` and `nodes[i + 1]` are the ends of `relationships[i]`. */
export interface PathRecord {
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
}

/** The shortest paths and both ends, null for an id no entity has (then no paths). */
export interface PathsResult {
  from: EntityRecord | null;
  to: EntityRecord | null;
  paths: PathRecord[];
}

export interface PathReads {
  /**
   * All shortest paths (up to `first`) from one entity to another, whatever the directions, and
   * the two entities themselves: one statement.
   */
  findShortestPaths(args: PathsArgs): Promise<PathsResult>;
}

export function createPathReads(executor: GraphExecutor): PathReads {
  return {
    async findShortestPaths({ fromId, toId, maxHops, relationTypes, first }) {
      const statement = withHopBound(cypher("read/paths"), MAX_PATH_HOPS, maxHops);
      const rows = await executor.read(statement, {
        from: fromId,
        to: toId,
        types: [...(relationTypes ?? RELATION_TYPES)],
        scan: cypherInt(PATH_SCAN),
        first: cypherInt(first),
      });
      const row = rows[0];
      const ends = {
        from: row?.fromEntity ? toEntity(row.fromEntity) : null,
        to: row?.toEntity ? toEntity(row.toEntity) : null,
      };
      // A path from an entity to itself is none (the API refuses to ask).
      if (!row || fromId === toId) return { ...ends, paths: [] };
      return {
        ...ends,
        paths: (row.paths as { nodes: unknown[]; relationships: unknown[] }[]).map((path) => ({
          nodes: path.nodes.map(toEntity),
          relationships: path.relationships.map(toRelationship),
        })),
      };
    },
  };
}
