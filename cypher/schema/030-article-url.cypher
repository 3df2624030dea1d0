CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)
