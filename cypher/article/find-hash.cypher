// Stored content hashes of the given article ids, one statement for a whole batch; ids not in the
// graph are absent.
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash
