CREATE INDEX represents_target_id IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.targetId, r.id)
