// Evidence re-pointed at the relationship it now supports: new id, relId and ends.
UNWIND $moves AS row
MATCH (ev:Evidence {id: row.id})
SET ev.id = row.newId, ev.relId = row.relId, ev.sourceId = row.sourceId, ev.targetId = row.targetId
RETURN count(ev) AS moved
