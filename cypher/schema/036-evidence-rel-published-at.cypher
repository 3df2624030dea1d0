CREATE INDEX evidence_rel_published_at IF NOT EXISTS FOR (e:Evidence) ON (e.relId, e.publishedAt)
