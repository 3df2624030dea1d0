// The articles that mention the merged entity, with that mention and (when the same article
// also names the kept entity) the kept entity's mention, for the caller to combine.
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $mergeId})
OPTIONAL MATCH (a)-[k:MENTIONS]->(:Entity {id: $keepId})
RETURN a.id AS articleId,
       m {.count, .surfaces, .starts, .ends} AS merged,
       CASE WHEN k IS NULL THEN null ELSE k {.count, .surfaces, .starts, .ends} END AS kept
