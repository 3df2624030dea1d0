// One page of full-text search results, best first; ties broken by id so the keyset is total.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e, score
WHERE ($types IS NULL OR any(l IN labels(e) WHERE l IN $types))
  AND ($after IS NULL OR score < $after.score OR (score = $after.score AND e.id > $after.id))
RETURN e {.*, type: [l IN labels(e) WHERE l IN ['Person', 'Organisation', 'Country', 'Location', 'Mission', 'Asset', 'Event']][0], mentionCount: COUNT { (e)<-[:MENTIONS]-() }} AS entity, score
ORDER BY score DESC, e.id
LIMIT $limit
