CREATE INDEX evidence_published_at IF NOT EXISTS FOR (e:Evidence) ON (e.publishedAt)
