// Entities left with no relationship of any kind (no mention, no relation) and sources that
// publish no article are removed. Only the candidates the caller names are looked at.
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
CALL () {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id})
  WHERE NOT EXISTS { (e)--() }
  DELETE e
  RETURN count(e) AS entities
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  WHERE NOT EXISTS { (s)--() }
  DELETE s
  RETURN count(s) AS sources
}
RETURN entities, sources
