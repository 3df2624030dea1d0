// The relationships among a set of entities that pass the relationship filter (the edges of a
// subgraph whose nodes are already chosen). Each relationship is found once, from its start.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND type(r) IN $relationTypes
  AND coalesce(r.confidence, 0) >= $minConfidence
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (ev:Evidence {relId: r.id})
    WHERE ($from IS NULL OR ev.publishedAt >= $from)
      AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  })
RETURN r {.*, type: type(r), sourceId: a.id, targetId: b.id} AS relationship
ORDER BY r.id
