// One row per entity named by the articles of the write (one article, or a batch), merged by the
// repository: the first article's name, every article's names in order, its mentions in each
// article. Entities are shared by every article naming them: the first writer sets the canonical
// name; later ones only add aliases, facts and a wikidataId. The articles' old mentions are gone
// (new, or detached by detach-content), so mentions are created, not merged.
// $(row.type) is a dynamic label (Neo4j 5.26); the repository checks every type against
// ENTITY_TYPES before sending, so only the closed vocabulary becomes a label.
// Kept as first planned (replan=skip): a batch's statements plan on an empty graph as on a populated
// one (the same operators, every lookup a seek, at 0, 2k and 20k articles: docs/benchmarks.md,
// 2026-12-07), so the replans a load from empty set off as the graph grows (about 10 and 30 s in,
// 1–3 s of Neo4j's CPU each) changed nothing. test/integration/ingest-plans-empty-graph.test.ts.
CYPHER replan=skip
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.aliases = [], e.createdAt = row.createdAt
SET e:$(row.type)
SET e += row.properties,
    e.wikidataId = coalesce(e.wikidataId, row.wikidataId),
    e.aliases = reduce(
      acc = coalesce(e.aliases, []),
      alias IN [row.name] + row.aliases |
        CASE WHEN alias = e.name OR alias IN acc THEN acc ELSE acc + alias END
    ),
    e.updatedAt = row.updatedAt
WITH e, row
UNWIND row.mentions AS mention
MATCH (a:Article {id: mention.articleId})
CREATE (a)-[m:MENTIONS]->(e)
SET m.count = mention.count,
    m.surfaces = mention.surfaces,
    m.starts = mention.starts,
    m.ends = mention.ends
RETURN count(DISTINCT e) AS entities
