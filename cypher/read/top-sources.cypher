// Publishers by the number of articles they published (degree store), most first, then id.
MATCH (s:Source)
WITH s, COUNT { (s)<-[:PUBLISHED_BY]-() } AS articles
RETURN s {.*} AS source, articles
ORDER BY articles DESC, s.id
LIMIT $limit
