// A merge re-points the redirects that led to the merged entity (chains stay one step long).
CREATE INDEX entity_redirect_to IF NOT EXISTS FOR (r:EntityRedirect) ON (r.to)
