DROP INDEX evidence_published_at IF EXISTS
