// One entity's activity per period ($unit: 'day', 'week' (from Monday) or 'month') of article
// publication dates in [$from, $to]: the articles mentioning it, how often they name it (at
// least once each, when the mention was not located), and its relationships and their evidence
// by the date of the stating article. Undated articles and evidence (evidence's publishedAt is ''
// then: migration 056) fall in no period.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
  WHERE a.publishedAt IS NOT NULL
    AND ($from IS NULL OR a.publishedAt >= $from)
    AND ($to IS NULL OR left(a.publishedAt, size($to)) <= $to)
  WITH date.truncate($unit, date(left(a.publishedAt, 10))) AS bucket, a, m
  RETURN bucket, count(a) AS articles,
    sum(CASE WHEN coalesce(m.count, 0) > 0 THEN m.count ELSE 1 END) AS mentions,
    0 AS relationships, 0 AS evidence
  UNION ALL
  MATCH (e)-[r:{{RELATION_TYPES}}]-(:Entity)
  WITH DISTINCT r
  MATCH (ev:Evidence)
  WHERE ev.relId = r.id AND ev.publishedAt > ''
    AND ($from IS NULL OR ev.publishedAt >= $from)
    AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  WITH date.truncate($unit, date(left(ev.publishedAt, 10))) AS bucket, r, ev
  RETURN bucket, 0 AS articles, 0 AS mentions,
    count(DISTINCT r) AS relationships, count(ev) AS evidence
}
WITH bucket, sum(articles) AS articles, sum(mentions) AS mentions,
  sum(relationships) AS relationships, sum(evidence) AS evidence
RETURN toString(bucket) AS bucket, articles, mentions, relationships, evidence
ORDER BY bucket
