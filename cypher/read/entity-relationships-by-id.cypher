// For many entities at once, one page each of their relationships in id order, with no filter
// but types ($types; null: all) and direction: what read/entity-relationships answers (the same
// rows, the same `total`, `page` and `articles`; its comments explain them) for those pages, read
// by ordered index seeks that stop after the page instead of reading and sorting every
// relationship of the entity (src/graph/read/relationships.ts picks the statement). Two
// statements, not two branches of one: planned together they took several times as long to plan
// as apart.
// Ids are `TYPE:source->target`, so all ids of one type sort together, in the order of the
// prefixes `TYPE:` ({{#EACH_RELATION_TYPE}} repeats its block once per type in that order, with
// {{INDEX}} its position). Outgoing: the ids from `TYPE:<id>->` to `TYPE:<id>-?` (ids hold no
// `>`), a range of the type's unique id index. Incoming: the composite index (targetId, id) of the
// type (each relationship stores its target's id), equality on targetId, then ids in order. Each
// seek stops after $limit rows. A seek whose type cannot reach the page is given an empty range
// (an upper bound of '', a targetId of null) rather than a WHERE on the budget, which the planner
// would apply after seeking, and rather than an UNWIND and a subquery per seek, which took five
// times as long to plan: its budget is $limit less the degrees (from the degree store) of the
// types between the cursor's type and it (the cursor's own type's rows after the cursor are
// unknown, so they count as none). The page is the first $limit of what the seeks return; `total`
// is the sum of the degrees. Index seek hints keep those plans whatever the statistics were when
// the statement was planned (a plan made on an empty graph scanned the type instead).
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
OPTIONAL CALL (e, key) {
  // Per type, in id order: [outgoing, incoming] degree (from the degree store), then only in the
  // types and directions asked (symmetric types both ways), and whether each seek can reach the
  // page.
  WITH e, key, [
{{#EACH_RELATION_TYPE ,}}
    [COUNT { (e)-[:{{TYPE}}]->() }, COUNT { (e)<-[:{{TYPE}}]-() }]
{{/EACH_RELATION_TYPE}}
  ] AS stored, [
{{#EACH_RELATION_TYPE ,}}
    '{{TYPE}}'
{{/EACH_RELATION_TYPE}}
  ] AS names
  WITH e, key, [k IN range(0, size(names) - 1) |
    CASE WHEN $types IS NULL OR names[k] IN $types THEN [
      CASE WHEN $direction <> 'INCOMING' OR names[k] IN $symmetric THEN stored[k][0] ELSE 0 END,
      CASE WHEN $direction <> 'OUTGOING' OR names[k] IN $symmetric THEN stored[k][1] ELSE 0 END]
    ELSE [0, 0] END] AS degrees,
    [name IN names | name + ':'] AS prefixes,
    CASE WHEN key.after IS NULL THEN '' ELSE split(key.after.id, ':')[0] + ':' END AS afterPrefix
  WITH e, key, degrees, [k IN range(0, size(prefixes) - 1) |
    prefixes[k] >= afterPrefix AND $limit > reduce(s = 0, j IN range(0, k - 1) |
      s + CASE WHEN prefixes[j] > afterPrefix THEN degrees[j][0] + degrees[j][1] ELSE 0 END)] AS reach,
    prefixes, coalesce(key.after.id, '') AS after
  // Per type, the outgoing seek's bounds (the upper one '' where the type cannot reach the page)
  // and the incoming seek's targetId (null where it cannot).
  WITH degrees, after,
    [k IN range(0, size(prefixes) - 1) | CASE WHEN after > prefixes[k] + e.id + '->' THEN after ELSE prefixes[k] + e.id + '->' END] AS low,
    [k IN range(0, size(prefixes) - 1) | CASE WHEN reach[k] AND degrees[k][0] > 0 THEN prefixes[k] + e.id + '-?' ELSE '' END] AS high,
    [k IN range(0, size(prefixes) - 1) | CASE WHEN reach[k] AND degrees[k][1] > 0 THEN e.id END] AS target
  CALL (low, high, target, after) {
{{#EACH_RELATION_TYPE UNION ALL}}
    MATCH ()-[r:{{TYPE}}]->()
      USING INDEX SEEK r:{{TYPE}}(id)
    WHERE r.id > low[{{INDEX}}] AND r.id < high[{{INDEX}}]
    RETURN r ORDER BY r.id LIMIT $limit
  UNION ALL
    MATCH ()-[r:{{TYPE}}]->()
      USING INDEX SEEK r:{{TYPE}}(targetId, id)
    WHERE r.targetId = target[{{INDEX}}] AND r.id > after
    RETURN r ORDER BY r.targetId, r.id LIMIT $limit
{{/EACH_RELATION_TYPE}}
  }
  RETURN r, 0 AS sortKey, reduce(s = 0, d IN degrees | s + d[0] + d[1]) AS total
  ORDER BY r.id
  LIMIT $limit
}
{{#IF EVIDENCE}}
// The top $evidence pieces of evidence of each relationship on the page, exactly as
// read/evidence-by-rel-ids orders them (see there): the ordered seek stops after $evidence
// (PartialTop), which it does only when the seek's value is the relationship's own id (a value
// from an UNWIND made the planner read and sort all of it). Left out when the page is read
// without evidence (src/graph/read/relationships.ts: flag EVIDENCE): under LIMIT 0 it still
// sought once per relationship on the page.
CALL (r) {
  MATCH (ev:Evidence)
    USING INDEX SEEK ev:Evidence(relId, publishedAt)
  WHERE ev.relId = r.id AND ev.publishedAt IS NOT NULL
  WITH ev, {{EVIDENCE_ID}} AS id
  ORDER BY ev.relId DESC, ev.publishedAt DESC, ev.confidence DESC, id
  LIMIT $evidence
  RETURN collect(ev {id, .relId, .articleId, .sentence, .start, .end, .confidence, .extractor, .rule,
    .properties, publishedAt: CASE WHEN ev.publishedAt <> '' THEN ev.publishedAt END}) AS evidence
}
{{/IF EVIDENCE}}
{{#UNLESS EVIDENCE}}
WITH key, e, r, sortKey, total, [] AS evidence
{{/UNLESS EVIDENCE}}
WITH key, e, r, sortKey, total, evidence,
  CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END AS other
ORDER BY key.i, sortKey DESC, r.id
// LEAN (src/graph/read/relationships.ts: when the query asks of each relationship only its id,
// type, evidence and its ends' id, name and type): only those, the ends' ids from e and other
// (already read) rather than from startNode/endNode. The whole relationship and other end, each
// with a dozen properties and the other's mention count, cost Neo4j about three times the db
// hits of the seeks themselves and the server their decoding.
WITH key, e, max(total) AS total, collect(CASE WHEN r IS NOT NULL THEN {
{{#IF LEAN}}
    relationship: {id: r.id, type: type(r),
      sourceId: CASE WHEN startNode(r) = e THEN e.id ELSE other.id END,
      targetId: CASE WHEN startNode(r) = e THEN other.id ELSE e.id END},
    other: other {.id, .name, type: [l IN labels(other) WHERE l IN {{ENTITY_TYPES}}][0]},
{{/IF LEAN}}
{{#UNLESS LEAN}}
    relationship: r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id},
    other: other {.*, type: [l IN labels(other) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (other)<-[:MENTIONS]-() }},
{{/UNLESS LEAN}}
    evidence: evidence
  } END) AS page
{{#IF EVIDENCE}}
CALL (page) {
  UNWIND CASE WHEN $articles THEN page ELSE [] END AS item
  UNWIND item.evidence AS ev
  WITH DISTINCT ev.articleId AS articleId
  MATCH (a:Article {id: articleId})
  RETURN collect(CASE WHEN $bodies
    THEN a {.*, sourceId: [(a)-[:PUBLISHED_BY]->(p:Source) | p.id][0]}
    ELSE a {.id, .title, .source, .language, .url, .publishedAt, .contentHash, .extractor, .ingestedAt,
      sourceId: [(a)-[:PUBLISHED_BY]->(p:Source) | p.id][0]} END) AS articles
}
{{/IF EVIDENCE}}
{{#UNLESS EVIDENCE}}
WITH key, e, total, page, [] AS articles
{{/UNLESS EVIDENCE}}
RETURN key.i AS i, total, page, articles,
  e {.*, type: [l IN labels(e) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (e)<-[:MENTIONS]-() }} AS entity
