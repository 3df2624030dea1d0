// For each touched relationship id, its aggregates over all remaining evidence. The properties
// come from the most recent evidence: latest publication date (undated last), then latest ingest.
// Cypher cannot turn that JSON string into properties without APOC, so the caller parses it.
UNWIND $relIds AS relId
OPTIONAL MATCH (ev:Evidence {relId: relId})
WITH relId, ev
ORDER BY relId, coalesce(ev.publishedAt, '') DESC, ev.ingestedAt DESC, ev.id DESC
RETURN relId AS id,
       count(ev) AS evidenceCount,
       count(DISTINCT ev.articleId) AS articleCount,
       max(ev.confidence) AS confidence,
       min(ev.publishedAt) AS firstSeen,
       max(ev.publishedAt) AS lastSeen,
       head(collect(ev.properties)) AS properties
