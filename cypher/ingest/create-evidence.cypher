// Evidence of each article of the write. One CREATE with
// the properties in the pattern: created whole, no SET after it, so no Eager between operators
// (with `CREATE … SET ev = row, ev.ingestedAt = …` the plan buffered every row twice). A null
// value (no offsets, no rule, no date) stores no property, as SET did.
// What every row of an article shares comes once per article (its id, date, ingest time and
// usual extractor; the ingest time only for the caller's own bookkeeping), and a row's sentence, when the row says so (`cut`), is cut from the
// article's text (`text`, its prefix up to the last such sentence): most rows of an article quote
// one of a few sentences (src/graph/article-repository.ts, sentArticleEvidence). The stored
// evidence is the same as with every value sent per row.
// Evidence stores no id and no ingest time (migration 056): its id is `<relId>@<articleId>#<n>`,
// of which only `n` is stored, and only when it is not 0 (most evidence is an article's only
// statement of its relationship); its ingest time is its article's. An undated article's
// evidence has publishedAt '' (sorting before every date), so the (relId, publishedAt) index
// holds all evidence and is the only one evidence needs (migration 057 dropped relId's own).
// Reads give the id and a null date back (docs/graph-model.md, "Evidence"). n is stored as an
// integer (a JavaScript number arrives as a float, and toString(1.0) would make the id '…#1.0').
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.evidence AS row
CREATE (ev:Evidence {
  relId: row.relId,
  articleId: article.id,
  n: toInteger(row.n),
  sentence: CASE WHEN row.cut THEN substring(article.text, row.start, row.end - row.start) ELSE row.sentence END,
  start: row.start,
  end: row.end,
  confidence: row.confidence,
  extractor: coalesce(row.extractor, article.extractor),
  rule: row.rule,
  properties: row.properties,
  publishedAt: coalesce(article.publishedAt, '')
})-[:IN_ARTICLE]->(a)
RETURN count(ev) AS evidence
