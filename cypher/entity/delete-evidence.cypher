// All evidence of the given relationships (those a merge would turn into self-loops), found
// through the (relId, publishedAt) index, which holds all evidence (undated evidence has
// publishedAt '': migration 056; evidence ids and relId alone have no index, 055 and 057).
UNWIND $relIds AS relId
MATCH (ev:Evidence)
  USING INDEX SEEK ev:Evidence(relId, publishedAt)
WHERE ev.relId = relId AND ev.publishedAt IS NOT NULL
DETACH DELETE ev
RETURN count(*) AS deleted
