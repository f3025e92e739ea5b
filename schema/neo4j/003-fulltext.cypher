// Full-text index over normalized names and aliases, used by `search` (candidates are re-ranked by the shared rules).
CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
