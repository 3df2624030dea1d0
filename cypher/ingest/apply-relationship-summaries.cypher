// Relationships left with no evidence are deleted; the others get their recomputed properties
// (SET r = … replaces them all, so a property the latest evidence no longer states is removed;
// the properties carry the target's id, targetId, which read/entity-relationships seeks by).
// Found by id through the per-type id indexes (the typed pattern plans as one unique seek per
// type), so the cost does not depend on the ends' degrees or on the statistics the plan was made
// with; the dynamic type and the ends are not needed.
CALL () {
  UNWIND $deleted AS id
  MATCH ()-[r:{{RELATION_TYPES}}]->()
  WHERE r.id = id
  DELETE r
  RETURN count(r) AS deleted
}
CALL () {
  UNWIND $updated AS row
  MATCH ()-[r:{{RELATION_TYPES}}]->()
  WHERE r.id = row.id
  SET r = row.properties
  RETURN count(r) AS updated
}
// Relationships this transaction found or created in merge-relationships, by the element id it
// returned (stable within the transaction): one lookup each instead of a seek per type.
CALL () {
  UNWIND $updatedByElementId AS row
  MATCH ()-[r]->()
  WHERE elementId(r) = row.elementId
  SET r = row.properties
  RETURN count(r) AS updatedByElementId
}
RETURN deleted, updated + updatedByElementId AS updated
