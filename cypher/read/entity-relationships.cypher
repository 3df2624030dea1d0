// For many entities at once, one page each of their relationships, ordered by relationship id
// (unique and immutable, so the keyset never skips or repeats). Each key carries its own cursor
// and its position `i` in the batch. $types is never null (the caller passes the whole
// vocabulary), which keeps MENTIONS and any non-ontology type out. Symmetric types match
// either direction: their stored direction only sorts the ends.
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
  MATCH (e)-[r]-(:Entity)
  WHERE type(r) IN $types
      AND ($direction = 'BOTH'
        OR type(r) IN $symmetric
        OR ($direction = 'OUTGOING' AND startNode(r) = e)
        OR ($direction = 'INCOMING' AND endNode(r) = e))
    AND (key.after IS NULL OR r.id > key.after.id)
  RETURN DISTINCT r
  ORDER BY r.id
  LIMIT $limit
}
RETURN key.i AS i, r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id} AS relationship
