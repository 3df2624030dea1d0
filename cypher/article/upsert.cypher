// $article holds only the Article's own properties; a null value removes a property that an
// earlier version had (url, publishedAt …).
MERGE (a:Article {id: $article.id})
SET a += $article, a.ingestedAt = $now
WITH a
CALL (a) {
  WITH a WHERE $source IS NOT NULL
  MERGE (s:Source {id: $source.id})
    ON CREATE SET s.name = $source.name
  MERGE (a)-[:PUBLISHED_BY]->(s)
}
RETURN a.id AS id
