// Who contributes what to a mission: every entity of $types that PROVIDES an asset ASSIGNED_TO
// the mission, with those assets and the PROVIDES relationships (whose `quantity` is the latest
// stated), plus the entities of $types that PARTICIPATES_IN the mission without any such asset.
// Ranked by the sum of known quantities, then id.
MATCH (m:Mission {id: $id})
CALL (m) {
  MATCH (c:Entity)-[p:PROVIDES]->(a:Asset)-[:ASSIGNED_TO]->(m)
  WHERE any(l IN labels(c) WHERE l IN $types)
  RETURN c, {
      asset: a {.*, type: 'Asset', mentionCount: COUNT { (a)<-[:MENTIONS]-() }},
      relationship: p {.*, type: 'PROVIDES', sourceId: c.id, targetId: a.id}
    } AS item, p.quantity AS quantity
  UNION
  MATCH (c:Entity)-[:PARTICIPATES_IN]->(m)
  WHERE any(l IN labels(c) WHERE l IN $types)
  RETURN c, null AS item, null AS quantity
}
WITH m, c, collect(item) AS assets, sum(coalesce(quantity, 0)) AS quantity
RETURN c {.*, type: [l IN labels(c) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (c)<-[:MENTIONS]-() }} AS contributor,
  EXISTS { (c)-[:PARTICIPATES_IN]->(m) } AS participates,
  quantity,
  assets
ORDER BY quantity DESC, c.id
