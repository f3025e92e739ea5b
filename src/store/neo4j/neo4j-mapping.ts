import { normalizeName } from '../../domain/names';
import type { Evidence, GraphNode, GraphRelationship, NodeLabel, Props, RelationshipType } from '../../domain/ontology';
import type { StoredNode, StoredRelationship } from '../graph-store';

/**
 * How graph values sit in Neo4j properties: fixed fields (id, label, name,
 * aliases, articleIds in ingest order, searchText) plus the node's own
 * properties prefixed `p_`, so a property can never clash with a fixed field.
 * Nulls are not stored (Neo4j has no null properties) and read back as absent.
 */
const PREFIX = 'p_';
type Neo4jProps = Record<string, unknown>;

export function toNodeProps(node: GraphNode, articleIds: string[], extra: Neo4jProps = {}): Neo4jProps {
  const out: Neo4jProps = {
    id: node.id,
    label: node.label,
    name: node.name,
    aliases: node.aliases,
    articleIds,
    searchText: [...new Set([node.name, ...node.aliases].map(normalizeName))].join(' | '),
    ...extra,
  };
  for (const [k, v] of Object.entries(node.props)) if (v !== null && v !== undefined) out[PREFIX + k] = v;
  return out;
}

export function toRelProps(rel: GraphRelationship, articleIds: string[]): Neo4jProps {
  const out: Neo4jProps = { id: rel.id, articleIds };
  for (const [k, v] of Object.entries(rel.props)) if (v !== null && v !== undefined) out[PREFIX + k] = v;
  return out;
}

function ownProps(p: Neo4jProps): Props {
  const props: Props = {};
  for (const [k, v] of Object.entries(p)) if (k.startsWith(PREFIX)) props[k.slice(PREFIX.length)] = v as Props[string];
  return props;
}

/** The node as merged so far, with its supporting articles in ingest order. */
export function fromNodeProps(p: Neo4jProps): { node: GraphNode; articleIds: string[] } {
  return {
    node: { id: p.id as string, label: p.label as NodeLabel, name: p.name as string, aliases: (p.aliases as string[]) ?? [], props: ownProps(p) },
    articleIds: (p.articleIds as string[]) ?? [],
  };
}

export function storedNode(p: Neo4jProps): StoredNode {
  const { node, articleIds } = fromNodeProps(p);
  return { ...node, articleIds: [...articleIds].sort() };
}

export function fromRelProps(p: Neo4jProps, type: string, from: string, to: string): { rel: GraphRelationship; articleIds: string[] } {
  return { rel: { id: p.id as string, type: type as RelationshipType, from, to, props: ownProps(p) }, articleIds: (p.articleIds as string[]) ?? [] };
}

export function storedRelationship(p: Neo4jProps, type: string, from: string, to: string): StoredRelationship {
  const { rel, articleIds } = fromRelProps(p, type, from, to);
  return { ...rel, articleIds: [...articleIds].sort() };
}

export function toEvidence(p: Neo4jProps): Evidence {
  return {
    factId: p.factId as string,
    articleId: p.articleId as string,
    sentence: p.sentence as string,
    start: Number(p.start),
    end: Number(p.end),
    rule: p.rule as string,
    confidence: Number(p.confidence),
  };
}

/** Keys under which a node can be found by name: its normalized name and aliases. */
export function nameKeys(node: GraphNode): string[] {
  return [...new Set([node.name, ...node.aliases].map(normalizeName).filter(Boolean))];
}
