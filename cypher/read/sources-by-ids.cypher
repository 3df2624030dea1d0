// Publishers by id; unknown ids are absent from the result.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
