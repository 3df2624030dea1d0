// Relationships by id. The id names its type and ends (relationshipId()), so the lookup starts
// from the source entity's unique index instead of scanning relationships of every type.
UNWIND $keys AS key
MATCH (:Entity {id: key.sourceId})-[r:{{RELATION_TYPES}}]->(:Entity {id: key.targetId})
WHERE r.id = key.id
RETURN r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id} AS relationship
