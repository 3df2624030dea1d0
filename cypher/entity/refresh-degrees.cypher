// The stored degree of each entity in $ids: its relationships of the ontology's types, either
// direction, recomputed whole (all its relationships less its MENTIONS: two degree-store lookups;
// an entity has no other kind). Every write that creates or deletes a relationship sends the ids of
// its ends once per transaction (an article's write, a batch of new articles, an entity merge), so
// the property always equals the count; read/subgraph-seeded-nodes ranks a neighbourhood's
// candidates by it (one property read each, where the count cost two lookups per candidate).
// Migration 058 sets it on graphs written before.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.degree = COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() }
