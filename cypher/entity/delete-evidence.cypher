// All evidence of the given relationships (those a merge would turn into self-loops), found
// through the relId index (evidence ids have no index: migration 055).
UNWIND $relIds AS relId
MATCH (ev:Evidence {relId: relId})
DETACH DELETE ev
RETURN count(*) AS deleted
