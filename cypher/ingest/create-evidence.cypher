// Evidence of each article of the write, stamped with that article's ingest time.
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.evidence AS row
CREATE (ev:Evidence)
SET ev = row, ev.ingestedAt = article.ingestedAt
CREATE (ev)-[:IN_ARTICLE]->(a)
RETURN count(ev) AS evidence
