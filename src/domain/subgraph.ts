import type { Properties } from "./article.ts";
import type { EntityType, RelationType } from "./vocabulary.ts";

/**
 * A piece of the graph shaped for visualisers: what the GraphQL `subgraph` query returns and what
 * every export format (src/export) serialises. Node and edge attributes carry what a tool needs
 * to colour and size without extra work.
 */
export interface SubgraphNode {
  /** Entity id (not the Relay global id): stable across exports. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId: string | null;
  /** Number of articles that mention the entity. */
  mentionCount: number;
  /** Number of relationships of the entity in the whole graph. */
  degree: number;
  lat: number | null;
  lon: number | null;
}

export interface SubgraphEdge {
  /** Relationship id (relationshipId()). */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** Number of articles whose evidence supports it. */
  weight: number;
  confidence: number;
  /** Earliest and latest publication date of its evidence (ISO 8601), when known. */
  firstSeen: string | null;
  lastSeen: string | null;
  properties: Properties;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
}
