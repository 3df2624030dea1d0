// Entities by id; unknown ids are absent from the result. The type is the entity's one ontology
// label; only articles MENTION entities, so the untyped degree count (from the degree store, no
// expansion) is the number of articles mentioning it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, type: [l IN labels(e) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (e)<-[:MENTIONS]-() }} AS entity
