import type { GraphExecutor } from "../executor.ts";
import { type ArticleReads, createArticleReads } from "./articles.ts";
import { type CoMentionReads, createCoMentionReads } from "./co-mentions.ts";
import { createEntityReads, type EntityReads } from "./entities.ts";
import { createPathReads, type PathReads } from "./paths.ts";
import { createRelationshipReads, type RelationshipReads } from "./relationships.ts";
import { createStatsReads, type StatsReads } from "./stats.ts";
import { createSubgraphReads, type SubgraphReads } from "./subgraph.ts";
import { createTimelineReads, type TimelineReads } from "./timeline.ts";

export type { CoMentionEdge, CoMentionFilter, SharedArticlesKey } from "./co-mentions.ts";
export { ENTITY_NAMES_INDEX } from "./entities.ts";
export { MAX_PATH_HOPS, type PathRecord, type PathsArgs, type PathsResult } from "./paths.ts";
export { parseRelationshipId } from "./relationships.ts";
export {
  type Contribution,
  ENTITY_RANKINGS,
  type EntityRanking,
  type GraphCounts,
  type RankedEntityEdge,
  type SourceCount,
  type TopEntitiesArgs,
} from "./stats.ts";
export {
  createSubgraphReads,
  type GraphStream,
  type GraphStreamOptions,
  MAX_SUBGRAPH_DEPTH,
  type Neighbourhood,
  type NeighbourhoodKey,
  type SubgraphReads,
  type SubgraphSelection,
} from "./subgraph.ts";
export {
  MAX_TIMELINE_BUCKETS,
  TIMELINE_INTERVALS,
  type TimelineArgs,
  type TimelineBucket,
  type TimelineInterval,
} from "./timeline.ts";
export type * from "./types.ts";
export { DIRECTIONS } from "./types.ts";

/**
 * Everything the API reads from the graph, as plain records. Resolvers and loaders see only this
 * interface, never a session, a record or Cypher. A new read (issue 4: paths, subgraph, stats …)
 * is a `create<Domain>Reads(executor)` module in this folder, added to the type and the spread
 * below.
 */
export type ReadRepositories = EntityReads &
  ArticleReads &
  RelationshipReads &
  SubgraphReads &
  PathReads &
  CoMentionReads &
  TimelineReads &
  StatsReads;

export function createReadRepositories(executor: GraphExecutor): ReadRepositories {
  const parts: [
    EntityReads,
    ArticleReads,
    RelationshipReads,
    SubgraphReads,
    PathReads,
    CoMentionReads,
    TimelineReads,
    StatsReads,
  ] = [
    createEntityReads(executor),
    createArticleReads(executor),
    createRelationshipReads(executor),
    createSubgraphReads(executor),
    createPathReads(executor),
    createCoMentionReads(executor),
    createTimelineReads(executor),
    createStatsReads(executor),
  ];
  // Made for every request: Object.assign copies the methods in a few microseconds, where an
  // object literal of eight spreads took some 70 (measured on Node 20).
  return Object.assign({}, ...parts) as ReadRepositories;
}
