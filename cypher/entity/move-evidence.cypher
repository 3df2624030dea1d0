// Evidence re-pointed at the relationship it now supports: per moved relationship (`from`, its
// old id), every evidence node of it is found through the (relId, publishedAt) index (which
// holds all evidence: migration 056) and gets the new relId (`to`) and the new number the
// caller chose for it (`numbers`: old evidence id → n of its new id `<to>@<articleId>#<n>`;
// n is stored only when not 0, and an id kept whole from before migration 056 is removed, the
// new one being of that form). Found by relId, not by id: evidence ids are not stored (056), and
// this reads exactly the evidence entity/evidence read before, once.
UNWIND $moves AS move
MATCH (ev:Evidence)
  USING INDEX SEEK ev:Evidence(relId, publishedAt)
WHERE ev.relId = move.from AND ev.publishedAt IS NOT NULL
WITH ev, move,
  move.numbers[{{EVIDENCE_ID}}] AS n
WHERE n IS NOT NULL
SET ev.relId = move.to, ev.n = CASE WHEN n = 0 THEN null ELSE toInteger(n) END, ev.id = null
RETURN count(ev) AS moved
