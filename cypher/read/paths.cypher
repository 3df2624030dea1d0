// The shortest paths between two entities over relationships of $types, either direction, and
// both ends themselves (null when there is no entity with that id), so one statement tells an
// unknown entity from one that no path reaches. The patterns name the ontology's types, so the
// search never expands a hub's MENTIONS edges.
//
// Three hops, met in the middle: when both ends have few relationships (at most $meetDegree),
// neither is the other's neighbour and they share none, a path of three hops is one relationship
// between a neighbour x of `a` and a neighbour y of `b`. Those are looked up pair by pair, per
// type, between the two bound nodes (Expand(Into), which walks the relationships of that type of
// whichever of the two has fewer), instead of expanding x or y: the middle of such a path is
// often a hub (a person → their country → a mission → its place), and a breadth-first search
// expands all of its relationships to find one. It is done only when it is the cheaper:
// $meetPairCost db hits per type asked and (x, y) pair, against the relationships of the xs or
// of the ys, whichever are fewer, which a breadth-first search would expand (degrees from the
// degree store: all relationships less MENTIONS); src/graph/read/paths.ts sets both bounds. A
// $meetDegree of 0 never meets, a $meetPairCost of 0 always does when the ends allow it (the
// tests compare the two). When it finds paths they are all the shortest (none of one or two hops
// exists); when it finds none and $maxHops allows more, or when it is not done, the general
// search below runs.
//
// The general search: ALL SHORTEST searches breadth-first and stops at the shortest length. The
// quantifier's upper bound is the API's ceiling (6): src/graph/read/hops.ts narrows it to the
// maxHops asked ($maxHops is the same number), so two entities that are not connected cost a
// search of that many hops, not six.
// A dense graph can have very many shortest paths: at most $scan are read, and of those the
// first $first by the ids of their nodes, so the answer is stable for a given graph.
// Always one row.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND $first > 0 AND $maxHops >= 3
    AND COUNT { (a)--() } - COUNT { (a)<-[:MENTIONS]-() } <= $meetDegree
    AND COUNT { (b)--() } - COUNT { (b)<-[:MENTIONS]-() } <= $meetDegree
  CALL (a) {
    OPTIONAL MATCH (a)-[r:{{RELATION_TYPES}}]-(x)
    WHERE type(r) IN $types AND x <> a
    RETURN collect({r: r, x: x}) AS fromA, collect(DISTINCT x) AS xs
  }
  CALL (b) {
    OPTIONAL MATCH (b)-[r:{{RELATION_TYPES}}]-(y)
    WHERE type(r) IN $types AND y <> b
    RETURN collect({r: r, y: y}) AS fromB, collect(DISTINCT y) AS ys
  }
  WITH a, b, fromA, fromB, xs, ys
  WHERE size(xs) > 0 AND size(ys) > 0 AND NOT b IN xs AND none(x IN xs WHERE x IN ys)
    AND $meetPairCost * size($types) * size(xs) * size(ys) <= reduce(s = 0, x IN xs | s + COUNT { (x)--() } - COUNT { (x)<-[:MENTIONS]-() })
    AND $meetPairCost * size($types) * size(xs) * size(ys) <= reduce(s = 0, y IN ys | s + COUNT { (y)--() } - COUNT { (y)<-[:MENTIONS]-() })
  CALL (xs, ys) {
    UNWIND xs AS x
    UNWIND ys AS y
    CALL (x, y) {
{{#EACH_RELATION_TYPE UNION ALL}}
      MATCH (x)-[r:{{TYPE}}]-(y) WHERE '{{TYPE}}' IN $types RETURN r
{{/EACH_RELATION_TYPE}}
    }
    RETURN collect({x: x, y: y, r: r}) AS middles
  }
  RETURN size(middles) > 0 OR $maxHops = 3 AS decided,
    [m IN middles | [ea IN fromA WHERE ea.x = m.x | [eb IN fromB WHERE eb.y = m.y |
      {nodes: [a, m.x, m.y, b], relationships: [ea.r, m.r, eb.r]}]]] AS met
}
CALL (a, b, decided, met) {
  CALL (a, b, decided, met) {
    UNWIND coalesce(met, []) AS byX
    UNWIND byX AS byY
    UNWIND byY AS path
    RETURN path.nodes AS pathNodes, path.relationships AS pathRelationships
    UNION ALL
    WITH a, b, decided
    WHERE a IS NOT NULL AND b IS NOT NULL AND $first > 0 AND NOT coalesce(decided, false)
    MATCH p = ALL SHORTEST (a)-[rs:{{RELATION_TYPES}} WHERE type(rs) IN $types]-{1,6}(b)
    RETURN nodes(p) AS pathNodes, relationships(p) AS pathRelationships
  }
  WITH pathNodes, pathRelationships
  LIMIT $scan
  WITH pathNodes, pathRelationships, [n IN pathNodes | n.id] AS ids
  ORDER BY ids
  LIMIT $first
  RETURN collect({
    nodes: [n IN pathNodes | n {.*,
      type: [l IN labels(n) WHERE l IN {{ENTITY_TYPES}}][0],
      mentionCount: COUNT { (n)<-[:MENTIONS]-() }}],
    relationships: [r IN pathRelationships | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id}]
  }) AS paths
}
RETURN paths,
  CASE WHEN a IS NULL THEN null ELSE a {.*, type: [l IN labels(a) WHERE l IN {{ENTITY_TYPES}}][0],
    mentionCount: COUNT { (a)<-[:MENTIONS]-() }} END AS fromEntity,
  CASE WHEN b IS NULL THEN null ELSE b {.*, type: [l IN labels(b) WHERE l IN {{ENTITY_TYPES}}][0],
    mentionCount: COUNT { (b)<-[:MENTIONS]-() }} END AS toEntity
