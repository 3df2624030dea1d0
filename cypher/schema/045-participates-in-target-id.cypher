CREATE INDEX participates_in_target_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.targetId, r.id)
