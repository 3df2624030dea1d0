// Evidence re-pointed at the relationship it now supports: per moved relationship (`from`, its
// old id), every evidence node of it is found through the relId index and gets the new relId
// (`to`) and the new id the caller chose for it (`ids`: old evidence id → new). Found by relId,
// not by id: evidence ids have no index (migration 055), and this reads exactly the evidence
// entity/evidence read before, once.
UNWIND $moves AS move
MATCH (ev:Evidence {relId: move.from})
WITH ev, move, move.ids[ev.id] AS newId
WHERE newId IS NOT NULL
SET ev.id = newId, ev.relId = move.to
RETURN count(ev) AS moved
