// For many entities at once, one page each of the articles that mention them, newest first.
// Each key carries its own cursor and its position `i` in the batch (an entity may be asked for
// twice with different cursors); the page size is shared, so LIMIT stays a parameter.
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
  MATCH (a:Article)-[:MENTIONS]->(e)
  WITH a, coalesce(a.publishedAt, '') AS publishedAt
  WHERE key.after IS NULL
    OR publishedAt < key.after.publishedAt
    OR (publishedAt = key.after.publishedAt AND a.id < key.after.id)
  RETURN a, publishedAt
  ORDER BY publishedAt DESC, a.id DESC
  LIMIT $limit
}
RETURN key.i AS i, a {.*, sourceId: [(a)-[:PUBLISHED_BY]->(s:Source) | s.id][0]} AS article, publishedAt
