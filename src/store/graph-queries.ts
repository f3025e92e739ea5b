import type { Evidence, EventType, NodeLabel } from '../domain/ontology';
import type { GraphStore, StoredNode, StoredRelationship } from './graph-store';

/**
 * The analyst queries, composed from GraphStore primitives once, so that every
 * adapter answers them the same way. Names resolve through names and aliases;
 * an unknown name gives an empty answer, not an error.
 */
export const ACTOR_LABELS: NodeLabel[] = ['Person', 'Country', 'Organization'];
export const ENTITY_LABELS: NodeLabel[] = ['Person', 'Country', 'Organization', 'Topic', 'Policy'];

export interface OfficialDiscussion {
  person: StoredNode;
  topicIds: string[];
  evidence: Evidence[];
}

export interface DateRange {
  from?: string;
  to?: string;
}

const byDateThenName = (a: StoredNode, b: StoredNode) => {
  const da = (a.props.date as string | null) ?? '';
  const db = (b.props.date as string | null) ?? '';
  if (da !== db) return da < db ? 1 : -1; // newest first, undated last
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);
};

export class GraphQueries {
  constructor(readonly store: GraphStore) {}

  async resolveIds(name: string, labels: NodeLabel[]): Promise<string[]> {
    return (await this.store.findByName(name, labels)).map((n) => n.id);
  }

  async person(name: string): Promise<StoredNode | null> {
    return (await this.store.findByName(name, ['Person']))[0] ?? null;
  }

  async officials(topicNames: string[]): Promise<OfficialDiscussion[]> {
    const topicIds = [...new Set((await Promise.all(topicNames.map((t) => this.resolveIds(t, ['Topic'])))).flat())];
    if (!topicIds.length) return [];
    const rels = await this.store.relationshipsOf(topicIds, ['DISCUSSED'], 'in');
    const byPerson = new Map<string, StoredRelationship[]>();
    for (const r of rels) byPerson.set(r.from, [...(byPerson.get(r.from) ?? []), r]);
    const persons = await this.store.getNodes([...byPerson.keys()]);
    const evidence = await this.store.evidenceFor(rels.map((r) => r.id));
    const evidenceByFact = groupBy(evidence, (e) => e.factId);
    return persons
      .filter((p) => p.label === 'Person')
      .map((person) => {
        const mine = byPerson.get(person.id)!;
        return { person, topicIds: [...new Set(mine.map((r) => r.to))].sort(), evidence: mine.flatMap((r) => evidenceByFact.get(r.id) ?? []) };
      })
      .sort((a, b) => b.topicIds.length - a.topicIds.length || b.evidence.length - a.evidence.length || a.person.name.localeCompare(b.person.name));
  }

  /** Nodes of `label` linked to any node named `name` by `type` (direction seen from the named node). */
  private async linkedTo(name: string, labels: NodeLabel[], type: Parameters<GraphStore['relationshipsOf']>[1][number], direction: 'out' | 'in'): Promise<Set<string>> {
    const ids = await this.resolveIds(name, labels);
    if (!ids.length) return new Set();
    const rels = await this.store.relationshipsOf(ids, [type], direction);
    return new Set(rels.map((r) => (direction === 'in' ? r.from : r.to)));
  }

  async meetings(filter: { participant?: string | null } & DateRange): Promise<StoredNode[]> {
    let nodes = await this.store.listNodes({ label: 'Meeting', dateFrom: filter.from, dateTo: filter.to });
    if (filter.participant) {
      const ids = await this.linkedTo(filter.participant, ACTOR_LABELS, 'ATTENDED', 'out');
      nodes = nodes.filter((n) => ids.has(n.id));
    }
    return nodes.sort(byDateThenName);
  }

  async events(filter: { type?: EventType | null; actor?: string | null; target?: string | null; topic?: string | null } & DateRange): Promise<StoredNode[]> {
    let nodes = await this.store.listNodes({ label: 'Event', props: filter.type ? { type: filter.type } : undefined, dateFrom: filter.from, dateTo: filter.to });
    const constraints: Array<Promise<Set<string>>> = [];
    if (filter.actor) constraints.push(this.linkedTo(filter.actor, ACTOR_LABELS, 'ACTOR', 'in'));
    if (filter.target) constraints.push(this.linkedTo(filter.target, ACTOR_LABELS, 'TARGET', 'in'));
    if (filter.topic) constraints.push(this.linkedTo(filter.topic, ['Topic', 'Policy'], 'ABOUT', 'in'));
    for (const ids of await Promise.all(constraints)) nodes = nodes.filter((n) => ids.has(n.id));
    return nodes.sort(byDateThenName);
  }

  async incidents(filter: { involving?: string | null } & DateRange): Promise<StoredNode[]> {
    let nodes = await this.store.listNodes({ label: 'Incident', dateFrom: filter.from, dateTo: filter.to });
    if (filter.involving) {
      const ids = await this.linkedTo(filter.involving, ENTITY_LABELS, 'INVOLVED', 'in');
      nodes = nodes.filter((n) => ids.has(n.id));
    }
    return nodes.sort(byDateThenName);
  }

  async policies(filter: { holder?: string | null }): Promise<StoredNode[]> {
    let nodes = await this.store.listNodes({ label: 'Policy' });
    if (filter.holder) {
      const ids = await this.linkedTo(filter.holder, ACTOR_LABELS, 'HOLDS_POLICY', 'out');
      nodes = nodes.filter((n) => ids.has(n.id));
    }
    return nodes.sort((a, b) => a.name.localeCompare(b.name));
  }

  async path(from: string, to: string, maxHops: number): Promise<{ nodes: StoredNode[]; relationships: StoredRelationship[] } | null> {
    const [fromIds, toIds] = await Promise.all([this.resolveIds(from, ENTITY_LABELS), this.resolveIds(to, ENTITY_LABELS)]);
    if (!fromIds.length || !toIds.length) return null;
    const path = await this.store.shortestPath(fromIds, toIds, maxHops);
    if (!path) return null;
    const [nodes, relationships] = await Promise.all([this.store.getNodes(path.nodeIds), this.store.getRelationships(path.relationshipIds)]);
    return { nodes, relationships };
  }
}

export function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}
