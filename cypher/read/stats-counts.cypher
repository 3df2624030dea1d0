// Node and relationship counts per ontology type, from Neo4j's count store (a COUNT over one
// label or one relationship type needs no scan). The labels and types are the closed vocabulary
// written out: a test checks that every entity and relationship type of src/domain/vocabulary.ts
// comes back.
RETURN COUNT { (:Article) } AS articles,
  COUNT { (:Source) } AS sources,
  COUNT { (:Evidence) } AS evidence,
  [
    {type: 'Person', count: COUNT { (:Person) }},
    {type: 'Organisation', count: COUNT { (:Organisation) }},
    {type: 'Country', count: COUNT { (:Country) }},
    {type: 'Location', count: COUNT { (:Location) }},
    {type: 'Mission', count: COUNT { (:Mission) }},
    {type: 'Asset', count: COUNT { (:Asset) }},
    {type: 'Event', count: COUNT { (:Event) }}
  ] AS entities,
  [
    {type: 'REPRESENTS', count: COUNT { ()-[:REPRESENTS]->() }},
    {type: 'MEMBER_OF', count: COUNT { ()-[:MEMBER_OF]->() }},
    {type: 'LEADS', count: COUNT { ()-[:LEADS]->() }},
    {type: 'PARTICIPATES_IN', count: COUNT { ()-[:PARTICIPATES_IN]->() }},
    {type: 'PROVIDES', count: COUNT { ()-[:PROVIDES]->() }},
    {type: 'ASSIGNED_TO', count: COUNT { ()-[:ASSIGNED_TO]->() }},
    {type: 'LOCATED_IN', count: COUNT { ()-[:LOCATED_IN]->() }},
    {type: 'OPERATES_IN', count: COUNT { ()-[:OPERATES_IN]->() }},
    {type: 'HEADQUARTERED_IN', count: COUNT { ()-[:HEADQUARTERED_IN]->() }},
    {type: 'OPPOSES', count: COUNT { ()-[:OPPOSES]->() }},
    {type: 'SUPPORTS', count: COUNT { ()-[:SUPPORTS]->() }},
    {type: 'COOPERATES_WITH', count: COUNT { ()-[:COOPERATES_WITH]->() }},
    {type: 'PART_OF', count: COUNT { ()-[:PART_OF]->() }}
  ] AS relationships
