// One relationship per (type, source, target), found by id or created, with what it held before
// this write: its stored properties (`current`: aggregates included; null when created here) and
// the tie check of its incremental update (`newer`, below).
//
// Not MERGE: with a dynamic type MERGE cannot use the per-type id indexes, and its plan followed
// the statistics (on a growing graph it scanned every relationship for each row). Nor one pattern
// over the type union (`[r:REPRESENTS|…]` with `r.id = row.id`): the planner chose, per type and
// by the statistics of the moment, a unique seek or a scan of the type's whole id index (8,862
// db hits instead of 2,167 for the same batch in the write-cost test, in about one run of six).
// So one branch per type, entered only for the row's own type (UNWIND of an empty list for the
// others: with WHERE the planner would seek first and filter after), each a unique seek forced
// by USING INDEX SEEK: one seek per row whatever the statistics. (`USING INDEX` alone was also
// satisfied by a scan of the type's whole id index, filtered after: in about one run of three
// the write-cost test measured 1,517 → 2,476 db hits for the same batch.) The seek's lock on the id (and the ingest's write
// locks on both ends, taken by merge-entities) makes a second writer of the same new relationship
// wait and then find it; the per-type id constraints refuse a duplicate in any case.
// $(row.type) is a dynamic relationship type, checked against RELATION_TYPES by the repository.
// A relationship stores its target's id (`targetId`: read/entity-relationships seeks a page of an
// entity's incoming relationships by it); apply-relationship-summaries keeps it.
//
// `newer`: on the publication date of this write's latest new evidence of the relationship
// (row.publishedAt, '' when undated; ingested at row.ingestedAt; id row.evidenceId; null when it
// gains none), stored evidence sorts after it: the stored latest stays. Read before this write's
// evidence is created, so only other writes' evidence counts. Evidence carries its article's
// publishedAt ('' when undated) and its article the ingest time, so for dated evidence the check
// looks only at the articles of that date ingested at or after it (one range seek of index
// article_published_ingested: normally only this write's own, which have no evidence yet, however
// many articles share the date) and their evidence (IN_ARTICLE); for undated evidence, at the
// relationship's evidence when all of it is undated, and its articles. An evidence id is
// `<relId>@<articleId>#<n>` (only n stored, when not 0; an id kept from before migration 056
// that has another form is stored whole). Index seek hints keep those plans
// whatever the statistics were when the statement was first planned (often an empty graph).
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
UNWIND $relationships AS row
OPTIONAL CALL (row) {
{{#EACH_RELATION_TYPE UNION ALL}}
  UNWIND CASE row.type WHEN '{{TYPE}}' THEN [row.id] ELSE [] END AS id
  MATCH ()-[r:{{TYPE}} {id: id}]->()
  USING INDEX SEEK r:{{TYPE}}(id)
  RETURN r AS found
{{/EACH_RELATION_TYPE}}
}
OPTIONAL CALL (row, found) {
  WITH row WHERE found IS NULL
  MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
  CREATE (s)-[r:$(row.type) {id: row.id, targetId: row.targetId}]->(t)
  RETURN r AS created
}
OPTIONAL CALL (row, found) {
  // UNWIND of an empty list, not WHERE: the planner would seek first and filter after.
  UNWIND CASE WHEN row.publishedAt <> '' AND row.publishedAt = found.lastSeen THEN [row.publishedAt] ELSE [] END AS date
  MATCH (a:Article)
  USING INDEX SEEK a:Article(publishedAt, ingestedAt)
  WHERE a.publishedAt = date AND a.ingestedAt >= row.ingestedAt
  CALL (a, row) {
    // Expanded from the article: by the relationship's id (a hub's evidence) or by an index scan
    // the check would read a hub's or the archive's evidence. No label on ev, so no index can
    // be chosen (only evidence has IN_ARTICLE). The OR is applied after the match (WITH): split
    // into a union, one branch was planned as an index scan.
    MATCH (ev)-[:IN_ARTICLE]->(a)
    WHERE ev.relId = row.id
    WITH ev, a, row
    WHERE a.ingestedAt > row.ingestedAt
      OR {{EVIDENCE_ID}} > row.evidenceId
    RETURN ev
    LIMIT 1
  }
  RETURN true AS newerDated
  LIMIT 1
}
OPTIONAL CALL (row, found) {
  UNWIND CASE WHEN row.publishedAt = '' AND found.evidenceCount IS NOT NULL AND found.lastSeen IS NULL THEN [row.id] ELSE [] END AS relId
  MATCH (ev:Evidence)-[:IN_ARTICLE]->(a)
  USING INDEX SEEK ev:Evidence(relId, publishedAt)
  WHERE ev.relId = relId AND ev.publishedAt = '' AND a.ingestedAt >= row.ingestedAt
  WITH ev, a, row
  WHERE a.ingestedAt > row.ingestedAt
    OR {{EVIDENCE_ID}} > row.evidenceId
  RETURN true AS newerUndated
  LIMIT 1
}
RETURN row.id AS id,
       created IS NOT NULL AS created,
       properties(found) AS current,
       coalesce(newerDated, newerUndated, false) AS newer
