// How many articles the same filter as read/articles-list matches (the connection's totalCount).
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($language IS NULL OR a.language = $language)
  AND ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
  AND ($publishedTo IS NULL OR left(a.publishedAt, size($publishedTo)) <= $publishedTo)
RETURN count(a) AS total
