import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleGraph, GraphNode } from '../domain/ontology';
import type { Pipeline } from '../extract/pipeline';
import { countryById, countryIdByName } from '../extract/countries';
import { organizationForms, topicForms } from '../extract/lexicons';
import { toArticle } from '../ingest/article';
import { readArticleFile } from '../ingest/readers';

/**
 * Hand-written gold annotations and how extraction is scored against them.
 * A folder of articles has a `gold.json` beside them, keyed by article title.
 * Facts compare by keys: names for entities, sorted participant or actor
 * names for meetings, incidents and events, holder and topic pairs.
 */
export interface GoldArticle {
  persons: Array<{ name: string; aliases?: string[]; country: string | null; title: string | null }>;
  countries: string[];
  organizations: string[];
  meetings: Array<{ participants: string[]; date?: string | null; location?: string | null; topics?: string[] }>;
  incidents?: Array<{ involved: string[]; date?: string | null; consequences?: string[] }>;
  events: Array<{ type: string; actors: string[]; targets: string[]; topics?: string[]; date?: string | null; sentence?: string }>;
  policies: Array<{ name: string; holders: string[] }>;
  discussions: Array<{ person: string; topic: string }>;
}

export const CATEGORIES = ['persons', 'countries', 'organizations', 'meetings', 'incidents', 'policies', 'events', 'discussions'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Attributes of matched facts: how many of the gold values the extractor got right. */
export const ATTRIBUTES = [
  'personCountry',
  'personTitle',
  'meetingDate',
  'meetingLocation',
  'meetingTopics',
  'incidentDate',
  'incidentConsequences',
  'eventTargets',
  'eventTopics',
  'eventDate',
  'eventSentence',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface FolderScore {
  articles: number;
  missing: string[];
  categories: Record<Category, Score>;
  eventsByType: Record<string, Score>;
  attributes: Record<Attribute, Accuracy>;
  /**
   * A diagnostic beside the strict discussions score: a topic named in other words of the same phrase
   * ("economic embargo" for "embargo", "protection of nature" for "nature") counts as found. It tells
   * disagreement over a free-text topic's span from a missed or wrong fact; the strict score is the measure.
   */
  discussionsLoose: Score;
  /**
   * Meeting topics one by one, over the matched meetings whose gold lists topics: the exact-list attribute above
   * fails a meeting for one topic missed or added, which hides how many of its subjects were found.
   */
  meetingTopicsEach: Score;
}

type Keys = Record<Category, Set<string>>;

export function extractFolder(dir: string, pipeline: Pipeline): Map<string, ArticleGraph> {
  const out = new Map<string, ArticleGraph>();
  for (const name of readdirSync(dir).sort()) {
    if (name === 'gold.json' || name.startsWith('.')) continue;
    const path = join(dir, name);
    for (const raw of readArticleFile(path, readFileSync(path)).articles) {
      const graph = pipeline.extract(toArticle(raw));
      out.set(graph.article.title, graph);
    }
  }
  return out;
}

const sorted = (xs: string[]) => [...xs].sort().join('|');

/** Lookups over one article's graph, shared by the fact keys and the attribute values. */
function graphView(graph: ArticleGraph) {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const rels = (type: string) => graph.relationships.filter((r) => r.type === type);
  /** Names at the far end of `type` relationships leaving `from`. */
  const linked = (type: string, from: string) => rels(type).filter((r) => r.from === from).map((r) => name(r.to));
  const of = (label: GraphNode['label']) => graph.nodes.filter((n) => n.label === label);
  return {
    nodes,
    name,
    rels,
    linked,
    of,
    meetingKey: (id: string) => sorted(rels('ATTENDED').filter((r) => r.to === id && nodes.get(r.from)?.label === 'Person').map((r) => name(r.from))),
    incidentKey: (id: string) => sorted(linked('INVOLVED', id)),
    eventKey: (e: GraphNode) => `${e.props.type}:${sorted(linked('ACTOR', e.id))}`,
  };
}

/**
 * Keys that may repeat, each numbered after its first ("A|B", "A|B#2"): one meeting told twice and left as two
 * meeting nodes is a false one, not hidden by a set, and gold listing the same people meeting twice needs both.
 */
function counted(keys: string[]): Set<string> {
  const seen = new Map<string, number>();
  return new Set(
    keys.map((k) => {
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      return n === 1 ? k : `${k}#${n}`;
    }),
  );
}

export function predictedKeys(graph: ArticleGraph): Keys {
  const g = graphView(graph);
  const names = (label: GraphNode['label']) => new Set(g.of(label).map((n) => n.name));
  return {
    persons: names('Person'),
    // Countries the text names; a country only implied by a title ("Treasury Secretary") is a role's end, not a mention.
    countries: new Set(g.of('Country').filter((n) => g.rels('MENTIONED_IN').some((r) => r.from === n.id)).map((n) => n.name)),
    organizations: names('Organization'),
    meetings: counted(g.of('Meeting').map((m) => g.meetingKey(m.id))),
    incidents: new Set(g.of('Incident').map((i) => g.incidentKey(i.id))),
    events: new Set(g.of('Event').map(g.eventKey)),
    policies: new Set(g.rels('HOLDS_POLICY').map((r) => `${g.name(r.to)}@${g.name(r.from)}`)),
    discussions: new Set(g.rels('DISCUSSED').map((r) => `${g.name(r.from)}:${g.name(r.to)}`)),
  };
}

export function goldKeys(gold: GoldArticle): Keys {
  return {
    persons: new Set(gold.persons.map((p) => p.name)),
    countries: new Set(gold.countries),
    organizations: new Set(gold.organizations),
    meetings: counted(gold.meetings.map((m) => sorted(m.participants))),
    incidents: new Set((gold.incidents ?? []).map((i) => sorted(i.involved))),
    events: new Set(gold.events.map((e) => `${e.type}:${sorted(e.actors)}`)),
    policies: new Set(gold.policies.flatMap((p) => p.holders.map((h) => `${p.name}@${h}`))),
    discussions: new Set(gold.discussions.map((d) => `${d.person}:${d.topic}`)),
  };
}

/** Attribute values of the predicted facts, keyed like the fact keys (person name, meeting or event key). */
function predictedAttributes(graph: ArticleGraph): Record<Attribute, Map<string, Array<string | null>>> {
  const g = graphView(graph);
  const out = Object.fromEntries(ATTRIBUTES.map((a) => [a, new Map<string, Array<string | null>>()])) as Record<Attribute, Map<string, Array<string | null>>>;
  // Two facts may share a key (Ramaphosa met two people): the gold value may match either.
  const put = (m: Map<string, Array<string | null>>, key: string, value: string | null) => m.set(key, [...(m.get(key) ?? []), value]);
  for (const p of g.of('Person')) {
    const roles = g.rels('HOLDS_ROLE').filter((r) => r.from === p.id);
    const countryId = roles.map((r) => (r.props.countryId as string | undefined) ?? (g.nodes.get(r.to)?.label === 'Country' ? r.to : undefined)).find(Boolean) ?? (p.props.countryId as string | undefined);
    put(out.personCountry, p.name, countryId ? g.name(countryId) : null);
    put(out.personTitle, p.name, (roles[0]?.props.title as string | undefined) ?? ((p.props.titles as string[] | undefined)?.[0] ?? null));
  }
  for (const m of g.of('Meeting')) {
    const key = g.meetingKey(m.id);
    put(out.meetingDate, key, (m.props.date as string | null) ?? null);
    put(out.meetingLocation, key, g.linked('HELD_IN', m.id)[0] ?? null);
    put(out.meetingTopics, key, sorted(g.linked('ABOUT', m.id)));
  }
  for (const i of g.of('Incident')) {
    const key = g.incidentKey(i.id);
    put(out.incidentDate, key, (i.props.date as string | null) ?? null);
    put(out.incidentConsequences, key, sorted(g.rels('LED_TO').filter((r) => r.from === i.id).map((r) => String(g.nodes.get(r.to)?.props.type ?? g.name(r.to)))));
  }
  for (const e of g.of('Event')) {
    const key = g.eventKey(e);
    put(out.eventTargets, key, sorted(g.linked('TARGET', e.id)));
    put(out.eventTopics, key, sorted(g.linked('ABOUT', e.id)));
    put(out.eventDate, key, (e.props.date as string | null) ?? null);
    // Every sentence cited for the event, so the gold phrase may sit in any of them.
    put(out.eventSentence, key, graph.evidence.filter((x) => x.factId === e.id).map((x) => x.sentence).join('\n'));
  }
  return out;
}

/**
 * Attribute values of the gold facts, keyed like the fact keys. Two gold facts may share a key (two agreements of
 * the same leaders): each value is scored, so that neither hides the other.
 */
function goldAttributes(gold: GoldArticle): Record<Attribute, Map<string, Array<string | null>>> {
  const grouped = (entries: Array<[string, string | null]>) => {
    const out = new Map<string, Array<string | null>>();
    for (const [k, v] of entries) out.set(k, [...(out.get(k) ?? []), v]);
    return out;
  };
  return {
    personCountry: grouped(gold.persons.map((p) => [p.name, p.country])),
    personTitle: grouped(gold.persons.filter((p) => p.title).map((p) => [p.name, p.title!])),
    meetingDate: grouped(gold.meetings.filter((m) => m.date !== undefined).map((m) => [sorted(m.participants), m.date ?? null])),
    meetingLocation: grouped(gold.meetings.filter((m) => m.location !== undefined).map((m) => [sorted(m.participants), m.location ?? null])),
    // An empty list means the annotator listed no topics, not that the meeting had none: in both halves nine in ten
    // such meetings have participants whose discussions the same gold lists.
    meetingTopics: grouped(gold.meetings.filter((m) => m.topics?.length).map((m) => [sorted(m.participants), sorted(m.topics!)])),
    incidentDate: grouped((gold.incidents ?? []).filter((i) => i.date !== undefined).map((i) => [sorted(i.involved), i.date ?? null])),
    incidentConsequences: grouped((gold.incidents ?? []).filter((i) => i.consequences).map((i) => [sorted(i.involved), sorted(i.consequences!)])),
    eventTargets: grouped(gold.events.map((e) => [eventKey(e), sorted(e.targets)])),
    eventTopics: grouped(gold.events.filter((e) => e.topics !== undefined).map((e) => [eventKey(e), sorted(e.topics!)])),
    eventDate: grouped(gold.events.filter((e) => e.date !== undefined).map((e) => [eventKey(e), e.date ?? null])),
    eventSentence: grouped(gold.events.filter((e) => e.sentence !== undefined).map((e) => [eventKey(e), e.sentence!])),
  };
}

/** Each lexicon synonym, lowercased, to its topic's name. */
const topicNames = new Map(topicForms().forms.map(([form, entry]) => [form.toLowerCase(), entry.name]));
/** Each organization alias of the lexicon, lowercased, to the organization's name. */
const organizationNames = new Map(organizationForms().map(([form, entry]) => [form.toLowerCase(), entry.name]));

/** "Ministry of Foreign Affairs of Turkey" is the ministry of Türkiye: a state's body compares by the state's name. */
function bodyOfCountry(name: string): string {
  const m = /^(.+ of (?:the )?)(.+)$/.exec(name);
  const id = m && countryIdByName(m[2]!);
  return (id && m[1]! + (countryById(id)?.name ?? m[2]!)) || name;
}

/**
 * Gold may name a country by any common form ("Turkey"); the graph uses the canonical
 * name ("Türkiye"). Both compare as the country they denote; an organization written by
 * another of its names ("Group of Seven", "ASEAN") compares as the lexicon's organization. Likewise a gold topic
 * written as the plain phrase of the text ("New START") compares as the lexicon topic
 * that phrase is a synonym of ("arms control"), whenever the lexicon has one.
 */
export function canonicalGold(g: GoldArticle): GoldArticle {
  // An actor is a country or an organization; either compares as the entity its name denotes.
  const c = (name: string) => {
    const id = countryIdByName(name);
    return (id && countryById(id)?.name) || organizationNames.get(name.toLowerCase()) || bodyOfCountry(name);
  };
  const cn = (name: string | null | undefined) => (name ? c(name) : name);
  const t = (topic: string) => topicNames.get(topic.toLowerCase()) ?? topic;
  const ts = (topics: string[] | undefined) => topics && [...new Set(topics.map(t))];
  return {
    ...g,
    persons: g.persons.map((p) => ({ ...p, country: cn(p.country) ?? null })),
    countries: g.countries.map(c),
    // "Palestinian Authority" is an organization here, whatever country the same words may stand for as an actor.
    organizations: g.organizations.map((o) => organizationNames.get(o.toLowerCase()) ?? bodyOfCountry(o)),
    meetings: g.meetings.map((m) => ({ ...m, location: cn(m.location), topics: ts(m.topics) })),
    incidents: g.incidents?.map((i) => ({ ...i, involved: i.involved.map(c) })),
    events: g.events.map((e) => ({ ...e, actors: e.actors.map(c), targets: e.targets.map(c), topics: ts(e.topics) })),
    policies: g.policies.map((p) => ({ ...p, holders: p.holders.map(c) })),
    discussions: g.discussions.map((d) => ({ ...d, topic: t(d.topic) })),
  };
}

const eventKey = (e: GoldArticle['events'][number]) => `${e.type}:${sorted(e.actors)}`;

/** Gold sentences are a phrase from the sentence that states the fact; the rest compare exactly. */
function attributeMatches(attribute: Attribute, predicted: string | null, gold: string | null): boolean {
  if (attribute === 'eventSentence') return gold !== null && normalizeSpace(predicted ?? '').includes(normalizeSpace(gold));
  return predicted === gold;
}
const normalizeSpace = (s: string) => s.replace(/\s+/g, ' ');

const LEADING = /^(?:the|a|an|their|its|his|her)\s+/;
const words = (topic: string) =>
  topic
    .toLowerCase()
    .replace(LEADING, '')
    .split(/[\s-]+/)
    .map((w) => (w.length > 3 ? w.replace(/(?:ies)$/, 'y').replace(/(?<![su])s$/, '') : w));

/** Two names of a topic that one phrase could give: equal, or one the other's words with more before or after it and the same head. */
export function topicsAgree(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const at = long.join(' ').indexOf(short.join(' '));
  if (at < 0) return false;
  // The shorter name must be whole words of the longer one and keep its head: "nature" in "protection of nature",
  // "embargo" in "economic embargo", not "trade" in "trade deal".
  const before = long.join(' ').slice(0, at);
  return (at === 0 || before.endsWith(' ')) && short.at(-1) === long.at(-1);
}

/** Discussions matched one to one, a gold topic by a predicted one of the same person that agrees with it. */
function addLoose(into: Counts, predicted: Set<string>, gold: Set<string>): void {
  const left = [...predicted].map((k) => k.split(':') as [string, string]);
  let tp = 0;
  for (const g of gold) {
    const [person, topic] = g.split(':') as [string, string];
    const i = left.findIndex(([p, t]) => p === person && topicsAgree(t, topic));
    if (i < 0) continue;
    left.splice(i, 1);
    tp++;
  }
  into.tp += tp;
  into.fp += predicted.size - tp;
  into.fn += gold.size - tp;
}

function add(into: Counts, predicted: Set<string>, gold: Set<string>): void {
  let tp = 0;
  for (const g of gold) if (predicted.has(g)) tp++;
  into.tp += tp;
  into.fp += predicted.size - tp;
  into.fn += gold.size - tp;
}

export function finish(c: Counts): Score {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The topics of a sorted, "|"-joined attribute value. */
const topicList = (value: string | null) => (value ? value.split('|') : []);

/** Scores the articles of `dir` against `dir/gold.json` (or another gold file). */
export function scoreFolder(dir: string, pipeline: Pipeline, goldFile = join(dir, 'gold.json')): FolderScore {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')).articles as Record<string, GoldArticle>;
  const graphs = extractFolder(dir, pipeline);
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  const byType: Record<string, Counts> = {};
  const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, { correct: 0, total: 0 }])) as Record<Attribute, { correct: number; total: number }>;
  const missing: string[] = [];
  const loose: Counts = { tp: 0, fp: 0, fn: 0 };
  const meetingTopics: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [title, written] of Object.entries(gold)) {
    const g = canonicalGold(written);
    const graph = graphs.get(title);
    if (!graph) {
      missing.push(title);
      continue;
    }
    const predicted = predictedKeys(graph);
    const expected = goldKeys(g);
    for (const c of CATEGORIES) add(totals[c], predicted[c], expected[c]);
    addLoose(loose, predicted.discussions, expected.discussions);
    // Attributes count only for facts found at all: they measure detail, not recall.
    const predictedAttrs = predictedAttributes(graph);
    const goldAttrs = goldAttributes(g);
    for (const [key, values] of goldAttrs.meetingTopics) {
      const found = predictedAttrs.meetingTopics.get(key);
      if (found) add(meetingTopics, new Set(found.flatMap(topicList)), new Set(values.flatMap(topicList)));
    }
    for (const [attribute, byKey] of Object.entries(goldAttrs) as Array<[Attribute, Map<string, Array<string | null>>]>) {
      for (const [key, values] of byKey) {
        const found = predictedAttrs[attribute].get(key);
        if (!found) continue;
        for (const value of values) {
          attributes[attribute].total++;
          if (found.some((p) => attributeMatches(attribute, p, value))) attributes[attribute].correct++;
        }
      }
    }
    const types = new Set([...predicted.events, ...expected.events].map((k) => k.split(':')[0]!));
    for (const t of types) {
      const only = (s: Set<string>) => new Set([...s].filter((k) => k.startsWith(`${t}:`)));
      add((byType[t] ??= { tp: 0, fp: 0, fn: 0 }), only(predicted.events), only(expected.events));
    }
  }
  return {
    articles: Object.keys(gold).length,
    missing,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, finish(totals[c])])) as Record<Category, Score>,
    eventsByType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, c]) => [t, finish(c)])),
    attributes: Object.fromEntries(ATTRIBUTES.map((a) => [a, { ...attributes[a], accuracy: attributes[a].total ? attributes[a].correct / attributes[a].total : 1 }])) as Record<Attribute, Accuracy>,
    discussionsLoose: finish(loose),
    meetingTopicsEach: finish(meetingTopics),
  };
}

export function formatScore(name: string, s: FolderScore): string {
  const row = (label: string, x: Score) =>
    `  ${label.padEnd(16)} P ${x.precision.toFixed(2)}  R ${x.recall.toFixed(2)}  F1 ${x.f1.toFixed(2)}  (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
  return [
    `${name}: ${s.articles} articles${s.missing.length ? `, ${s.missing.length} missing: ${s.missing.join('; ')}` : ''}`,
    ...CATEGORIES.map((c) => row(c, s.categories[c])),
    '  events by type:',
    ...Object.entries(s.eventsByType).map(([t, x]) => row(`  ${t}`, x)),
    '  attributes of matched facts:',
    ...ATTRIBUTES.map((a) => `    ${a.padEnd(20)} ${s.attributes[a].total ? s.attributes[a].accuracy.toFixed(2) : 'n/a '}  (${s.attributes[a].correct}/${s.attributes[a].total})`),
    '  diagnostic: discussions with a topic named by another span of the same phrase',
    row('  discussions~', s.discussionsLoose),
    '  meeting topics one by one, over matched meetings whose gold lists topics',
    row('  meeting topics', s.meetingTopicsEach),
  ].join('\n');
}
