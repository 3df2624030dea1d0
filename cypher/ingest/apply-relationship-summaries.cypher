// Relationships left with no evidence are deleted; the others get their recomputed properties
// (SET r = … replaces them all, so a property the latest evidence no longer states is removed).
CALL () {
  UNWIND $deleted AS row
  MATCH (:Entity {id: row.sourceId})-[r:$(row.type) {id: row.id}]->(:Entity {id: row.targetId})
  DELETE r
  RETURN count(r) AS deleted
}
CALL () {
  UNWIND $updated AS row
  MATCH (:Entity {id: row.sourceId})-[r:$(row.type) {id: row.id}]->(:Entity {id: row.targetId})
  SET r = row.properties
  RETURN count(r) AS updated
}
RETURN deleted, updated
