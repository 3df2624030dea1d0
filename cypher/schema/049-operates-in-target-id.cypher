CREATE INDEX operates_in_target_id IF NOT EXISTS FOR ()-[r:OPERATES_IN]-() ON (r.targetId, r.id)
