// One batch of the relationships of one type ({{TYPE}}, from the closed vocabulary), by id after
// the keyset $after: the type's uniqueness constraint on `id` is a range index that hands the
// rows over in id order. Relationships whose ends are not both of $entityTypes are left out, so
// every edge streamed has both ends among the streamed nodes.
MATCH (a:Entity)-[r:{{TYPE}}]->(b:Entity)
WHERE r.id > $after
  AND ($entityTypes IS NULL OR (any(l IN labels(a) WHERE l IN $entityTypes)
    AND any(l IN labels(b) WHERE l IN $entityTypes)))
WITH r, a, b
ORDER BY r.id
LIMIT $limit
RETURN r {.*, type: type(r), sourceId: a.id, targetId: b.id} AS relationship
