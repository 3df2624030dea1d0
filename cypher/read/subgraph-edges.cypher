// For each group of entities, the relationships among them that pass the relationship filter
// (the edges of subgraphs whose nodes are already chosen), each found once, in id order.
// A relationship among the group can be found from either end, and a neighbourhood's
// best-connected entities are the ones whose relationships grow with the archive, in one direction
// per type: a country PROVIDES many units and is REPRESENTED by many people, but few of those are
// in the group. So per type the direction whose ends in the group hold fewer relationships of that
// type is expanded (each member's degree per type and direction comes from the degree store: 26
// lookups per member), from the members that have any: the work is bounded by the group and by
// the smaller side of each type, not by the largest member's degree (at the bench's 20,000
// articles 913 relationships expanded for 797 edges, against 9,963 expanded outgoing from every
// member). Each expansion's other end is checked by node identity against the members (no
// property read per relationship expanded). The ontology's types join entities only, so the end
// needs no label check; $relationTypes is null for every type (a type outside it is expanded in
// neither direction) and a zero $minConfidence reads no confidence.
UNWIND $groups AS g
CALL (g) {
  UNWIND g.ids AS id
  MATCH (x:Entity {id: id})
  WITH x, [
{{#EACH_RELATION_TYPE ,}}
    [COUNT { (x)-[:{{TYPE}}]->() }, COUNT { (x)<-[:{{TYPE}}]-() }]
{{/EACH_RELATION_TYPE}}
  ] AS degrees
  RETURN collect(x) AS members, collect(degrees) AS degrees
}
// Per type (in id order, as the degrees): true to expand outgoing from the members, false
// incoming, null for neither (a type not asked for, or with no relationship at one end).
WITH g, members, degrees, [k IN range(0, size(degrees[0]) - 1) |
  CASE WHEN $relationTypes IS NOT NULL AND NOT [
{{#EACH_RELATION_TYPE ,}}
    '{{TYPE}}'
{{/EACH_RELATION_TYPE}}
  ][k] IN $relationTypes THEN null
  ELSE reduce(s = 0, d IN degrees | s + d[k][0]) <= reduce(s = 0, d IN degrees | s + d[k][1]) END] AS outward
CALL (members, degrees, outward) {
{{#EACH_RELATION_TYPE UNION ALL}}
  UNWIND CASE WHEN outward[{{INDEX}}] THEN range(0, size(members) - 1) ELSE [] END AS k
  WITH members, members[k] AS a, degrees[k][{{INDEX}}][0] AS degree
  WHERE degree > 0
  MATCH (a)-[r:{{TYPE}}]->(b)
  WHERE b IN members
  RETURN a, r, b
UNION ALL
  UNWIND CASE WHEN NOT outward[{{INDEX}}] THEN range(0, size(members) - 1) ELSE [] END AS k
  WITH members, members[k] AS b, degrees[k][{{INDEX}}][1] AS degree
  WHERE degree > 0
  MATCH (a)-[r:{{TYPE}}]->(b)
  WHERE a IN members
  RETURN a, r, b
{{/EACH_RELATION_TYPE}}
}
WITH g, a, r, b
WHERE ($minConfidence = 0 OR coalesce(r.confidence, 0) >= $minConfidence)
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (ev:Evidence)
    WHERE ev.relId = r.id AND ev.publishedAt IS NOT NULL
      AND ($from IS NULL OR ev.publishedAt >= $from)
      AND ($to IS NULL OR (ev.publishedAt <> '' AND left(ev.publishedAt, size($to)) <= $to))
  })
// LEAN (a GraphQL selection that asks of each edge only its id, type and ends): its id alone,
// not the relationship's dozen properties, which Neo4j reads, encodes and the server decodes per
// edge (the part of a neighbourhood that grows with the archive). The id names the type and both
// ends (`TYPE:source->target`, relationshipId(): every write path stores it so, symmetric types
// with their ends sorted as stored), so the server reads them from it: one property read per edge
// instead of four (its id, type and both ends' ids), and half the bytes.
{{#IF LEAN}}
RETURN g.i AS i, r.id AS id
ORDER BY i, id
{{/IF LEAN}}
{{#UNLESS LEAN}}
RETURN g.i AS i, r {.*, type: type(r), sourceId: a.id, targetId: b.id} AS relationship
ORDER BY i, r.id
{{/UNLESS LEAN}}
