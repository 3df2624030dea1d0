// Canonical name and aliases of one entity, as the caller computed them from its locked read.
MATCH (e:Entity {id: $id})
SET e.name = $name, e.aliases = $aliases, e.updatedAt = $now
RETURN e.id AS id
