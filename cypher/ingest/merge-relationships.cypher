// One relationship per (type, source, target): MERGE by id between the two entities. Its
// aggregates are set afterwards from all its evidence (apply-relationship-summaries).
// $(row.type) is a dynamic relationship type, checked against RELATION_TYPES by the repository.
UNWIND $relationships AS row
MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
MERGE (s)-[r:$(row.type) {id: row.id}]->(t)
RETURN count(r) AS relationships
