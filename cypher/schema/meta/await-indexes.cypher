// Waits (up to $seconds) until every index, including the backing indexes of constraints, is ONLINE.
CALL db.awaitIndexes($seconds)
