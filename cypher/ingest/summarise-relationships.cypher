// For each touched relationship id, its aggregates over all remaining evidence. The properties
// come from the most recent evidence: latest publication date (undated last), then latest ingest,
// then highest id. Per relationship (not one global ORDER BY over every row): aggregates in one
// pass, and the latest evidence by a top-1 (ORDER BY … LIMIT 1) over that relationship only.
// Cypher cannot turn that JSON string into properties without APOC, so the caller parses it.
// Evidence is found through the (relId, publishedAt) index, which holds all of it (undated
// evidence has publishedAt '', which sorts last here and is no date for firstSeen/lastSeen); its
// ingest time is its article's, and its id `<relId>@<articleId>#<n>` (migration 056).
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
UNWIND $relIds AS relId
CALL (relId) {
  OPTIONAL MATCH (ev:Evidence)
    USING INDEX SEEK ev:Evidence(relId, publishedAt)
  WHERE ev.relId = relId AND ev.publishedAt IS NOT NULL
  WITH ev, CASE WHEN ev.publishedAt <> '' THEN ev.publishedAt END AS date
  RETURN count(ev) AS evidenceCount,
         count(DISTINCT ev.articleId) AS articleCount,
         max(ev.confidence) AS confidence,
         min(date) AS firstSeen,
         max(date) AS lastSeen
}
CALL (relId) {
  OPTIONAL MATCH (ev:Evidence)-[:IN_ARTICLE]->(a)
    USING INDEX SEEK ev:Evidence(relId, publishedAt)
  WHERE ev.relId = relId AND ev.publishedAt IS NOT NULL
  WITH ev
  ORDER BY ev.publishedAt DESC, a.ingestedAt DESC,
    {{EVIDENCE_ID}} DESC
  LIMIT 1
  RETURN ev.properties AS properties
}
RETURN relId AS id, evidenceCount, articleCount, confidence, firstSeen, lastSeen, properties
