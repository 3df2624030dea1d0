// For each group of seeds, the entities within $depth hops of them, nearest first, at most
// $limit with the seeds (groups let a page of entities ask for their neighbourhoods in one
// statement; a `subgraph` query is one group). ANY SHORTEST finds one shortest path per (seed,
// entity) pair breadth-first, so the cost grows with the neighbourhood, not with the number of
// paths through it. The quantifier's upper bound is the ceiling (3): src/graph/read/hops.ts
// narrows it to the depth asked (a search bounded by 3 explores 3 hops even for depth 1). Every hop must pass
// the relationship filter (types, minimum confidence, evidence dated in [$from, $to]) and land on
// an entity of $entityTypes, so nothing is reached through a node the caller filtered out. Ties
// go to the best-connected, then the smallest id, so the cut at $limit is stable. Each seed's row
// carries the seed as read/entities-by-ids reads it (`entity`), so `entity(id:) { neighbourhood }`
// needs no statement of its own for the entity. Hops name the
// ontology's types ({{RELATION_TYPES}}): a hub's MENTIONS are never expanded. Every candidate's
// degree is read before the cut, so it is the stored one (`degree`, kept by every write that
// creates or deletes a relationship: ingest/apply-relationship-summaries; migration 058): one property read,
// where counting it (all relationships less the MENTIONS) cost two degree-store lookups per
// candidate and about 40 % of this statement's CPU for a hub of 709 neighbours. An entity
// without relationships may have none stored (0). The ontology's types join entities only, so no
// hop checks the label of where it lands.
UNWIND $groups AS g
CALL (g) {
  MATCH (seed:Entity)
  WHERE seed.id IN g.seeds
  WITH collect(seed) AS seeds
  // The first hop alone: when the seeds and their neighbours already fill $limit, every entity
  // two or more hops away would be cut anyway, so the wider search is skipped (a hub's
  // neighbourhood then costs its own relationships, not its neighbours').
  CALL (seeds) {
    UNWIND seeds AS s
    OPTIONAL MATCH (s)-[r:{{RELATION_TYPES}}]-(n)
    WHERE $depth > 0
      AND NOT n IN seeds
      AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
      AND ($minConfidence = 0 OR coalesce(r.confidence, 0) >= $minConfidence)
      AND (($from IS NULL AND $to IS NULL) OR EXISTS {
        MATCH (ev:Evidence)
        WHERE ev.relId = r.id AND ev.publishedAt IS NOT NULL
          AND ($from IS NULL OR ev.publishedAt >= $from)
          AND ($to IS NULL OR (ev.publishedAt <> '' AND left(ev.publishedAt, size($to)) <= $to))
      })
      AND ($entityTypes IS NULL OR any(l IN labels(n) WHERE l IN $entityTypes))
    RETURN collect(DISTINCT n) AS near
  }
  CALL (seeds, near) {
    UNWIND seeds AS n
    RETURN n, 0 AS distance
    UNION
    UNWIND near AS n
    RETURN n, 1 AS distance
    UNION
    UNWIND CASE WHEN $depth > 1 AND size(seeds) + size(near) < $limit THEN seeds ELSE [] END AS s
    WITH s, seeds
    MATCH p = ANY SHORTEST (s)(()-[r:{{RELATION_TYPES}} WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
        AND ($minConfidence = 0 OR coalesce(r.confidence, 0) >= $minConfidence)
        AND (($from IS NULL AND $to IS NULL) OR EXISTS {
          MATCH (ev:Evidence)
          WHERE ev.relId = r.id AND ev.publishedAt IS NOT NULL
            AND ($from IS NULL OR ev.publishedAt >= $from)
            AND ($to IS NULL OR (ev.publishedAt <> '' AND left(ev.publishedAt, size($to)) <= $to))
        })]-(x WHERE $entityTypes IS NULL
        OR any(l IN labels(x) WHERE l IN $entityTypes))){1,3}(n)
    WHERE NOT n IN seeds
    RETURN n, length(p) AS distance
  }
  WITH n, min(distance) AS distance
  WITH n, distance, coalesce(n.degree, 0) AS degree
  ORDER BY distance, degree DESC, n.id
  LIMIT $limit
  RETURN n, distance, degree
}
RETURN g.i AS i, n {.id, .name, .aliases, .wikidataId, .lat, .lon,
  type: [l IN labels(n) WHERE l IN {{ENTITY_TYPES}}][0],
  mentionCount: COUNT { (n)<-[:MENTIONS]-() }, degree: degree} AS node, distance,
  CASE WHEN distance = 0 THEN n {.*, type: [l IN labels(n) WHERE l IN {{ENTITY_TYPES}}][0],
    mentionCount: COUNT { (n)<-[:MENTIONS]-() }} END AS entity
ORDER BY i, distance, degree DESC, n.id
