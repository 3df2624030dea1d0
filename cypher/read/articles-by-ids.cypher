// Articles by id; unknown ids are absent from the result.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.*, sourceId: [(a)-[:PUBLISHED_BY]->(s:Source) | s.id][0]} AS article
