import { z } from "zod";
import {
  type EntityType,
  isEntityType,
  isRelationType,
  type RelationType,
} from "../../domain/vocabulary.ts";
import { cypher } from "../cypher.ts";
import type { GraphExecutor } from "../executor.ts";
import { cypherInt, pageLimit } from "./batch.ts";
import { createCursorCodec, lazyEdge } from "./keyset.ts";
import { asMap, toEntity, toRelationship, toSource } from "./mappers.ts";
import type {
  Edge,
  EntityRecord,
  Page,
  PageArgs,
  RelationshipRecord,
  SourceRecord,
} from "./types.ts";

/** What the dashboard figures count: one statement over Neo4j's count store. */
export interface GraphCounts {
  articles: number;
  sources: number;
  evidence: number;
  entities: { type: EntityType; count: number }[];
  relationships: { type: RelationType; count: number }[];
}

export const ENTITY_RANKINGS = ["MENTIONS", "DEGREE"] as const;
export type EntityRanking = (typeof ENTITY_RANKINGS)[number];

export interface TopEntitiesArgs extends PageArgs {
  by: EntityRanking;
  type: EntityType | null;
}

export interface RankedEntityEdge extends Edge<EntityRecord> {
  /** The aggregate ranked by: articles mentioning the entity, or its relationships. */
  value: number;
}

export interface SourceCount {
  source: SourceRecord;
  articleCount: number;
}

/** One contributor to a mission, with what it provides there. */
export interface Contribution {
  contributor: EntityRecord;
  /** Whether it PARTICIPATES_IN the mission. */
  participates: boolean;
  /** Sum of the known quantities of its assets assigned to the mission. */
  quantity: number;
  assets: { asset: EntityRecord; relationship: RelationshipRecord }[];
}

export interface StatsReads {
  countGraph(): Promise<GraphCounts>;
  findTopEntities(args: TopEntitiesArgs): Promise<Page<EntityRecord, RankedEntityEdge>>;
  countTopEntities(type: EntityType | null): Promise<number>;
  findTopSources(first: number): Promise<SourceCount[]>;
  /** Empty when no Mission has that id or nobody contributes to it. */
  findMissionContributions(
    missionId: string,
    contributorTypes: readonly EntityType[],
  ): Promise<Contribution[]>;
}

/** Rankings sort by the aggregate (largest first), then id; the cursor is tagged by ranking. */
const rankingCursor = (by: EntityRanking) =>
  createCursorCodec(`topEntities:${by}`, z.object({ value: z.number(), id: z.string() }));
const RANKING_CURSORS = { MENTIONS: rankingCursor("MENTIONS"), DEGREE: rankingCursor("DEGREE") };

function typedCounts<T extends string>(value: unknown, isType: (v: string) => v is T) {
  return (Array.isArray(value) ? value : []).flatMap((item) => {
    const map = asMap(item, "count");
    const type = String(map.type);
    return isType(type) ? [{ type, count: Number(map.count) }] : [];
  });
}

export function createStatsReads(executor: GraphExecutor): StatsReads {
  return {
    async countGraph() {
      const [row] = await executor.read(cypher("read/stats-counts"));
      return {
        articles: Number(row?.articles ?? 0),
        sources: Number(row?.sources ?? 0),
        evidence: Number(row?.evidence ?? 0),
        entities: typedCounts(row?.entities, isEntityType),
        relationships: typedCounts(row?.relationships, isRelationType),
      };
    },

    async findTopEntities({ by, type, first, after }) {
      const cursor = RANKING_CURSORS[by];
      const rows = await executor.read(cypher("read/top-entities"), {
        by,
        type,
        after: cursor.decode(after),
        limit: pageLimit(first),
      });
      const edges = rows.slice(0, first).map((row) => {
        const node = toEntity(row.entity);
        const value = Number(row.value);
        return lazyEdge(node, () => cursor.encode({ value, id: node.id }), { value });
      });
      return { edges, hasNextPage: rows.length > first };
    },

    async countTopEntities(type) {
      const rows = await executor.read(cypher("read/top-entities-count"), { type });
      return Number(rows[0]?.total ?? 0);
    },

    async findTopSources(first) {
      if (first === 0) return [];
      const rows = await executor.read(cypher("read/top-sources"), { limit: cypherInt(first) });
      return rows.map((row) => ({
        source: toSource(row.source),
        articleCount: Number(row.articles),
      }));
    },

    async findMissionContributions(missionId, contributorTypes) {
      const rows = await executor.read(cypher("read/mission-contributions"), {
        id: missionId,
        types: [...contributorTypes],
      });
      return rows.map((row) => ({
        contributor: toEntity(row.contributor),
        participates: row.participates === true,
        quantity: Number(row.quantity),
        assets: (Array.isArray(row.assets) ? row.assets : []).map((item) => {
          const map = asMap(item, "contribution");
          return { asset: toEntity(map.asset), relationship: toRelationship(map.relationship) };
        }),
      }));
    },
  };
}
