// Stored content hashes of the given article ids, one statement for a whole batch; ids not in the
// graph are absent.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash
