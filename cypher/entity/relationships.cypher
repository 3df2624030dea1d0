// Every entity-to-entity relationship of one entity, either direction (MENTIONS come from
// articles, so `(o:Entity)` leaves them out). A self-loop matches twice; DISTINCT keeps one.
MATCH (e:Entity {id: $id})-[r]-(:Entity)
RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId
