// How many distinct entities read/co-mentions ranks (the connection's totalCount).
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e
  AND ($types IS NULL OR any(l IN labels(other) WHERE l IN $types))
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR left(a.publishedAt, size($to)) <= $to)
RETURN count(DISTINCT other) AS total
