// The evidence of some relationships (by the relId every Evidence node carries, indexed).
UNWIND $relIds AS relId
MATCH (ev:Evidence {relId: relId})
RETURN ev.id AS id, ev.relId AS relId, ev.articleId AS articleId
