import type { GraphNode, GraphRelationship, PropValue, Props } from '../domain/ontology';

/**
 * How contributions from several articles combine into one node or
 * relationship, folded in ingest order: the first name wins, aliases and list
 * properties are unions, a scalar property takes the first non-null value.
 * The fold is associative, so a store may merge a new article into the
 * already-merged value (Neo4j) or recompute from all contributions (embedded)
 * and get the same result.
 */
export function mergeProps(contributions: Props[]): Props {
  const out: Props = {};
  for (const props of contributions) {
    for (const [k, v] of Object.entries(props)) {
      const cur = out[k];
      if (Array.isArray(v)) out[k] = [...new Set([...(Array.isArray(cur) ? cur : []), ...v])].sort();
      else if (cur === undefined || cur === null) out[k] = v as PropValue;
    }
  }
  return out;
}

export function mergeNodes(contributions: GraphNode[]): GraphNode {
  const first = contributions[0]!;
  const aliases = new Set<string>();
  for (const c of contributions) for (const a of c.aliases) if (a !== first.name) aliases.add(a);
  return { id: first.id, label: first.label, name: first.name, aliases: [...aliases].sort(), props: mergeProps(contributions.map((c) => c.props)) };
}

export function mergeRelationships(contributions: GraphRelationship[]): GraphRelationship {
  const first = contributions[0]!;
  return { id: first.id, type: first.type, from: first.from, to: first.to, props: mergeProps(contributions.map((c) => c.props)) };
}
