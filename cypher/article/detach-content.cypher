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
  WITH ev, {id: ev.relId, type: ev.relType, sourceId: ev.sourceId, targetId: ev.targetId} AS rel
  DETACH DELETE ev
  RETURN collect(DISTINCT CASE WHEN rel.id IS NOT NULL THEN rel END) AS relationships
}
CALL (a) {
  OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->(s:Source)
  DELETE p
  RETURN collect(DISTINCT s.id) AS sourceIds
}
RETURN entityIds, relationships, sourceIds
