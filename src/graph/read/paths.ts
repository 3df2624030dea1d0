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
/**
 * A path of three hops met in the middle (cypher/read/paths.cypher, measured on the bench's
 * graphs): tried when both ends have at most `degree` relationships (MENTIONS aside), and done
 * when `pairCost` × the types × the pairs of their neighbours is at most the relationships the
 * neighbours on either side have. A pair costs about 7 db hits per type (looked up between two
 * bound nodes), a relationship expanded by the breadth-first search about 2.
 */
export const PATH_MEET: PathMeet = Object.freeze({ degree: 64, pairCost: 7 });

export interface PathMeet {
  /** Ends with more relationships (MENTIONS aside) are not met in the middle; 0: never. */
  degree: number;
  /** Db hits a pair of neighbours costs per type; 0: meet whenever the ends allow it. */
  pairCost: number;
}

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

/** `meet` is for tests, which compare the meet in the middle with the general search. */
export function createPathReads(executor: GraphExecutor, meet: PathMeet = PATH_MEET): PathReads {
  return {
    async findShortestPaths({ fromId, toId, maxHops, relationTypes, first }) {
      const statement = withHopBound(cypher("read/paths"), MAX_PATH_HOPS, maxHops);
      const rows = await executor.read(statement, {
        from: fromId,
        to: toId,
        types: [...(relationTypes ?? RELATION_TYPES)],
        maxHops: cypherInt(maxHops),
        meetDegree: cypherInt(meet.degree),
        meetPairCost: cypherInt(meet.pairCost),
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
