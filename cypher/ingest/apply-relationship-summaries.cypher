// Relationships left with no evidence are deleted; the others get their recomputed properties
// (SET r = … replaces them all, so a property the latest evidence no longer states is removed;
// the properties carry the target's id, targetId, which read/entity-relationships seeks by).
// Deleted ones are found by id through the per-type id indexes (the typed pattern plans as one
// unique seek per type); the dynamic type and the ends are not needed.
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
CALL () {
  UNWIND $deleted AS id
  MATCH ()-[r:{{RELATION_TYPES}}]->()
  WHERE r.id = id
  DELETE r
  RETURN count(r) AS deleted
}
// Updated ones by their own type's id index only (one branch per type, entered only for the
// row's own type: UNWIND of an empty list for the others), a unique seek forced by USING INDEX
// SEEK. Not by the element id merge-relationships returned (`MATCH ()-[r]->() WHERE elementId(r)
// = …`): planned on an empty graph (a new database's first ingest, or after its articles were
// deleted) that was a scan of every relationship per row, kept until the statistics moved enough
// for a replan (10 s at the least), and without replanning the warm-up's 1,200 articles cost
// 21 → 57 ms per article in this statement alone (docs/benchmarks.md, 2026-12-06 18:00).
CALL () {
  UNWIND $updated AS row
  CALL (row) {
{{#EACH_RELATION_TYPE UNION ALL}}
    UNWIND CASE row.type WHEN '{{TYPE}}' THEN [row.id] ELSE [] END AS id
    MATCH ()-[r:{{TYPE}} {id: id}]->()
    USING INDEX SEEK r:{{TYPE}}(id)
    RETURN r
{{/EACH_RELATION_TYPE}}
  }
  SET r = row.properties
  RETURN count(r) AS updated
}
// The stored degree of each entity in $degreeIds (the ends of the relationships the transaction
// created or deleted: an article's write, a batch of new articles, an entity merge), after the
// deletes above: its relationships of the ontology's types, either direction, recomputed whole
// (all its relationships less its MENTIONS: two degree-store lookups; an entity has no other
// kind). In this statement, not one of its own, so a write sends no more round trips for it.
// read/subgraph-seeded-nodes ranks a neighbourhood's candidates by it; migration 058 set it on
// graphs written before.
CALL () {
  UNWIND $degreeIds AS id
  MATCH (e:Entity {id: id})
  SET e.degree = COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() }
  RETURN count(e) AS refreshed
}
RETURN deleted, updated
