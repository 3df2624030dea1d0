// One row per entity the article names. Entities are shared by every article naming them: the
// first writer sets the canonical name; later ones only add aliases, facts and a wikidataId.
// $(row.type) is a dynamic label (Neo4j 5.26); the repository checks every type against
// ENTITY_TYPES before sending, so only the closed vocabulary becomes a label.
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.aliases = [], e.createdAt = $now
SET e:$(row.type)
SET e += row.properties,
    e.wikidataId = coalesce(e.wikidataId, row.wikidataId),
    e.aliases = reduce(
      acc = coalesce(e.aliases, []),
      alias IN [row.name] + row.aliases |
        CASE WHEN alias = e.name OR alias IN acc THEN acc ELSE acc + alias END
    ),
    e.updatedAt = $now
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.mention.count,
    m.surfaces = row.mention.surfaces,
    m.starts = row.mention.starts,
    m.ends = row.mention.ends
RETURN count(e) AS entities
