// The shortest paths between two entities, at most $maxHops long, over relationships of
// $types (never null: the caller passes the whole vocabulary, which keeps MENTIONS out), either
// direction. ALL SHORTEST searches breadth-first and stops at the shortest length; the quantifier
// bound is the API's ceiling (6) and $maxHops narrows it inside the pattern, before selection.
// A dense graph can have very many shortest paths: at most $scan are read, and of those the
// first $first by the ids of their nodes, so the answer is stable for a given graph.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST ((a)-[rs WHERE type(rs) IN $types]-{1,6}(b) WHERE size(rs) <= $maxHops)
WITH p
LIMIT $scan
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY ids
LIMIT $first
RETURN [n IN nodes(p) | n {.*,
    type: [l IN labels(n) WHERE l IN ['Person', 'Organisation', 'Country', 'Location', 'Mission', 'Asset', 'Event']][0],
    mentionCount: COUNT { (n)<-[:MENTIONS]-() }}] AS nodes,
  [r IN relationships(p) | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id}] AS relationships
