DROP INDEX evidence_article_id IF EXISTS
