// One page of articles, newest first. An unknown date sorts last (as ''); the upper date bound
// compares the date prefix, so publishedTo "2018-02-15" includes "2018-02-15T10:00:00Z".
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($language IS NULL OR a.language = $language)
  AND ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
  AND ($publishedTo IS NULL OR left(a.publishedAt, size($publishedTo)) <= $publishedTo)
WITH a, coalesce(a.publishedAt, '') AS publishedAt
WHERE $after IS NULL
  OR publishedAt < $after.publishedAt
  OR (publishedAt = $after.publishedAt AND a.id < $after.id)
RETURN a {.*, sourceId: [(a)-[:PUBLISHED_BY]->(s:Source) | s.id][0]} AS article, publishedAt
ORDER BY publishedAt DESC, a.id DESC
LIMIT $limit
