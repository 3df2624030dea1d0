// The whole graph's activity per period ($unit: 'day', 'week' (from Monday) or 'month') of
// publication dates in [$from, $to]: articles published, their (article, entity) mentions, and
// the relationships stated and their evidence by the date of the stating article. The date
// bounds use the publishedAt range index of Article; evidence is reached from its article
// (IN_ARTICLE), whose publishedAt it carries (no index on Evidence.publishedAt: migration 040).
CALL () {
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
    AND ($from IS NULL OR a.publishedAt >= $from)
    AND ($to IS NULL OR left(a.publishedAt, size($to)) <= $to)
  WITH date.truncate($unit, date(left(a.publishedAt, 10))) AS bucket, a
  RETURN bucket, count(a) AS articles, sum(COUNT { (a)-[:MENTIONS]->() }) AS mentions,
    0 AS relationships, 0 AS evidence
  UNION ALL
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
    AND ($from IS NULL OR a.publishedAt >= $from)
    AND ($to IS NULL OR left(a.publishedAt, size($to)) <= $to)
  MATCH (ev:Evidence)-[:IN_ARTICLE]->(a)
  WITH date.truncate($unit, date(left(a.publishedAt, 10))) AS bucket, ev
  RETURN bucket, 0 AS articles, 0 AS mentions,
    count(DISTINCT ev.relId) AS relationships, count(ev) AS evidence
}
WITH bucket, sum(articles) AS articles, sum(mentions) AS mentions,
  sum(relationships) AS relationships, sum(evidence) AS evidence
RETURN toString(bucket) AS bucket, articles, mentions, relationships, evidence
ORDER BY bucket
