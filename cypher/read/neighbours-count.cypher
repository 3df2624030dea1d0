// Number of distinct neighbours of each entity under the same filter as read/neighbours.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:{{RELATION_TYPES}}]-(other)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'BOTH'
        OR type(r) IN $symmetric
        OR ($direction = 'OUTGOING' AND startNode(r) = e)
        OR ($direction = 'INCOMING' AND endNode(r) = e))
      AND other <> e
      AND ($entityTypes IS NULL OR any(l IN labels(other) WHERE l IN $entityTypes))
  RETURN count(DISTINCT other) AS total
}
RETURN id AS entityId, total
