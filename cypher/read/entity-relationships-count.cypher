// Number of relationships of each entity under the same filter as read/entity-relationships.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(:Entity)
    WHERE type(r) IN $types
      AND ($direction = 'BOTH'
        OR type(r) IN $symmetric
        OR ($direction = 'OUTGOING' AND startNode(r) = e)
        OR ($direction = 'INCOMING' AND endNode(r) = e))
  RETURN count(DISTINCT r) AS total
}
RETURN id AS entityId, total
