// The relationships an article write touched, in two lists (one row in all).
// - recompute (it lost evidence): its aggregates over all remaining evidence, as
//   summarise-relationships computes them.
// - added (it only gained new evidence, already created): its stored aggregates, which the caller
//   extends with the new evidence, so the cost does not grow with its evidence. The latest new
//   evidence (publication date row.publishedAt, '' when undated; ingested at row.ingestedAt; id
//   row.evidenceId) is the most recent unless the stored latest is dated later, or on the same
//   date another evidence was ingested later (or at the same time with a higher id): `newer` says
//   so. Evidence of the same write sorts before the latest new one by construction, so it never
//   counts as newer.
//   Evidence carries its article's publishedAt and ingestedAt (both written with the article), so
//   for dated evidence the check looks only at the articles of that date ingested at or after it
//   (index article_published_at; normally none) and their evidence (index evidence_article_id);
//   for undated evidence, at the relationship's evidence when all of it is undated.
CALL () {
  UNWIND $recompute AS relId
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
  RETURN collect({
    id: relId,
    evidenceCount: evidenceCount,
    articleCount: articleCount,
    confidence: confidence,
    firstSeen: firstSeen,
    lastSeen: lastSeen,
    properties: properties
  }) AS recomputed
}
CALL () {
  UNWIND $added AS row
  MATCH (:Entity {id: row.sourceId})-[r:$(row.type) {id: row.id}]->(:Entity {id: row.targetId})
  OPTIONAL CALL (row, r) {
    // UNWIND of an empty list, not WHERE: the planner would seek first and filter after.
    UNWIND CASE WHEN row.publishedAt <> '' AND row.publishedAt = r.lastSeen THEN [row.publishedAt] ELSE [] END AS date
    MATCH (a:Article {publishedAt: date})
    WHERE a.ingestedAt >= row.ingestedAt
    CALL (a, row) {
      MATCH (ev:Evidence {articleId: a.id})
      WHERE ev.relId = row.id
        AND (ev.ingestedAt > row.ingestedAt OR (ev.ingestedAt = row.ingestedAt AND ev.id > row.evidenceId))
      RETURN ev
      LIMIT 1
    }
    RETURN true AS newerDated
    LIMIT 1
  }
  OPTIONAL CALL (row, r) {
    UNWIND CASE WHEN row.publishedAt = '' AND r.evidenceCount IS NOT NULL AND r.lastSeen IS NULL THEN [row.id] ELSE [] END AS relId
    MATCH (ev:Evidence {relId: relId})
    WHERE ev.publishedAt IS NULL
      AND (ev.ingestedAt > row.ingestedAt OR (ev.ingestedAt = row.ingestedAt AND ev.id > row.evidenceId))
    RETURN true AS newerUndated
    LIMIT 1
  }
  RETURN collect({
    id: row.id,
    current: properties(r),
    newer: coalesce(newerDated, newerUndated, false)
  }) AS added
}
RETURN recomputed, added
