// The redirects of the entity ids an article names (a merged entity leads to the kept one), read
// just before the article's write transaction. Ids without a redirect are absent.
UNWIND $entityIds AS id
MATCH (r:EntityRedirect {id: id})
RETURN r.id AS id, r.to AS to
