CREATE INDEX headquartered_in_target_id IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() ON (r.targetId, r.id)
