MATCH (a:Article {id: $articleId})
UNWIND $evidence AS row
CREATE (ev:Evidence)
SET ev = row, ev.ingestedAt = $now
CREATE (ev)-[:IN_ARTICLE]->(a)
RETURN count(ev) AS evidence
