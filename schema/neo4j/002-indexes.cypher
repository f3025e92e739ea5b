// The indexes the queries use (relationship id lookups use the constraints' indexes).
CREATE INDEX node_label IF NOT EXISTS FOR (n:Node) ON (n.label);
CREATE INDEX node_date IF NOT EXISTS FOR (n:Node) ON (n.p_date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.p_type);
CREATE INDEX evidence_fact IF NOT EXISTS FOR (e:Evidence) ON (e.factId);
CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.articleId);
