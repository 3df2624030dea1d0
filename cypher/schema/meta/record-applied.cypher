MERGE (m:Migration {id: $id})
ON CREATE SET m.appliedAt = $appliedAt
SET m.checksum = $checksum
