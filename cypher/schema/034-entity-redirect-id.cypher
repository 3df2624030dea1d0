// A merged entity's id leads to the entity it was merged into (cypher/entity/redirect.cypher),
// so a later ingest naming it writes to the kept entity instead of re-creating it.
CREATE CONSTRAINT entity_redirect_id IF NOT EXISTS FOR (r:EntityRedirect) REQUIRE r.id IS UNIQUE
