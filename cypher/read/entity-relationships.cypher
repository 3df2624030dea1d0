// For many entities at once, one page each of their relationships. Each key carries its own
// cursor and its position `i` in the batch. The pattern names every ontology type
// ({{RELATION_TYPES}}), so a hub's MENTIONS edges are never expanded; $types narrows to the
// types asked (null: every type, and no type is read per relationship expanded). Symmetric types
// match either direction: their stored direction only sorts the ends.
// Order: by relationship id (unique and immutable, so the keyset never skips or repeats), or
// by an aggregate, largest or latest first ($order; an unknown lastSeen sorts last as ''),
// then id. The cursor holds the aggregate's value and the id, so a page starts after that row
// even when aggregates change between pages.
// Evidence filters (dates, publisher) must hold for one and the same piece of evidence. The
// ontology's types join entities only, so the other end needs no label check, and without a
// minimum confidence no relationship's confidence is read: a hub has hundreds.
// One statement answers what a page of relationships shows, in one row per key: `total` (the
// number of relationships passing the filter, before the cursor: the connection's totalCount,
// the size of the list the page is sorted from; null when the cursor left no row), the entity
// itself, and `page`: per relationship its other end (the entity itself is not repeated), its top
// $evidence evidence when $evidence > 0, and when $articles the articles of all that evidence,
// each once: whole when $bodies, else without their body (the query did not ask for it, and a
// body can be a megabyte). An unknown entity gives no row.
// Pages in id order with no filter but types and direction are read by
// read/entity-relationships-by-id instead, which stops after the page.
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
OPTIONAL CALL (e, key) {
  MATCH (e)-[r:{{RELATION_TYPES}}]-(other)
  WHERE ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'BOTH'
        OR type(r) IN $symmetric
        OR ($direction = 'OUTGOING' AND startNode(r) = e)
        OR ($direction = 'INCOMING' AND endNode(r) = e))
    AND ($otherTypes IS NULL OR any(l IN labels(other) WHERE l IN $otherTypes))
    AND ($minConfidence = 0 OR coalesce(r.confidence, 0.0) >= $minConfidence)
    AND (($from IS NULL AND $to IS NULL AND $source IS NULL) OR EXISTS {
      MATCH (ev:Evidence)
      WHERE ev.relId = r.id AND ev.publishedAt IS NOT NULL
        AND ($from IS NULL OR ev.publishedAt >= $from)
        AND ($to IS NULL OR (ev.publishedAt <> '' AND left(ev.publishedAt, size($to)) <= $to))
        AND ($source IS NULL OR EXISTS { MATCH (a:Article {id: ev.articleId}) WHERE a.source = $source })
    })
  WITH DISTINCT r
  WITH collect(r) AS matched
  UNWIND matched AS r
  WITH r, size(matched) AS total, CASE $order
      WHEN 'LAST_SEEN' THEN coalesce(r.lastSeen, '')
      WHEN 'CONFIDENCE' THEN coalesce(r.confidence, 0.0)
      WHEN 'ARTICLE_COUNT' THEN coalesce(r.articleCount, 0)
      ELSE 0 END AS sortKey
  WHERE key.after IS NULL
    OR sortKey < key.after.key
    OR (sortKey = key.after.key AND r.id > key.after.id)
  RETURN r, sortKey, total
  ORDER BY sortKey DESC, r.id
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
WITH key, e, max(total) AS total, collect(CASE WHEN r IS NOT NULL THEN {
    relationship: r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id},
    other: other {.*, type: [l IN labels(other) WHERE l IN {{ENTITY_TYPES}}][0], mentionCount: COUNT { (other)<-[:MENTIONS]-() }},
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
