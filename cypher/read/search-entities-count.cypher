// How many entities a full-text search finds (the connection's totalCount).
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e
WHERE $types IS NULL OR any(l IN labels(e) WHERE l IN $types)
RETURN count(e) AS total
