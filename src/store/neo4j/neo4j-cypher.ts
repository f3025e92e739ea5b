import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../domain/ontology';
import { PROVENANCE_TYPES } from '../graph-store';

/**
 * Every Cypher statement the Neo4j adapter runs. Values always travel as
 * parameters; the only text built here comes from the ontology's own label
 * and type lists, never from input.
 */

const labelSetters = NODE_LABELS.map((l) => `FOREACH (_ IN CASE WHEN n.label = '${l}' THEN [1] ELSE [] END | SET x:${l})`).join('\n');
const relCreators = RELATIONSHIP_TYPES.map(
  (t) => `FOREACH (_ IN CASE WHEN r.type = '${t}' THEN [1] ELSE [] END | CREATE (a)-[x:${t}]->(b) SET x = r.props)`,
).join('\n');
/** One subquery per type, each fed its own parameter (`$byType.ACTOR`), so every lookup uses that type's id index. */
const relUpdaters = RELATIONSHIP_TYPES.map((t) => `CALL { UNWIND $byType.${t} AS r MATCH ()-[x:${t} {id: r.id}]->() SET x = r.props }`).join('\n');
const relSupporterSetters = RELATIONSHIP_TYPES.map((t) => `CALL { UNWIND $byType.${t} AS r MATCH ()-[x:${t} {id: r.id}]->() SET x.articleIds = r.articleIds }`).join('\n');

export const cypher = {
  existingNodes: `UNWIND $ids AS id MATCH (x:Node {id: id}) RETURN properties(x) AS p`,

  writeNodes: `UNWIND $nodes AS n\nMERGE (x:Node {id: n.id})\nSET x = n.props\n${labelSetters}`,
  /** Relationships known to be new (the transaction read what exists; the id constraints catch a racing writer). */
  createRelationships: `UNWIND $rels AS r\nMATCH (a:Node {id: r.from}), (b:Node {id: r.to})\n${relCreators}`,
  updateRelationships: relUpdaters,
  /**
   * A fact another article states again, unchanged otherwise, only gains a supporter: setting that
   * one property leaves the other properties, and the full-text index over names, untouched.
   */
  setNodeSupporters: `UNWIND $rows AS r MATCH (x:Node {id: r.id}) SET x.articleIds = r.articleIds`,
  setRelationshipSupporters: relSupporterSetters,
  writeEvidence: `UNWIND $evidence AS e CREATE (v:Evidence) SET v = e`,
  clearNames: `UNWIND $ids AS id MATCH (:NameKey)-[r:NAMES]->(:Node {id: id}) DELETE r`,
  writeNames: `UNWIND $names AS n MATCH (x:Node {id: n.id}) UNWIND n.keys AS key MERGE (k:NameKey {key: key}) MERGE (k)-[:NAMES]->(x)`,
  articleRecords: `UNWIND $ids AS id MATCH (a:Article:Node {id: id}) RETURN id, a.contentHash AS hash, a.articleGraph AS graph`,
  articleGraphs: `UNWIND $ids AS id MATCH (a:Article:Node {id: id}) RETURN id, a.articleGraph AS graph`,
  articleHash: `MATCH (a:Article:Node {id: $id}) RETURN a.contentHash AS hash`,
  articles: `UNWIND $ids AS id MATCH (a:Article:Node {id: id}) RETURN properties(a) AS p`,
  deleteEvidence: `MATCH (e:Evidence {articleId: $id}) DELETE e`,
  deleteRelationships: `UNWIND $rels AS r MATCH (:Node {id: r.from})-[x {id: r.id}]->(:Node {id: r.to}) DELETE x`,
  deleteNodes: `UNWIND $ids AS id MATCH (x:Node {id: id}) DETACH DELETE x`,
  deleteOrphanNames: `MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->() DELETE k`,
  counts: `CALL { MATCH (n:Node) RETURN count(n) AS nodes }
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH ()-[r]->() RETURN count(r) AS allRels }
CALL { MATCH ()-[r:NAMES]->() RETURN count(r) AS nameRels }
CALL { MATCH (e:Evidence) RETURN count(e) AS evidence }
RETURN articles, nodes, allRels - nameRels AS relationships, evidence`,
  nodesById: `UNWIND $ids AS id MATCH (x:Node {id: id}) RETURN properties(x) AS p`,
  /** Relationships by id when their types are known: each id is looked up in its own type's index only. */
  relationshipsByTypedId: RELATIONSHIP_TYPES.map((t) => `UNWIND $byType.${t} AS id MATCH (a)-[r:${t} {id: id}]->(b) RETURN properties(r) AS p, type(r) AS type, a.id AS from, b.id AS to`).join('\nUNION ALL\n'),
  relationshipsById: RELATIONSHIP_TYPES.map((t) => `UNWIND $ids AS id MATCH (a)-[r:${t} {id: id}]->(b) RETURN properties(r) AS p, type(r) AS type, a.id AS from, b.id AS to`).join('\nUNION ALL\n'),
  findByName: `MATCH (:NameKey {key: $key})-[:NAMES]->(x:Node) RETURN properties(x) AS p`,
  listNodes: `MATCH (x:Node {label: $label})
WHERE all(k IN keys($props) WHERE x['p_' + k] = $props[k])
  AND ($from IS NULL OR (x.p_date IS NOT NULL AND x.p_date >= substring($from, 0, size(x.p_date))))
  AND ($to IS NULL OR (x.p_date IS NOT NULL AND x.p_date <= substring($to, 0, size(x.p_date))))
RETURN properties(x) AS p ORDER BY x.id`,
  relationshipsOut: `MATCH (a:Node)-[r]->(b:Node) WHERE a.id IN $ids AND type(r) IN $types RETURN properties(r) AS p, type(r) AS type, a.id AS from, b.id AS to`,
  relationshipsIn: `MATCH (a:Node)-[r]->(b:Node) WHERE b.id IN $ids AND type(r) IN $types RETURN properties(r) AS p, type(r) AS type, a.id AS from, b.id AS to`,
  evidence: `MATCH (e:Evidence) WHERE e.factId IN $ids RETURN properties(e) AS p`,
  search: `CALL db.index.fulltext.queryNodes('node_search', $query, {limit: $limit}) YIELD node RETURN properties(node) AS p`,
  searchEvidence: `CALL db.index.fulltext.queryNodes('evidence_search', $query, {limit: $limit}) YIELD node RETURN node.factId AS factId, node.sentence AS sentence`,
  ping: `RETURN 1 AS ok`,
};

const SKIPPED = [...PROVENANCE_TYPES, 'NAMES'].map((t) => `'${t}'`).join(', ');
/** Shortest-path queries per hop limit: variable-length bounds cannot be parameters, so each limit has its own text. */
export const MAX_PATH_HOPS = 6;
export const shortestPathQueries: Record<number, string> = Object.fromEntries(
  Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1).map((hops) => [
    hops,
    `MATCH (a:Node) WHERE a.id IN $from
MATCH (b:Node) WHERE b.id IN $to AND b <> a
MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
WHERE none(r IN relationships(p) WHERE type(r) IN [${SKIPPED}])
RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relIds
LIMIT 5000`,
  ]),
);
