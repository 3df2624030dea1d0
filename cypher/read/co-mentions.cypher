// One page of the entities named in the same articles as entity $id, ranked by the number of
// articles they share with it, then by id (so the keyset is total). Only articles published in
// [$from, $to] count when a bound is given. Undated articles never match a date bound.
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e
  AND ($types IS NULL OR any(l IN labels(other) WHERE l IN $types))
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR left(a.publishedAt, size($to)) <= $to)
WITH other, count(DISTINCT a) AS shared
WHERE $after IS NULL
  OR shared < $after.shared
  OR (shared = $after.shared AND other.id > $after.id)
RETURN other {.*, type: [l IN labels(other) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (other)<-[:MENTIONS]-() }} AS entity, shared
ORDER BY shared DESC, other.id
LIMIT $limit
