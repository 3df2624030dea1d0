// One page of full-text search results, and how many entities match in all (`total`, the
// connection's totalCount: the page is sorted from all of them anyway, so counting them costs no
// further reads; read/search-entities-count counts alone when a cursor left no row to carry it).
// The index (analyzer standard-folding) drops English stop words, so an alias that is one ("IS")
// is not in it: when the text holds a stop word ($scan), entities whose name or an alias equals
// the text (case-insensitive) are added by a label scan.
// Exact matches (name or alias equal to the text) rank first, then by score, then by id, so the
// keyset (exact, score, id) is total.
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e, score
  RETURN e, score
  UNION
  WITH 1 AS only
  WHERE $scan
  MATCH (e:Entity)
  WHERE toLower(e.name) = $lower OR any(alias IN e.aliases WHERE toLower(alias) = $lower)
  RETURN e, 0.0 AS score
}
WITH e, max(score) AS score
WHERE $types IS NULL OR any(l IN labels(e) WHERE l IN $types)
WITH collect({e: e, score: score}) AS matches
UNWIND matches AS m
WITH m.e AS e, m.score AS score, size(matches) AS total
WITH e, score, total,
  toLower(e.name) = $lower OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = $lower) AS exact
WHERE $after IS NULL
  OR (NOT exact AND coalesce($after.exact, false))
  OR (exact = coalesce($after.exact, false)
    AND (score < $after.score OR (score = $after.score AND e.id > $after.id)))
RETURN e {.*, type: [l IN labels(e) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (e)<-[:MENTIONS]-() }} AS entity, score, exact, total
ORDER BY exact DESC, score DESC, e.id
LIMIT $limit
