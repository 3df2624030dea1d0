// Sizes of each part of the graph (count-store lookups, except the entity-to-entity relationships).
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Evidence) RETURN count(n) AS evidence }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
RETURN articles, sources, entities, evidence, mentions, relationships
