CREATE INDEX provides_target_id IF NOT EXISTS FOR ()-[r:PROVIDES]-() ON (r.targetId, r.id)
