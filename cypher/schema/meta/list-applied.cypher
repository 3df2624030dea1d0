// Migrations already applied to this database (see src/graph/migrate.ts).
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY id
