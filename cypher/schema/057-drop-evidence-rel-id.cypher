DROP INDEX evidence_rel_id IF EXISTS
