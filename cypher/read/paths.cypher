// The shortest paths between two entities over relationships of $types, either direction, and
// both ends themselves (null when there is no entity with that id), so one statement tells an
// unknown entity from one that no path reaches. The pattern names the ontology's types, so the
// search never expands a hub's MENTIONS edges. ALL SHORTEST searches breadth-first and stops at
// the shortest length. The quantifier's upper bound is the API's ceiling (6):
// src/graph/read/hops.ts narrows it to the maxHops asked, so two entities that are not connected
// cost a search of that many hops, not six.
// A dense graph can have very many shortest paths: at most $scan are read, and of those the
// first $first by the ids of their nodes, so the answer is stable for a given graph.
// Always one row.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND $first > 0
  MATCH p = ALL SHORTEST (a)-[rs:{{RELATION_TYPES}} WHERE type(rs) IN $types]-{1,6}(b)
  WITH p
  LIMIT $scan
  WITH p, [n IN nodes(p) | n.id] AS ids
  ORDER BY ids
  LIMIT $first
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*,
      type: [l IN labels(n) WHERE l IN {{ENTITY_TYPES}}][0],
      mentionCount: COUNT { (n)<-[:MENTIONS]-() }}],
    relationships: [r IN relationships(p) | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id}]
  }) AS paths
}
RETURN paths,
  CASE WHEN a IS NULL THEN null ELSE a {.*, type: [l IN labels(a) WHERE l IN {{ENTITY_TYPES}}][0],
    mentionCount: COUNT { (a)<-[:MENTIONS]-() }} END AS fromEntity,
  CASE WHEN b IS NULL THEN null ELSE b {.*, type: [l IN labels(b) WHERE l IN {{ENTITY_TYPES}}][0],
    mentionCount: COUNT { (b)<-[:MENTIONS]-() }} END AS toEntity
