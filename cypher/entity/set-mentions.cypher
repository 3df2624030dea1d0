// The kept entity's mentions after a merge, one row per article (created or replaced).
MATCH (k:Entity {id: $keepId})
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MERGE (a)-[m:MENTIONS]->(k)
SET m.count = row.count, m.surfaces = row.surfaces, m.starts = row.starts, m.ends = row.ends
RETURN count(m) AS mentions
