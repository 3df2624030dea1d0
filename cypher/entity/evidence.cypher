// The evidence of some relationships, through the (relId, publishedAt) index that holds all
// evidence (undated evidence has publishedAt '': migration 056). An evidence id is
// `<relId>@<articleId>#<n>`, only n stored (when not 0), unless kept whole from before 056.
UNWIND $relIds AS relId
MATCH (ev:Evidence)
  USING INDEX SEEK ev:Evidence(relId, publishedAt)
WHERE ev.relId = relId AND ev.publishedAt IS NOT NULL
RETURN {{EVIDENCE_ID}} AS id,
  ev.relId AS relId, ev.articleId AS articleId
