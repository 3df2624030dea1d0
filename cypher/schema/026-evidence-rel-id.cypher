CREATE INDEX evidence_rel_id IF NOT EXISTS FOR (e:Evidence) ON (e.relId)
