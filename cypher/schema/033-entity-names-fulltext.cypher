// Accent- and case-insensitive search over names and aliases ("Jordanie" finds "Jordanië").
// standard-folding drops 33 English stop words ("is", "in", "the" …): an alias such as "IS" is
// found through the exact `entity_name` / alias lookup, not through this index.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
