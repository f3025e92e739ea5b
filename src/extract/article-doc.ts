import type { Article, EventType, NodeLabel } from '../domain/ontology';

/**
 * The one object every pipeline component reads and extends, spaCy-style:
 * components add sentences, mentions, entities and facts; none of them keeps
 * state of its own, so a pipeline run is a pure function of the article.
 * All offsets are absolute character offsets in `text`.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  /** ISO date the sentence states, at the precision it gives; set by the dates component. */
  date: string | null;
}

export type EntityLabel = Extract<NodeLabel, 'Person' | 'Country' | 'Organization' | 'Topic' | 'Policy'>;

export type MentionVia =
  | 'name'
  | 'alias'
  | 'demonym'
  | 'capital'
  | 'surname'
  | 'role'
  | 'pronoun'
  | 'pattern'
  | 'lexicon';

export interface Mention extends Span {
  sentence: number;
  text: string;
  label: EntityLabel;
  /** Resolved entity ids; a plural pronoun may stand for several. Empty while unresolved. */
  entityIds: string[];
  via: MentionVia;
  possessive: boolean;
  /** Part of a larger mention (the "Chinese" of "Chinese President Xi Jinping"): not an actor by itself. */
  qualifier: boolean;
}

export interface Role {
  title: string;
  countryId: string | null;
  organizationId: string | null;
  former: boolean;
  sentence: number;
}

export interface Entity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: Set<string>;
  props: Record<string, string | null>;
  roles: Role[];
  /** Sentence of the first mention, for provenance. */
  firstSentence: number;
}

export interface Quote extends Span {
  paragraph: number;
  speakerId: string | null;
  /** Sentence holding the attribution ("…," he said). */
  attributionSentence: number | null;
}

export interface ExtractedEvent {
  type: EventType;
  actorIds: string[];
  targetIds: string[];
  topicIds: string[];
  policyIds: string[];
  sentence: number;
  verb: Span;
  date: string | null;
  rule: string;
  confidence: number;
  /** Index into doc.events of the event this one answers (a REJECT answering a REQUEST). */
  respondsTo: number | null;
}

export interface ExtractedMeeting {
  participantIds: string[];
  topicIds: string[];
  locationId: string | null;
  date: string | null;
  sentence: number;
  /** Index into doc.events of the event that told of it; -1 for a meeting the text implies without one. */
  event: number;
  /** The sentence that names a topic taken up after the meeting's own sentence, by topic id. */
  topicSentences?: Record<string, number>;
  /** Participants who only watched ("witnessed the signing", "joined them at the ceremony"): there, but not in its talks. */
  witnessIds?: string[];
}

export interface ExtractedIncident {
  name: string;
  involvedIds: string[];
  /** doc.events indexes of what the incident led to. */
  consequences: number[];
  /** doc.events indexes of the events that make up the incident itself. */
  causes: number[];
  date: string | null;
  sentence: number;
}

export interface PolicyHolding {
  policyId: string;
  holderId: string;
  sentence: number;
  rule: string;
}

export interface Discussion {
  personId: string;
  topicId: string;
  sentence: number;
  rule: string;
}

/**
 * What the graph already knows, handed in by the caller (the extractor never
 * reads a store): a surname alone ("President Biden") can then resolve to
 * the one person already known by that name.
 */
export interface ExtractionContext {
  /** Single-word alias → full names of known people with that alias. */
  knownPeople?: ReadonlyMap<string, readonly string[]>;
}

export interface ArticleDoc {
  article: Article;
  context: ExtractionContext;
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, Entity>;
  quotes: Quote[];
  events: ExtractedEvent[];
  meetings: ExtractedMeeting[];
  incidents: ExtractedIncident[];
  policyHoldings: PolicyHolding[];
  discussions: Discussion[];
}

export function createDoc(article: Article, context: ExtractionContext = {}): ArticleDoc {
  return {
    article,
    context,
    text: article.text,
    sentences: [],
    mentions: [],
    entities: new Map(),
    quotes: [],
    events: [],
    meetings: [],
    incidents: [],
    policyHoldings: [],
    discussions: [],
  };
}

/** Registers an entity or merges a new surface form into the known one. */
export function upsertEntity(
  doc: ArticleDoc,
  id: string,
  label: EntityLabel,
  name: string,
  sentence: number,
  alias?: string,
): Entity {
  let e = doc.entities.get(id);
  if (!e) {
    e = { id, label, name, aliases: new Set(), props: {}, roles: [], firstSentence: sentence };
    doc.entities.set(id, e);
  }
  if (alias && alias !== e.name) e.aliases.add(alias);
  return e;
}

/**
 * Mentions by sentence, kept as mentions are added, so that lookups stay local:
 * an article of 10,000 lines must not cost 10,000² comparisons.
 */
const bySentence = new WeakMap<ArticleDoc, Map<number, Mention[]>>();

export function addMention(doc: ArticleDoc, m: Mention): Mention {
  doc.mentions.push(m);
  let index = bySentence.get(doc);
  if (!index) bySentence.set(doc, (index = new Map()));
  const list = index.get(m.sentence);
  if (!list) index.set(m.sentence, [m]);
  else {
    // Kept in text order (start, then longer first), as the components read them.
    let at = list.length;
    while (at > 0 && (list[at - 1]!.start > m.start || (list[at - 1]!.start === m.start && list[at - 1]!.end < m.end))) at--;
    list.splice(at, 0, m);
  }
  return m;
}

/** Takes back a mention a later component found to be something else ("Israel" in "Israel Katz"). */
export function removeMention(doc: ArticleDoc, m: Mention): void {
  const at = doc.mentions.indexOf(m);
  if (at >= 0) doc.mentions.splice(at, 1);
  const list = bySentence.get(doc)?.get(m.sentence);
  const i = list?.indexOf(m) ?? -1;
  if (list && i >= 0) list.splice(i, 1);
}

/** The country a person holds a post for, from the first role that names one. */
export function homeCountry(doc: ArticleDoc, personId: string): string | undefined {
  const e = doc.entities.get(personId);
  // A person named without a post ("Vladimir Putin") may still have a country of his own.
  return e?.roles.find((r) => r.countryId)?.countryId ?? (e?.label === 'Person' ? (e.props.countryId as string | undefined) : undefined);
}

/** Two lists of entity ids naming the same entities, in any order. */
export function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The mentions of one sentence in text order (the array is shared: do not modify it). */
export function mentionsIn(doc: ArticleDoc, sentence: number): Mention[] {
  return bySentence.get(doc)?.get(sentence) ?? [];
}

/** The people named in a sentence between `from` and `limit`, subject first (not inside quotes, not qualifying a title). */
export function peopleIn(doc: ArticleDoc, sentence: number, limit = Infinity, from = 0): string[] {
  return mentionsIn(doc, sentence)
    .filter((m) => m.label === 'Person' && m.entityIds.length === 1 && m.start < limit && m.start >= from && !m.qualifier && !insideQuote(doc, m.start))
    .sort((a, b) => a.start - b.start)
    .map((m) => m.entityIds[0]!);
}

/** The distinct people the two sentences before `sentence` named, in text order. */
export function peopleJustBefore(doc: ArticleDoc, sentence: number): string[] {
  return [...new Set([...peopleIn(doc, sentence - 2), ...peopleIn(doc, sentence - 1)])];
}

/** Index of the sentence holding `pos`, or -1 (binary search: sentences are in text order). */
export function sentenceAt(doc: ArticleDoc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The quote whose span holds `pos` strictly inside, if any (quotes are in text order and do not overlap). */
export function quoteAt(doc: ArticleDoc, pos: number): Quote | undefined {
  let lo = 0;
  let hi = doc.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = doc.quotes[mid]!;
    if (pos <= q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}

export function insideQuote(doc: ArticleDoc, pos: number): boolean {
  return quoteAt(doc, pos) !== undefined;
}
