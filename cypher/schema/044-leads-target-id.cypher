CREATE INDEX leads_target_id IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.targetId, r.id)
