// How many entities read/search-entities finds, for the connection's totalCount when no row of a
// page carries it (a cursor past the last match): index matches plus, when the text holds a stop
// word ($scan), exact name or alias matches.
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e
  RETURN e
  UNION
  WITH 1 AS only
  WHERE $scan
  MATCH (e:Entity)
  WHERE toLower(e.name) = $lower OR any(alias IN e.aliases WHERE toLower(alias) = $lower)
  RETURN e
}
WITH DISTINCT e
WHERE $types IS NULL OR any(l IN labels(e) WHERE l IN $types)
RETURN count(e) AS total
