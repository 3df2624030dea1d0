// After a merge, the merged id and every id that already led to it lead to the kept entity.
// Redirects are kept flat (each points at an entity id, never at another redirect), so ingest
// resolves any id with one lookup (cypher/ingest/find-redirects.cypher).
MERGE (r:EntityRedirect {id: $mergeId})
SET r.to = $keepId, r.createdAt = $now
WITH r
CALL () {
  OPTIONAL MATCH (o:EntityRedirect {to: $mergeId})
  SET o.to = $keepId
  RETURN count(o) AS repointed
}
RETURN r.id AS id, repointed
