MATCH (e:Entity) CALL (e) { SET e.degree = COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } } IN TRANSACTIONS OF 10000 ROWS
