// For many pairs of entities at once, the articles that mention both, newest first, at most
// $limit per pair, within the same date bounds as read/co-mentions. Each key carries its
// position `i` in the batch.
UNWIND $keys AS key
MATCH (e:Entity {id: key.id}), (other:Entity {id: key.otherId})
CALL (e, other) {
  MATCH (e)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other)
  WHERE ($from IS NULL OR a.publishedAt >= $from)
    AND ($to IS NULL OR left(a.publishedAt, size($to)) <= $to)
  RETURN a
  ORDER BY coalesce(a.publishedAt, '') DESC, a.id DESC
  LIMIT $limit
}
RETURN key.i AS i, a {.*, sourceId: [(a)-[:PUBLISHED_BY]->(s:Source) | s.id][0]} AS article
