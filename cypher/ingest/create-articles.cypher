// New articles of a batch, each with its own ingest time. CREATE, not MERGE: the batch holds only
// articles that were not in the graph when their hashes were read, and the article_id constraint
// fails the whole batch if one appeared since (the caller then writes them one by one).
UNWIND $articles AS row
CREATE (a:Article)
SET a = row.article, a.ingestedAt = row.ingestedAt
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.source IS NOT NULL
  MERGE (s:Source {id: row.source.id})
    ON CREATE SET s.name = row.source.name
  CREATE (a)-[:PUBLISHED_BY]->(s)
}
RETURN count(a) AS articles
