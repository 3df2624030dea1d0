// One page of entities ranked by an aggregate ($by: 'MENTIONS', articles naming the entity, read
// from the degree store; or 'DEGREE', its relationships with other entities: all of its
// relationships less the MENTIONS, as an entity has no other kind, two degree-store lookups
// where the 13 types named cost one per type and direction on a dense node), largest first,
// then by id; optionally of one type. Every candidate's aggregate is computed, so this reads
// every entity (of the type): meant for dashboards, not for hot paths.
MATCH (e:Entity)
WHERE $type IS NULL OR $type IN labels(e)
WITH e, CASE $by
    WHEN 'MENTIONS' THEN COUNT { (e)<-[:MENTIONS]-() }
    ELSE COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } END AS value
WHERE $after IS NULL
  OR value < $after.value
  OR (value = $after.value AND e.id > $after.id)
RETURN e {.*, type: [l IN labels(e) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (e)<-[:MENTIONS]-() }} AS entity, value
ORDER BY value DESC, e.id
LIMIT $limit
