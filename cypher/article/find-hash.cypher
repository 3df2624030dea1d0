MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash
