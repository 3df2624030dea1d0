// Removes what an article contributed (its mentions, evidence and publisher link) and returns
// what that touched, so the caller can recompute those relationships and clean up orphans in the
// same transaction. No row when the article does not exist.
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
  DELETE m
  RETURN collect(DISTINCT e.id) AS entityIds
}
CALL (a) {
  OPTIONAL MATCH (ev:Evidence)-[:IN_ARTICLE]->(a)
  WITH ev, ev.relId AS relId
  DETACH DELETE ev
  RETURN collect(DISTINCT relId) AS relIds
}
// Type and ends from the relationship itself (evidence stores only its relId): found by id
// through the per-type id indexes, one unique seek per type.
CALL (relIds) {
  UNWIND relIds AS relId
  MATCH (s)-[r:{{RELATION_TYPES}}]->(t)
  WHERE r.id = relId
  RETURN collect({id: r.id, type: type(r), sourceId: s.id, targetId: t.id}) AS relationships
}
CALL (a) {
  OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->(s:Source)
  DELETE p
  RETURN collect(DISTINCT s.id) AS sourceIds
}
RETURN entityIds, relationships, sourceIds
