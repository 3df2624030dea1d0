CREATE INDEX entity_wikidata_id IF NOT EXISTS FOR (n:Entity) ON (n.wikidataId)
