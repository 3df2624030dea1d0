SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint
RETURN name, type, entityType, labelsOrTypes, properties, state, owningConstraint
ORDER BY name
