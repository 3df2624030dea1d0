MATCH (a:Article {id: $id})
DETACH DELETE a
RETURN count(*) AS deleted
