// For each group of entities, the relationships among them that pass the relationship filter
// (the edges of subgraphs whose nodes are already chosen). Each relationship is found once per
// group, from its start: the start is sought by its id (a forced seek: a plan made on a small
// graph otherwise scanned every entity for the ends and expanded from them) and the other end is
// checked after the expansion (WITH), so no plan starts from it. The ontology's types join
// entities only, so the end needs no label check.
UNWIND $groups AS g
UNWIND g.ids AS id
MATCH (a:Entity {id: id})-[r:{{RELATION_TYPES}}]->(b)
  USING INDEX SEEK a:Entity(id)
WITH g, a, r, b
WHERE b.id IN g.ids
  AND type(r) IN $relationTypes
  AND coalesce(r.confidence, 0) >= $minConfidence
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (ev:Evidence {relId: r.id})
    WHERE ($from IS NULL OR ev.publishedAt >= $from)
      AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  })
RETURN g.i AS i, r {.*, type: type(r), sourceId: a.id, targetId: b.id} AS relationship
ORDER BY i, r.id
