// Evidence re-pointed at the relationship it now supports: new id and relId (its type and ends
// are the relationship's).
UNWIND $moves AS row
MATCH (ev:Evidence {id: row.id})
SET ev.id = row.newId, ev.relId = row.relId
RETURN count(ev) AS moved
