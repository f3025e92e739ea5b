import type { Evidence, EventType, NodeLabel } from '../domain/ontology';
import { normalizeName } from '../domain/names';
import { dateInRange, type GraphStore, type NodeFilter, type StoredNode, type StoredRelationship } from './graph-store';

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

export type TimelineRole = 'ACTOR' | 'TARGET' | 'PARTICIPANT' | 'INVOLVED';

export interface TimelineEntry {
  date: string | null;
  role: TimelineRole;
  node: StoredNode;
}

export interface Relations {
  events: StoredNode[];
  meetings: StoredNode[];
  byType: Array<{ type: string; count: number }>;
  byMonth: Array<{ month: string | null; type: string; count: number }>;
}

const oldestFirst = (a: { date: string | null; node: StoredNode }, b: { date: string | null; node: StoredNode }) => {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.node.name.localeCompare(b.node.name) || (a.node.id < b.node.id ? -1 : 1);
};

/** Case- and accent-insensitive "contains" on a node's name and aliases. */
function nameContains(n: StoredNode, text: string | null | undefined): boolean {
  if (!text) return true;
  const q = normalizeName(text);
  return [n.name, ...n.aliases].some((x) => normalizeName(x).includes(q));
}

const byCorroboration = (a: StoredNode, b: StoredNode) => b.articleIds.length - a.articleIds.length || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

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

  /**
   * Nodes of a label matching a filter. With name constraints (sets of ids
   * reached through relationships) only those nodes are read, so a query about
   * one person does not scan every meeting in the graph.
   */
  private async select(filter: NodeFilter, constraints: Array<Promise<Set<string>>>): Promise<StoredNode[]> {
    if (!constraints.length) return this.store.listNodes(filter);
    let ids: Set<string> | null = null;
    for (const set of await Promise.all(constraints)) ids = ids ? new Set([...(ids as Set<string>)].filter((id) => set.has(id))) : set;
    return (await this.store.getNodes([...ids!].sort())).filter(
      (n) =>
        n.label === filter.label &&
        (!filter.props || Object.entries(filter.props).every(([k, v]) => n.props[k] === v)) &&
        dateInRange(n.props.date as string | null, filter.dateFrom, filter.dateTo),
    );
  }

  async meetings(filter: { participant?: string | null } & DateRange): Promise<StoredNode[]> {
    const constraints = filter.participant ? [this.linkedTo(filter.participant, ACTOR_LABELS, 'ATTENDED', 'out')] : [];
    return (await this.select({ label: 'Meeting', dateFrom: filter.from, dateTo: filter.to }, constraints)).sort(byDateThenName);
  }

  async events(filter: { type?: EventType | null; actor?: string | null; target?: string | null; topic?: string | null } & DateRange): Promise<StoredNode[]> {
    const constraints: Array<Promise<Set<string>>> = [];
    if (filter.actor) constraints.push(this.linkedTo(filter.actor, ACTOR_LABELS, 'ACTOR', 'in'));
    if (filter.target) constraints.push(this.linkedTo(filter.target, ACTOR_LABELS, 'TARGET', 'in'));
    if (filter.topic) constraints.push(this.linkedTo(filter.topic, ['Topic', 'Policy'], 'ABOUT', 'in'));
    const nodes = await this.select({ label: 'Event', props: filter.type ? { type: filter.type } : undefined, dateFrom: filter.from, dateTo: filter.to }, constraints);
    return nodes.sort(byDateThenName);
  }

  async incidents(filter: { involving?: string | null } & DateRange): Promise<StoredNode[]> {
    const constraints = filter.involving ? [this.linkedTo(filter.involving, ENTITY_LABELS, 'INVOLVED', 'in')] : [];
    return (await this.select({ label: 'Incident', dateFrom: filter.from, dateTo: filter.to }, constraints)).sort(byDateThenName);
  }

  async policies(filter: { holder?: string | null }): Promise<StoredNode[]> {
    const constraints = filter.holder ? [this.linkedTo(filter.holder, ACTOR_LABELS, 'HOLDS_POLICY', 'out')] : [];
    return (await this.select({ label: 'Policy' }, constraints)).sort((a, b) => a.name.localeCompare(b.name));
  }

  async path(from: string, to: string, maxHops: number): Promise<{ nodes: StoredNode[]; relationships: StoredRelationship[] } | null> {
    const [fromIds, toIds] = await Promise.all([this.resolveIds(from, ENTITY_LABELS), this.resolveIds(to, ENTITY_LABELS)]);
    if (!fromIds.length || !toIds.length) return null;
    const path = await this.store.shortestPath(fromIds, toIds, maxHops);
    if (!path) return null;
    const [nodes, relationships] = await Promise.all([this.store.getNodes(path.nodeIds), this.store.getRelationships(path.relationshipIds)]);
    return { nodes, relationships };
  }

  // Beyond the contract: directories, timelines, relations, articles.
  async people(filter: { name?: string | null; country?: string | null; title?: string | null; discussed?: string[] | null }): Promise<StoredNode[]> {
    let people = (await this.store.listNodes({ label: 'Person' })).filter((p) => nameContains(p, filter.name));
    if (filter.country || filter.title) {
      const roles = groupBy(await this.store.relationshipsOf(people.map((p) => p.id), ['HOLDS_ROLE'], 'out'), (r) => r.from);
      const countryIds = filter.country ? new Set(await this.resolveIds(filter.country, ['Country'])) : null;
      const title = filter.title ? normalizeName(filter.title) : null;
      people = people.filter((p) => {
        const mine = roles.get(p.id) ?? [];
        const countries = [...mine.map((r) => (r.props.countryId as string | undefined) ?? r.to), ...(p.props.countryId ? [p.props.countryId as string] : [])];
        const titles = [...mine.map((r) => String(r.props.title)), ...((p.props.titles as string[] | undefined) ?? [])];
        return (!countryIds || countries.some((c) => countryIds.has(c))) && (!title || titles.some((t) => normalizeName(t).includes(title)));
      });
    }
    if (filter.discussed?.length) {
      const ids = new Set((await this.officials(filter.discussed)).map((o) => o.person.id));
      people = people.filter((p) => ids.has(p.id));
    }
    return people.sort(byCorroboration);
  }

  async entities(label: 'Country' | 'Organization' | 'Topic', filter: { name?: string | null; kind?: string | null; country?: string | null }): Promise<StoredNode[]> {
    let nodes = (await this.store.listNodes({ label })).filter((n) => nameContains(n, filter.name));
    if (filter.kind) nodes = nodes.filter((n) => n.props.kind === filter.kind);
    if (filter.country) {
      const countryIds = new Set(await this.resolveIds(filter.country, ['Country']));
      const partOf = groupBy(await this.store.relationshipsOf(nodes.map((n) => n.id), ['PART_OF'], 'out'), (r) => r.from);
      nodes = nodes.filter((n) => (partOf.get(n.id) ?? []).some((r) => countryIds.has(r.to)));
    }
    return nodes.sort(byCorroboration);
  }

  async articles(filter: { source?: string | null } & DateRange): Promise<StoredNode[]> {
    const nodes = await this.store.listNodes({ label: 'Article', dateFrom: filter.from, dateTo: filter.to });
    const source = filter.source ? normalizeName(filter.source) : null;
    return nodes.filter((a) => !source || normalizeName(String(a.props.source ?? '')) === source).sort(byDateThenName);
  }

  /** Everything an entity did or took part in, oldest first (undated last). */
  async timeline(entity: string, range: DateRange): Promise<TimelineEntry[]> {
    const ids = await this.resolveIds(entity, ENTITY_LABELS);
    if (!ids.length) return [];
    const rels = await this.store.relationshipsOf(ids, ['ACTOR', 'TARGET', 'ATTENDED', 'INVOLVED'], 'both');
    const roleOf: Record<string, TimelineRole> = { ACTOR: 'ACTOR', TARGET: 'TARGET', ATTENDED: 'PARTICIPANT', INVOLVED: 'INVOLVED' };
    const wanted = new Map<string, TimelineRole>();
    for (const r of rels) {
      const other = r.type === 'ATTENDED' ? r.to : r.from;
      if (ids.includes(r.type === 'ATTENDED' ? r.from : r.to) && !wanted.has(other)) wanted.set(other, roleOf[r.type]!);
    }
    const nodes = await this.store.getNodes([...wanted.keys()]);
    return nodes
      .map((node) => ({ date: (node.props.date as string | null | undefined) ?? null, role: wanted.get(node.id)!, node }))
      .filter((e) => dateInRange(e.date, range.from, range.to))
      .sort(oldestFirst);
  }

  /** Events between two actors (either way round) and meetings both attended, with counts by type and by month. */
  async relations(a: string, b: string, range: DateRange): Promise<Relations> {
    const [aIds, bIds] = await Promise.all([this.resolveIds(a, ACTOR_LABELS), this.resolveIds(b, ACTOR_LABELS)]);
    if (!aIds.length || !bIds.length) return { events: [], meetings: [], byType: [], byMonth: [] };
    const rels = await this.store.relationshipsOf([...aIds, ...bIds], ['ACTOR', 'TARGET', 'ATTENDED'], 'in');
    const sides = new Map<string, { a: Set<string>; b: Set<string> }>();
    for (const r of rels) {
      const key = r.type === 'ATTENDED' ? r.to : r.from;
      const entity = r.type === 'ATTENDED' ? r.from : r.to;
      const s = sides.get(key) ?? { a: new Set(), b: new Set() };
      if (aIds.includes(entity)) s.a.add(r.type);
      if (bIds.includes(entity)) s.b.add(r.type);
      sides.set(key, s);
    }
    const between = [...sides.entries()]
      .filter(([, s]) => (s.a.has('ACTOR') && s.b.has('TARGET')) || (s.b.has('ACTOR') && s.a.has('TARGET')) || (s.a.has('ATTENDED') && s.b.has('ATTENDED')))
      .map(([id]) => id);
    const nodes = (await this.store.getNodes(between)).filter((n) => dateInRange(n.props.date as string | null, range.from, range.to));
    const events = nodes.filter((n) => n.label === 'Event').sort(byDateThenName);
    const meetings = nodes.filter((n) => n.label === 'Meeting').sort(byDateThenName);
    const typeOf = (n: StoredNode) => (n.label === 'Meeting' ? 'MEETING' : String(n.props.type));
    const byType = countBy([...events, ...meetings], (n) => typeOf(n)).map(([type, count]) => ({ type, count }));
    const byMonth = countBy([...events, ...meetings], (n) => `${((n.props.date as string | null) ?? '').slice(0, 7)}|${typeOf(n)}`).map(([key, count]) => {
      const [month, type] = key.split('|') as [string, string];
      return { month: month || null, type, count };
    });
    return { events, meetings, byType, byMonth };
  }
}

function countBy<T>(items: T[], key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
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
