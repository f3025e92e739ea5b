// Full-text index over normalized names and aliases, used by `search` (candidates are re-ranked by the shared rules).
CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
// Full-text index over evidence sentences (normalized words), so `search` also finds facts by what their sentences say.
CREATE FULLTEXT INDEX evidence_search IF NOT EXISTS FOR (e:Evidence) ON EACH [e.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
