UNWIND $ids AS id
MATCH (ev:Evidence {id: id})
DETACH DELETE ev
RETURN count(*) AS deleted
