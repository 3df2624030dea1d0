// For many entities at once, one page each of the distinct entities they are related to, by
// entity id, under the same relationship filter as read/entity-relationships. The ontology's
// types join entities only, so the other end needs no label check (one read per neighbour less).
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
  MATCH (e)-[r:{{RELATION_TYPES}}]-(other)
  WHERE ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'BOTH'
        OR type(r) IN $symmetric
        OR ($direction = 'OUTGOING' AND startNode(r) = e)
        OR ($direction = 'INCOMING' AND endNode(r) = e))
    AND other <> e
    AND ($entityTypes IS NULL OR any(l IN labels(other) WHERE l IN $entityTypes))
    AND (key.after IS NULL OR other.id > key.after.id)
  WITH DISTINCT other
  ORDER BY other.id
  LIMIT $limit
  RETURN other
}
RETURN key.i AS i, other {.*, type: [l IN labels(other) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (other)<-[:MENTIONS]-() }} AS entity
