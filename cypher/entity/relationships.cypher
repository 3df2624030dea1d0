// Every entity-to-entity relationship of one entity, either direction. The pattern names the
// ontology's types, so a hub's MENTIONS are not expanded. A self-loop matches twice; DISTINCT
// keeps one.
MATCH (e:Entity {id: $id})-[r:{{RELATION_TYPES}}]-(:Entity)
RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId
