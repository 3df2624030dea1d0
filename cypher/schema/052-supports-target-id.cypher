CREATE INDEX supports_target_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.targetId, r.id)
