CREATE INDEX member_of_target_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.targetId, r.id)
