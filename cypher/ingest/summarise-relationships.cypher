// For each touched relationship id, its aggregates over all remaining evidence. The properties
// come from the most recent evidence: latest publication date (undated last), then latest ingest,
// then highest id. Per relationship (not one global ORDER BY over every row): aggregates in one
// pass, and the latest evidence by a top-1 (ORDER BY … LIMIT 1) over that relationship only.
// Cypher cannot turn that JSON string into properties without APOC, so the caller parses it.
UNWIND $relIds AS relId
CALL (relId) {
  OPTIONAL MATCH (ev:Evidence {relId: relId})
  RETURN count(ev) AS evidenceCount,
         count(DISTINCT ev.articleId) AS articleCount,
         max(ev.confidence) AS confidence,
         min(ev.publishedAt) AS firstSeen,
         max(ev.publishedAt) AS lastSeen
}
CALL (relId) {
  OPTIONAL MATCH (ev:Evidence {relId: relId})
  WITH ev
  ORDER BY coalesce(ev.publishedAt, '') DESC, ev.ingestedAt DESC, ev.id DESC
  LIMIT 1
  RETURN ev.properties AS properties
}
RETURN relId AS id, evidenceCount, articleCount, confidence, firstSeen, lastSeen, properties
