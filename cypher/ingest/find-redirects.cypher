// The redirects of the entity ids an article names (a merged entity leads to the kept one), read
// just before the article's write transaction. Ids without a redirect are absent.
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
UNWIND $entityIds AS id
MATCH (r:EntityRedirect {id: id})
RETURN r.id AS id, r.to AS to
