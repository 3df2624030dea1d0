// The entities each article mentions, in order of first appearance in the article's text.
UNWIND $ids AS id
MATCH (a:Article {id: id})-[m:MENTIONS]->(e:Entity)
RETURN id AS articleId, m {.*} AS mention, e {.*, type: [l IN labels(e) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (e)<-[:MENTIONS]-() }} AS entity
ORDER BY articleId, coalesce(m.starts[0], 0), e.id
