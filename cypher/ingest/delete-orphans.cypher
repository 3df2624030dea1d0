// Entities left with no relationship of any kind (no mention, no relation) and sources that
// publish no article are removed. Only the candidates the caller names are looked at.
CALL () {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id})
  WHERE NOT EXISTS { (e)--() }
  DELETE e
  RETURN count(e) AS entities
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  WHERE NOT EXISTS { (s)--() }
  DELETE s
  RETURN count(s) AS sources
}
RETURN entities, sources
