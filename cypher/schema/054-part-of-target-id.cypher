CREATE INDEX part_of_target_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.targetId, r.id)
