import type { EventType } from '../domain/ontology';
import { insideQuote, type ArticleDoc, type ExtractedEvent, type Mention, type Sentence } from './article-doc';
import { actingIds, clauseEnd, clauseStart, objectsAfter, subjectBefore } from './clauses';
import { Gazetteer } from './gazetteer';
import { EVENT_VERBS, MODALS, NEGATORS, PASSIVE_VERBS, SPEECH_VERBS } from './lexicons';
import type { PipelineComponent } from './pipeline';

/**
 * Typed events from verb phrases: the subject of the clause is the actor, the
 * actors after the verb are targets, topics and policies of the sentence are
 * what it is about. Negated or hedged verbs ("has not agreed", "may impose")
 * yield nothing; a passive ("was rebuffed") swaps the roles; a REJECT is linked
 * to the REQUEST it answers.
 */
const verbGazetteer = new Gazetteer<EventType>(
  (Object.entries(EVENT_VERBS) as Array<[EventType, string[]]>).flatMap(([type, forms]) => forms.map((f): [string, EventType] => [f, type])),
  false,
);
const passiveForms = new Map<string, EventType>();
for (const [type, forms] of Object.entries(PASSIVE_VERBS) as Array<[EventType, string[]]>) for (const f of forms) passiveForms.set(f, type);

const NEGATED = new RegExp(`(?:^|\\s)(?:${NEGATORS.map((n) => n.replace("'", "['’]")).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
const NEGATED_CONTRACTION = /n['’]t\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const HEDGED = new RegExp(`(?:^|\\s)(?:${MODALS.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
const PASSIVE_AUX = /\b(?:was|were|been|is|are|being|be)\s+(?:\p{L}+ly\s+)?$/iu;
const PLURAL_OBJECT = /^\s+(?:them|they)\b/i;
const SPEECH_AFTER = new RegExp(`\\b(?:${SPEECH_VERBS.filter((v) => !v.includes(' ')).join('|')})\\b`, 'gi');
const DEMONSTRATIVE = /\b(?:that|this|those|these|it|the issue|the matter)\b/i;

/** A verb inside a quote counts only when the quote opens on it (a partial quote: Blinken "reiterated …"). */
function quotedVerbAllowed(doc: ArticleDoc, pos: number): boolean {
  if (!insideQuote(doc, pos)) return true;
  return doc.quotes.some((q) => q.start < pos && pos - q.start <= 2);
}

/**
 * Topics (or policies) named in [from, to). A topic that is also a country acting
 * in the event ("visited Taiwan") is the event's target, not what it is about.
 */
function topicsIn(doc: ArticleDoc, s: Sentence, label: 'Topic' | 'Policy', from: number, to: number, skipCountries = false): string[] {
  const countrySpans = doc.mentions.filter((m) => m.sentence === s.index && m.label === 'Country');
  return [
    ...new Set(
      doc.mentions
        .filter((m) => m.sentence === s.index && m.label === label && m.start >= from && m.end <= to)
        .filter((m) => !skipCountries || !countrySpans.some((c) => c.start === m.start && c.end === m.end))
        .flatMap((m) => m.entityIds),
    ),
  ];
}

/** "…asked them to restore that connection": the topic is the one the previous sentences named. */
function inheritedTopics(doc: ArticleDoc, s: Sentence, clause: string): string[] {
  if (!DEMONSTRATIVE.test(clause)) return [];
  for (let i = s.index - 1; i >= Math.max(0, s.index - 2); i--) {
    const prev = doc.sentences[i]!;
    const t = topicsIn(doc, prev, 'Topic', prev.start, prev.end, true);
    if (t.length) return t;
  }
  return [];
}

const STRONG_BREAK = /[;:]|\bbut\b|\bwhile\b/i;
function strongClauseEnd(doc: ArticleDoc, s: Sentence, pos: number): number {
  const m = STRONG_BREAK.exec(doc.text.slice(pos, s.end));
  return m ? pos + m.index : s.end;
}

/** "Blinken's meetings with …", "his trip to …": the possessor acts. */
function possessorBefore(doc: ArticleDoc, s: Sentence, pos: number): Mention | null {
  return (
    doc.mentions.find(
      (m) => m.sentence === s.index && m.possessive && !m.qualifier && m.entityIds.length && m.end <= pos && /^(?:['’]s?)?\s+$/.test(doc.text.slice(m.end, pos)),
    ) ?? null
  );
}

/** Where the objects of a verb stop: the clause end, or a new speaker (", Blinken told reporters"). */
function objectsEnd(doc: ArticleDoc, s: Sentence, verbEnd: number): number {
  const end = clauseEnd(doc, s, verbEnd);
  SPEECH_AFTER.lastIndex = 0;
  const speech = SPEECH_AFTER.exec(doc.text.slice(verbEnd, end));
  if (!speech) return end;
  const speaker = subjectBefore(doc, s, verbEnd + speech.index);
  return speaker && speaker.start > verbEnd ? speaker.start : end;
}

function findResponse(doc: ArticleDoc, ev: ExtractedEvent): number | null {
  for (let i = doc.events.length - 1; i >= 0; i--) {
    const prior = doc.events[i]!;
    if (ev.sentence - prior.sentence > 3) break;
    if (prior.type !== 'REQUEST') continue;
    const answersAsker = prior.actorIds.some((a) => ev.targetIds.includes(a));
    const askedOne = prior.targetIds.some((t) => ev.actorIds.includes(t));
    if (answersAsker && askedOne) return i;
  }
  return null;
}

export const eventsComponent: PipelineComponent = {
  name: 'events',
  requires: ['mentions.Person.resolved', 'mentions.Topic', 'mentions.Policy', 'quotes', 'sentences.date'],
  assigns: ['events'],
  run(doc) {
    for (const s of doc.sentences) {
      const inSentence: ExtractedEvent[] = [];
      for (const v of verbGazetteer.matches(s.text, s.start)) {
        if (!quotedVerbAllowed(doc, v.start)) continue;
        const lead = doc.text.slice(Math.max(s.start, v.start - 40), v.start);
        if (NEGATED.test(lead) || NEGATED_CONTRACTION.test(lead) || HEDGED.test(lead)) continue;
        const partialQuote = insideQuote(doc, v.start);
        const passiveType = PASSIVE_AUX.test(lead) ? passiveForms.get(v.text.toLowerCase()) : undefined;
        const type = passiveType ?? v.value;
        const subject = possessorBefore(doc, s, v.start) ?? subjectBefore(doc, s, v.start);
        const previous = inSentence[inSentence.length - 1];
        const end = objectsEnd(doc, s, v.end);
        let actorIds: string[];
        let targetIds: string[];
        if (passiveType) {
          // "X was rebuffed (by Y)": X is the target; without "by Y" the one X had asked is the actor.
          const byAgent = /^\s+by\b/.test(doc.text.slice(v.end, v.end + 5)) ? objectsAfter(doc, s, v.end, end, [], partialQuote) : [];
          targetIds = subject ? actingIds(doc, subject) : (previous?.actorIds ?? []);
          actorIds = byAgent.length ? byAgent : (previous?.targetIds ?? []);
        } else {
          actorIds = subject ? actingIds(doc, subject) : (previous?.actorIds ?? []);
          targetIds = PLURAL_OBJECT.test(doc.text.slice(v.end, v.end + 6)) && previous
            ? previous.targetIds.filter((t) => !actorIds.includes(t))
            : objectsAfter(doc, s, v.end, end, actorIds, partialQuote);
        }
        if (!actorIds.length) continue;
        const from = clauseStart(doc, s, v.start);
        const to = clauseEnd(doc, s, v.end);
        let topicIds = topicsIn(doc, s, 'Topic', from, to, true);
        if (!topicIds.length) topicIds = inheritedTopics(doc, s, doc.text.slice(v.end, strongClauseEnd(doc, s, v.end)));
        const ev: ExtractedEvent = {
          type,
          actorIds,
          targetIds,
          topicIds,
          policyIds: topicsIn(doc, s, 'Policy', from, to),
          sentence: s.index,
          verb: { start: v.start, end: v.end },
          date: s.date,
          rule: passiveType ? 'events:passive-verb' : 'events:verb-lexicon',
          confidence: subject && subject.via !== 'name' && subject.via !== 'alias' ? 0.7 : 0.85,
          respondsTo: null,
        };
        if (type === 'REJECT') ev.respondsTo = findResponse(doc, ev);
        // A refusal is about what was asked.
        if (ev.respondsTo !== null && !ev.topicIds.length) ev.topicIds = [...doc.events[ev.respondsTo]!.topicIds];
        doc.events.push(ev);
        inSentence.push(ev);
      }
    }
  },
};
