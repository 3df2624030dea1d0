CREATE INDEX located_in_target_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.targetId, r.id)
