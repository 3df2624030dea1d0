MATCH (ev:Evidence) WHERE ev.relType IS NOT NULL OR ev.sourceId IS NOT NULL OR ev.targetId IS NOT NULL CALL (ev) { REMOVE ev.relType, ev.sourceId, ev.targetId } IN TRANSACTIONS OF 10000 ROWS
