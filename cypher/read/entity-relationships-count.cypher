// Number of relationships of each entity under the same filter as read/entity-relationships.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:{{RELATION_TYPES}}]-(other)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'BOTH'
        OR type(r) IN $symmetric
        OR ($direction = 'OUTGOING' AND startNode(r) = e)
        OR ($direction = 'INCOMING' AND endNode(r) = e))
      AND ($otherTypes IS NULL OR any(l IN labels(other) WHERE l IN $otherTypes))
      AND coalesce(r.confidence, 0.0) >= $minConfidence
      AND (($from IS NULL AND $to IS NULL AND $source IS NULL) OR EXISTS {
        MATCH (ev:Evidence)
        WHERE ev.relId = r.id AND ev.publishedAt IS NOT NULL
          AND ($from IS NULL OR ev.publishedAt >= $from)
          AND ($to IS NULL OR (ev.publishedAt <> '' AND left(ev.publishedAt, size($to)) <= $to))
          AND ($source IS NULL OR EXISTS { MATCH (a:Article {id: ev.articleId}) WHERE a.source = $source })
      })
  RETURN count(DISTINCT r) AS total
}
RETURN id AS entityId, total
