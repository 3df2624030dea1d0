// The entities a curation step changes, read under their write locks (taken by the SET before
// anything is read), so two concurrent changes of one entity run one after the other instead of
// one overwriting the other's aliases. Unknown ids are absent from the result.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock
RETURN e.id AS id,
       [l IN labels(e) WHERE l IN ['Person', 'Organisation', 'Country', 'Location', 'Mission', 'Asset', 'Event']][0] AS type,
       e.name AS name,
       coalesce(e.aliases, []) AS aliases,
       e.wikidataId AS wikidataId,
       coalesce(e.mergedIds, []) AS mergedIds,
       properties(e) AS properties
