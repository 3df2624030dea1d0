// The shortest paths between two entities over relationships of $types, either direction. The
// pattern names the ontology's types, so the search never expands a hub's MENTIONS edges. ALL SHORTEST searches
// breadth-first and stops at the shortest length. The quantifier's upper bound is the API's
// ceiling (6): src/graph/read/hops.ts narrows it to the maxHops asked, so two entities that are
// not connected cost a search of that many hops, not six.
// A dense graph can have very many shortest paths: at most $scan are read, and of those the
// first $first by the ids of their nodes, so the answer is stable for a given graph.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)-[rs:{{RELATION_TYPES}} WHERE type(rs) IN $types]-{1,6}(b)
WITH p
LIMIT $scan
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY ids
LIMIT $first
RETURN [n IN nodes(p) | n {.*,
    type: [l IN labels(n) WHERE l IN {{ENTITY_TYPES}}][0],
    mentionCount: COUNT { (n)<-[:MENTIONS]-() }}] AS nodes,
  [r IN relationships(p) | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id}] AS relationships
