// New articles of a batch, each with its own ingest time. CREATE, not MERGE: the batch holds only
// articles that were not in the graph when their hashes were read, and the article_id constraint
// fails the whole batch if one appeared since (the caller then writes them one by one).
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
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
