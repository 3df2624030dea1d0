CREATE INDEX opposes_target_id IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.targetId, r.id)
