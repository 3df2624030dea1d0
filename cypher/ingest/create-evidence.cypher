// Evidence of each article of the write. One CREATE with the properties in the pattern: created
// whole, no SET after it, so no Eager between operators (with `CREATE … SET ev = row, …` the plan
// buffered every row twice). A null value (no offsets, no rule, no date) stores no property, as
// SET did.
// Each article's rows come as one list per field (row k is entry k of each; a map per row repeated
// its keys in every row, which the driver encoded and Neo4j decoded), a row's relId as its
// position in $relIds (an article's rows name a few relationships many times), and what every row
// of an article shares once per article (its id, date and usual extractor `extractor`; a row's own
// only when it differs). A row whose sentence is not sent (null) but located (start, end) has it
// cut from the article's text, read from its node (title and body, written earlier in this
// transaction; $separator is TITLE_SEPARATOR, src/domain/article.ts): most rows of an article quote
// one of a few sentences (src/graph/article-repository.ts, sentArticleEvidence). The stored
// evidence is the same as with every value sent per row.
// Evidence stores no id and no ingest time (migration 056): its id is `<relId>@<articleId>#<n>`,
// of which only `n` is stored, and only when it is not 0 (most evidence is an article's only
// statement of its relationship); its ingest time is its article's. An undated article's
// evidence has publishedAt '' (sorting before every date), so the (relId, publishedAt) index
// holds all evidence and is the only one evidence needs (migration 057 dropped relId's own).
// Reads give the id and a null date back (docs/graph-model.md, "Evidence"). n is stored as an
// integer (a JavaScript number arrives as a float, and toString(1.0) would make the id '…#1.0').
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
WITH article, a, CASE WHEN article.cut THEN a.title + $separator + a.body END AS text
UNWIND range(0, size(article.rel) - 1) AS k
WITH article, a, text, k, article.start[k] AS start, article.end[k] AS end
CREATE (ev:Evidence {
  relId: $relIds[toInteger(article.rel[k])],
  articleId: article.id,
  n: toInteger(article.n[k]),
  sentence: CASE WHEN article.sentence[k] IS NULL AND start IS NOT NULL THEN substring(text, start, end - start) ELSE article.sentence[k] END,
  start: start,
  end: end,
  confidence: article.confidence[k],
  extractor: coalesce(article.rowExtractor[k], article.extractor),
  rule: article.rule[k],
  properties: article.properties[k],
  publishedAt: coalesce(article.publishedAt, '')
})-[:IN_ARTICLE]->(a)
RETURN count(ev) AS evidence
