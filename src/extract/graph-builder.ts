import { countryById } from './countries';
import { ids, shortHash } from '../domain/ids';
import type { ArticleGraph, Evidence, GraphNode, GraphRelationship, Props, RelationshipType } from '../domain/ontology';
import { sentenceAt, type ArticleDoc } from './article-doc';
import { eventVerbPhrase, listNames } from './event-phrases';

/**
 * Turns an analysed document into what the store keeps: nodes, relationships
 * and the evidence (sentence, offsets, rule) behind each of them. Ids are
 * deterministic, so the same fact from two articles lands on the same id.
 */

class GraphAccumulator {
  readonly nodes = new Map<string, GraphNode>();
  readonly relationships = new Map<string, GraphRelationship>();
  readonly evidence = new Map<string, Evidence>();

  constructor(private readonly doc: ArticleDoc) {}

  node(id: string, label: GraphNode['label'], name: string, aliases: Iterable<string> = [], props: Props = {}): string {
    const existing = this.nodes.get(id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...aliases])].sort();
      for (const [k, v] of Object.entries(props)) if (existing.props[k] == null) existing.props[k] = v;
    } else {
      this.nodes.set(id, { id, label, name, aliases: [...new Set(aliases)].filter((a) => a !== name).sort(), props });
    }
    return id;
  }

  rel(type: RelationshipType, from: string, to: string, key = '', props: Props = {}): string {
    const id = ids.relationship(type, from, to, key);
    if (!this.relationships.has(id)) this.relationships.set(id, { id, type, from, to, props });
    return id;
  }

  cite(factId: string, sentence: number, rule: string, confidence: number): void {
    const s = this.doc.sentences[sentence]!;
    const key = `${factId}|${s.start}`;
    if (this.evidence.has(key)) return;
    this.evidence.set(key, { factId, articleId: this.doc.article.id, sentence: s.text, start: s.start, end: s.end, rule, confidence });
  }

  name(id: string): string {
    return this.nodes.get(id)?.name ?? this.doc.entities.get(id)?.name ?? id;
  }
}

export function buildGraph(doc: ArticleDoc): ArticleGraph {
  const g = new GraphAccumulator(doc);
  const article = doc.article;
  g.node(article.id, 'Article', article.title, [], {
    title: article.title,
    date: article.publishedAt,
    source: article.source,
    url: article.url,
    publishedAt: article.publishedAt,
    contentHash: article.contentHash,
  });

  const mentionSentences = new Map<string, number[]>();
  for (const m of doc.mentions) {
    for (const id of m.entityIds) {
      const list = mentionSentences.get(id) ?? [];
      if (!list.includes(m.sentence)) list.push(m.sentence);
      mentionSentences.set(id, list);
    }
  }

  for (const e of doc.entities.values()) {
    const sentences = mentionSentences.get(e.id);
    if (!sentences?.length) continue;
    const props: Props = {};
    for (const [k, v] of Object.entries(e.props)) props[k] = v;
    const untiedTitles = e.roles.filter((r) => !r.countryId && !r.organizationId).map((r) => r.title);
    if (untiedTitles.length) props.titles = [...new Set(untiedTitles)];
    g.node(e.id, e.label, e.name, e.aliases, props);
    g.cite(e.id, sentences[0]!, `mentions:${e.label.toLowerCase()}`, 0.9);
    const mentioned = g.rel('MENTIONED_IN', e.id, article.id);
    for (const s of sentences.slice(0, 3)) g.cite(mentioned, s, 'mentions', 0.9);
  }

  for (const e of doc.entities.values()) {
    if (!g.nodes.has(e.id)) continue;
    if (e.label === 'Organization' && e.props.countryId && g.nodes.has(e.props.countryId)) {
      g.cite(g.rel('PART_OF', e.id, e.props.countryId), e.firstSentence, 'organizations:country', 0.9);
    }
    for (const r of e.roles) {
      const target = r.organizationId ?? r.countryId;
      if (!target) continue;
      ensureEntityNode(g, doc, target, r.sentence);
      const props: Props = { title: r.title, former: r.former };
      if (r.organizationId && r.countryId) props.countryId = r.countryId;
      g.cite(g.rel('HOLDS_ROLE', e.id, target, r.title, props), r.sentence, 'persons:title', 0.85);
      if (r.organizationId && r.countryId) {
        ensureEntityNode(g, doc, r.countryId, r.sentence);
        g.cite(g.rel('HOLDS_ROLE', e.id, r.countryId, r.title, { title: r.title, former: r.former }), r.sentence, 'persons:title', 0.8);
      }
    }
  }

  // A fact the text does not date is scoped to the day it was reported: two reports published the
  // same day of the same kind of fact between the same parties are one fact. Without a publication
  // date nothing ties it to a day, so it stays the article's own. Its date property stays empty.
  const undatedScope = article.publishedAt ? `reported:${article.publishedAt.slice(0, 10)}` : article.id;
  const eventIds: string[] = [];
  for (const ev of doc.events) {
    const actors = [...ev.actorIds].sort();
    const targets = [...ev.targetIds].sort();
    const id = ids.event([ev.type, actors.join(','), targets.join(','), ev.date ?? undatedScope]);
    eventIds.push(id);
    for (const x of [...actors, ...targets, ...ev.topicIds, ...ev.policyIds]) ensureEntityNode(g, doc, x, ev.sentence);
    const about = [...ev.topicIds, ...ev.policyIds].map((t) => g.name(t));
    const summary = `${listNames(actors.map((a) => g.name(a)))} ${eventVerbPhrase(ev.type, targets.length > 0)}${targets.length ? ` ${listNames(targets.map((t) => g.name(t)))}` : ''}${about.length ? `${targets.length || !TRANSITIVE_TYPES.has(ev.type) ? '' : ','} on ${about.join(', ')}` : ''}`;
    g.node(id, 'Event', summary, [], { type: ev.type, date: ev.date, summary });
    g.cite(id, ev.sentence, ev.rule, ev.confidence);
    for (const a of actors) g.cite(g.rel('ACTOR', id, a), ev.sentence, ev.rule, ev.confidence);
    for (const t of targets) g.cite(g.rel('TARGET', id, t), ev.sentence, ev.rule, ev.confidence);
    for (const t of [...ev.topicIds, ...ev.policyIds]) g.cite(g.rel('ABOUT', id, t), ev.sentence, ev.rule, ev.confidence * 0.9);
  }
  doc.events.forEach((ev, i) => {
    if (ev.respondsTo !== null) g.cite(g.rel('RESPONDS_TO', eventIds[i]!, eventIds[ev.respondsTo]!), ev.sentence, 'events:response', 0.7);
  });

  for (const m of doc.meetings) {
    const participants = [...m.participantIds].sort();
    const id = ids.meeting([participants.join(','), m.date ?? undatedScope]);
    for (const p of participants) ensureEntityNode(g, doc, p, m.sentence);
    const name = `Meeting of ${participants.map((p) => g.name(p)).join(', ')}${m.date ? ` (${m.date})` : ''}`;
    g.node(id, 'Meeting', name, [], { date: m.date });
    g.cite(id, m.sentence, 'meetings:meet-event', 0.8);
    for (const p of participants) g.cite(g.rel('ATTENDED', p, id), m.sentence, 'meetings:meet-event', 0.8);
    for (const t of m.topicIds) {
      const later = m.topicSentences?.[t];
      g.cite(g.rel('ABOUT', id, t), later ?? m.sentence, later === undefined ? 'meetings:topic' : 'meetings:topic-discussed', later === undefined ? 0.75 : 0.65);
    }
    if (m.locationId) {
      ensureEntityNode(g, doc, m.locationId, m.sentence);
      g.cite(g.rel('HELD_IN', id, m.locationId), m.sentence, 'meetings:location', 0.75);
    }
  }

  for (const inc of doc.incidents) {
    const involved = [...inc.involvedIds].sort();
    const id = ids.incident([inc.name.toLowerCase(), involved.join(','), inc.date ?? undatedScope]);
    for (const x of involved) ensureEntityNode(g, doc, x, inc.sentence);
    g.node(id, 'Incident', inc.name, [], { date: inc.date, summary: doc.sentences[inc.sentence]!.text });
    g.cite(id, inc.sentence, 'incidents:causal-marker', 0.75);
    for (const x of involved) g.cite(g.rel('INVOLVED', id, x), inc.sentence, 'incidents:causal-marker', 0.75);
    for (const c of inc.consequences) g.cite(g.rel('LED_TO', id, eventIds[c]!), inc.sentence, 'incidents:causal-marker', 0.75);
  }

  for (const h of doc.policyHoldings) {
    ensureEntityNode(g, doc, h.holderId, h.sentence);
    ensureEntityNode(g, doc, h.policyId, h.sentence);
    g.cite(g.rel('HOLDS_POLICY', h.holderId, h.policyId), h.sentence, h.rule, 0.8);
  }

  for (const d of doc.discussions) g.cite(g.rel('DISCUSSED', d.personId, d.topicId), d.sentence, d.rule, 0.75);

  for (const q of doc.quotes) {
    if (!q.speakerId || !g.nodes.has(q.speakerId)) continue;
    const quote = doc.text.slice(q.start, q.end).replace(/^"|"$/g, '').trim();
    const sentence = sentenceAt(doc, q.start);
    if (sentence < 0 || !quote) continue;
    g.cite(g.rel('SAID', q.speakerId, article.id, shortHash(quote), { quote }), sentence, 'quotes:attribution', 0.75);
  }

  // Relationships whose ends did not become nodes (an entity with no surviving mention) are dropped.
  const relationships = [...g.relationships.values()].filter((r) => g.nodes.has(r.from) && g.nodes.has(r.to));
  const kept = new Set([...g.nodes.keys(), ...relationships.map((r) => r.id)]);
  return {
    article,
    nodes: [...g.nodes.values()],
    relationships,
    evidence: [...g.evidence.values()].filter((e) => kept.has(e.factId)),
  };
}

/** Verbs whose summary needs an object: "G20 supported, on hunger" rather than "supported on hunger". */
const TRANSITIVE_TYPES = new Set(['SUPPORT', 'CRITICIZE', 'ACCUSE', 'WARN', 'THREATEN', 'SUSPEND', 'RESTORE', 'REAFFIRM', 'SANCTION', 'REJECT', 'VISIT', 'CALL', 'MEET']);

function ensureEntityNode(g: GraphAccumulator, doc: ArticleDoc, id: string, sentence: number): void {
  if (g.nodes.has(id)) return;
  const e = doc.entities.get(id);
  if (!e) {
    // A title can imply a country the text never names ("Treasury Secretary Janet
    // Yellen"): the role still needs its country node, cited by the title's sentence.
    const country = id.startsWith('country:') ? countryById(id) : undefined;
    if (!country) return;
    g.node(id, 'Country', country.name, [], { iso3: country.iso3 });
    g.cite(id, sentence, 'persons:title-country', 0.8);
    return;
  }
  g.node(id, e.label, e.name, e.aliases, { ...e.props });
  g.cite(id, sentence, `mentions:${e.label.toLowerCase()}`, 0.8);
}
