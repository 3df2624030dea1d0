// For each group of entities, the relationships among them that pass the relationship filter
// (the edges of subgraphs whose nodes are already chosen). Each relationship is found once per
// group, from its start: the group's entities are sought by id first, and each expansion's other
// end is checked by node identity against them (no property read per relationship expanded: a
// neighbourhood's best-connected entities expand thousands to keep hundreds). The ontology's
// types join entities only, so the end needs no label check; $relationTypes is null for every
// type and a zero $minConfidence reads no confidence.
UNWIND $groups AS g
CALL (g) {
  UNWIND g.ids AS id
  MATCH (x:Entity {id: id})
  RETURN collect(x) AS members
}
UNWIND members AS a
MATCH (a)-[r:{{RELATION_TYPES}}]->(b)
WHERE b IN members
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($minConfidence = 0 OR coalesce(r.confidence, 0) >= $minConfidence)
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (ev:Evidence {relId: r.id})
    WHERE ($from IS NULL OR ev.publishedAt >= $from)
      AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  })
RETURN g.i AS i, r {.*, type: type(r), sourceId: a.id, targetId: b.id} AS relationship
ORDER BY i, r.id
