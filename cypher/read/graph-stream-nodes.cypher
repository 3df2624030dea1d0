// One batch of every entity, by id after the keyset $after ('' for the first batch): the
// entity_id index hands the rows over in id order, so each batch is a seek, not a sort.
MATCH (n:Entity)
WHERE n.id > $after
  AND ($entityTypes IS NULL OR any(l IN labels(n) WHERE l IN $entityTypes))
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n {.id, .name, .aliases, .wikidataId, .lat, .lon,
  type: [l IN labels(n) WHERE l IN {{ENTITY_TYPES}}][0],
  mentionCount: COUNT { (n)<-[:MENTIONS]-() }, degree: COUNT { (n)-[:{{RELATION_TYPES}}]-() }} AS node
