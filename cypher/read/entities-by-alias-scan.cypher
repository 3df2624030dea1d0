// Exact-name candidates for names the full-text index cannot see (only stop words, such as "IS"
// for ISIS): a label scan comparing aliases case-insensitively. Used only as that fallback.
MATCH (e:Entity)
WHERE ($types IS NULL OR any(l IN labels(e) WHERE l IN $types))
  AND any(alias IN e.aliases WHERE toLower(alias) = $lower)
RETURN e {.*, type: [l IN labels(e) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (e)<-[:MENTIONS]-() }} AS entity
LIMIT 50
