import { slugify } from "./text.ts";
import type { EntityType, RelationType } from "./vocabulary.ts";
import { SYMMETRIC_RELATION_TYPES } from "./vocabulary.ts";

/**
 * Identity rules (docs/ONTOLOGY.md "Identity"): one node per real-world thing. Ids are stable,
 * readable and derived, so the same entity from two articles or two extractors meets itself.
 */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/** One relationship per (type, source, target); symmetric types sort their ends. */
export function relationshipId(type: RelationType, sourceId: string, targetId: string): string {
  const [a, b] =
    SYMMETRIC_RELATION_TYPES.has(type) && targetId < sourceId
      ? [targetId, sourceId]
      : [sourceId, targetId];
  return `${type}:${a}->${b}`;
}

/**
 * The target's id in a relationship id (relationshipId()): entity ids hold no ">", so the first
 * "->" ends the source's.
 */
export function relationshipTargetId(relationshipId: string): string {
  return relationshipId.slice(relationshipId.indexOf("->") + 2);
}

/** "F-16 (Netherlands)", "military advisers (Netherlands)". */
export function assetName(kind: string, ownerName: string): string {
  return `${kind} (${ownerName})`;
}
