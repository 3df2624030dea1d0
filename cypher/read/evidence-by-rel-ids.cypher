// The evidence of many relationships at once: per relationship the most recent first, at most
// $limit each (a relationship stated in a thousand articles must not return a thousand rows).
UNWIND $relIds AS relId
CALL (relId) {
  MATCH (ev:Evidence {relId: relId})
  RETURN ev
  ORDER BY coalesce(ev.publishedAt, '') DESC, ev.confidence DESC, ev.id
  LIMIT $limit
}
RETURN relId, ev {.*} AS evidence
