CREATE INDEX cooperates_with_target_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.targetId, r.id)
