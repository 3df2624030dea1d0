// Another entity that a new canonical name would collide with: the one whose id that name
// would make (a later ingest of the name meets it), the one that id redirects to (a merged
// entity had that name: ingest writes it to the kept entity), or one of the same type already so named.
// $type is checked against ENTITY_TYPES by the caller.
CALL () {
  MATCH (o:Entity {id: $nameId})
  WHERE o.id <> $id
  RETURN o.id AS otherId, o.name AS otherName
  UNION
  MATCH (r:EntityRedirect {id: $nameId})
  WHERE r.to <> $id
  OPTIONAL MATCH (o:Entity {id: r.to})
  RETURN r.to AS otherId, coalesce(o.name, r.to) AS otherName
  UNION
  MATCH (o:Entity {name: $name})
  WHERE o.id <> $id AND $type IN labels(o)
  RETURN o.id AS otherId, o.name AS otherName
}
RETURN otherId, otherName
LIMIT 1
