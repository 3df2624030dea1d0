// The evidence of many relationships at once: per relationship the most recent first (then the
// most confident, then by id), at most $limit each. A relationship stated in a thousand articles
// must not read a thousand rows: evidence comes from an ordered seek of the composite index
// (relId, publishedAt) (schema/036), which stops after $limit rows and the ties of the last one
// (PartialTop). Undated evidence has publishedAt '' (migration 056), so the index holds it too and
// it sorts after every date, as it should; it is read back as null. An evidence id is
// `<relId>@<articleId>#<n>`, of which only n is stored, and only when not 0 (an id of another
// form kept from before migration 056 is stored whole).
UNWIND $relIds AS relId
CALL (relId) {
  MATCH (ev:Evidence)
    USING INDEX SEEK ev:Evidence(relId, publishedAt)
  WHERE ev.relId = relId AND ev.publishedAt IS NOT NULL
  WITH ev, {{EVIDENCE_ID}} AS id
  ORDER BY ev.relId DESC, ev.publishedAt DESC, ev.confidence DESC, id
  LIMIT $limit
  RETURN ev, id
}
RETURN relId, ev {id, .relId, .articleId, .sentence, .start, .end, .confidence, .extractor, .rule,
  .properties, publishedAt: CASE WHEN ev.publishedAt <> '' THEN ev.publishedAt END} AS evidence
