// How many entities read/top-entities ranks (of one type, or all).
MATCH (e:Entity)
WHERE $type IS NULL OR $type IN labels(e)
RETURN count(e) AS total
