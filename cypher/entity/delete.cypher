// Deletes an entity with whatever still links to it (after a merge moved everything over).
MATCH (e:Entity {id: $id})
DETACH DELETE e
RETURN count(*) AS deleted
