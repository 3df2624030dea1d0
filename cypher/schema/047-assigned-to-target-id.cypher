CREATE INDEX assigned_to_target_id IF NOT EXISTS FOR ()-[r:ASSIGNED_TO]-() ON (r.targetId, r.id)
