// Evidence of each article of the write, stamped with that article's ingest time. One CREATE with
// the properties in the pattern: created whole, no SET after it, so no Eager between operators
// (with `CREATE … SET ev = row, ev.ingestedAt = …` the plan buffered every row twice). A null
// value (no offsets, no rule, no date) stores no property, as SET did.
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.evidence AS row
CREATE (ev:Evidence {
  id: row.id,
  relId: row.relId,
  articleId: row.articleId,
  sentence: row.sentence,
  start: row.start,
  end: row.end,
  confidence: row.confidence,
  extractor: row.extractor,
  rule: row.rule,
  properties: row.properties,
  publishedAt: row.publishedAt,
  ingestedAt: article.ingestedAt
})-[:IN_ARTICLE]->(a)
RETURN count(ev) AS evidence
