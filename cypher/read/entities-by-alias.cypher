// Candidates for an exact-name lookup by alias: a phrase query on the full-text index (folded,
// case-insensitive), narrowed by type; the caller keeps the ones whose name or alias equals the
// requested name after normalisation.
CALL db.index.fulltext.queryNodes($index, $query, {limit: 50}) YIELD node AS e, score
WHERE $types IS NULL OR any(l IN labels(e) WHERE l IN $types)
RETURN e {.*, type: [l IN labels(e) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (e)<-[:MENTIONS]-() }} AS entity, score
ORDER BY score DESC, e.id
