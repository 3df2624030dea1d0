CREATE INDEX article_published_ingested IF NOT EXISTS FOR (a:Article) ON (a.publishedAt, a.ingestedAt)
