// Evidence of each article of the write, stamped with that article's ingest time. One CREATE with
// the properties in the pattern: created whole, no SET after it, so no Eager between operators
// (with `CREATE … SET ev = row, ev.ingestedAt = …` the plan buffered every row twice). A null
// value (no offsets, no rule, no date) stores no property, as SET did.
// What every row of an article shares comes once per article (its id, date, ingest time and
// usual extractor), and a row's sentence, when the row says so (`cut`), is cut from the
// article's text (`text`, its prefix up to the last such sentence): most rows of an article quote
// one of a few sentences (src/graph/article-repository.ts, sentArticleEvidence). The stored
// evidence is the same as with every value sent per row.
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.evidence AS row
CREATE (ev:Evidence {
  id: row.id,
  relId: row.relId,
  articleId: article.id,
  sentence: CASE WHEN row.cut THEN substring(article.text, row.start, row.end - row.start) ELSE row.sentence END,
  start: row.start,
  end: row.end,
  confidence: row.confidence,
  extractor: coalesce(row.extractor, article.extractor),
  rule: row.rule,
  properties: row.properties,
  publishedAt: article.publishedAt,
  ingestedAt: article.ingestedAt
})-[:IN_ARTICLE]->(a)
RETURN count(ev) AS evidence
