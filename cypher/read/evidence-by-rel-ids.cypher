// The evidence of many relationships at once: per relationship the most recent first (then the
// most confident, then by id), at most $limit each. A relationship stated in a thousand articles
// must not read a thousand rows: dated evidence comes from an ordered seek of the composite index
// (relId, publishedAt) (schema/036), which stops after $limit rows and the ties of the last one
// (PartialTop). Undated evidence sorts last; it is read only when fewer than $limit are dated
// (the UNWIND of an empty list skips the seek), and then all of that relationship's evidence is
// scanned through the relId index, as the composite index holds no node without a date.
UNWIND $relIds AS relId
CALL (relId) {
  MATCH (ev:Evidence)
    USING INDEX SEEK ev:Evidence(relId, publishedAt)
  WHERE ev.relId = relId AND ev.publishedAt IS NOT NULL
  WITH ev
  ORDER BY ev.relId DESC, ev.publishedAt DESC, ev.confidence DESC, ev.id
  LIMIT $limit
  RETURN collect(ev) AS dated
}
CALL (relId, dated) {
  UNWIND CASE WHEN size(dated) < $limit THEN [relId] ELSE [] END AS undatedRelId
  MATCH (ev:Evidence {relId: undatedRelId})
    USING INDEX SEEK ev:Evidence(relId)
  WHERE ev.publishedAt IS NULL
  WITH ev
  ORDER BY ev.confidence DESC, ev.id
  LIMIT $limit
  RETURN collect(ev) AS undated
}
UNWIND (dated + undated)[..$limit] AS ev
RETURN relId, ev {.id, .relId, .articleId, .sentence, .start, .end, .confidence, .extractor, .rule,
  .properties, .publishedAt} AS evidence
