// Without seeds, the whole graph: entities of $entityTypes, the best-connected first, at most
// $limit. When a relationship filter is set ($filtered), only entities with at least one
// relationship passing it to another entity of $entityTypes, so the picture has no island that
// the filter emptied. The degree of every candidate is read to rank them, from the degree store
// as all relationships less the MENTIONS (an entity has no other kind): two lookups per entity,
// where naming the 13 types costs one per type and direction on a dense node.
MATCH (n:Entity)
WHERE ($entityTypes IS NULL OR any(l IN labels(n) WHERE l IN $entityTypes))
  AND (NOT $filtered OR EXISTS {
    MATCH (n)-[r:{{RELATION_TYPES}}]-(x)
    WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
      AND ($minConfidence = 0 OR coalesce(r.confidence, 0) >= $minConfidence)
      AND ($entityTypes IS NULL OR any(l IN labels(x) WHERE l IN $entityTypes))
      AND (($from IS NULL AND $to IS NULL) OR EXISTS {
        MATCH (ev:Evidence)
        WHERE ev.relId = r.id AND ev.publishedAt IS NOT NULL
          AND ($from IS NULL OR ev.publishedAt >= $from)
          AND ($to IS NULL OR (ev.publishedAt <> '' AND left(ev.publishedAt, size($to)) <= $to))
      })
  })
WITH n, COUNT { (n)--() } - COUNT { (n)<-[:MENTIONS]-() } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n {.id, .name, .aliases, .wikidataId, .lat, .lon,
  type: [l IN labels(n) WHERE l IN {{ENTITY_TYPES}}][0],
  mentionCount: COUNT { (n)<-[:MENTIONS]-() }, degree: degree} AS node
