// Number of articles mentioning each entity (only articles MENTION, so the degree store answers).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id AS entityId, COUNT { (e)<-[:MENTIONS]-() } AS total
