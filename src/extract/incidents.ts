import { insideQuote } from './article-doc';
import { resolveDate } from './dates';
import { actingIds, actorMentions } from './clauses';
import { eventVerbPhrase, listNames } from './event-phrases';
import { CAUSAL_MARKERS, INCIDENT_CUES } from './lexicons';
import type { PipelineComponent } from './pipeline';

/**
 * Incidents: happenings that others react to, found where a sentence ties an
 * event to a cause ("China severed the channel after Pelosi visited Taiwan",
 * "… in response to the missile launch"). The cause becomes the incident; the
 * events before the marker are what it led to.
 */
const CUE = new RegExp(`\\b(?:${INCIDENT_CUES.join('|')})\\b`, 'i');
const INTERVAL_BEFORE = /\b(?:hours?|days?|weeks?|months?|years?|decades?|shortly|soon|just|long|right|immediately)\s+$/i;
const WEAK_CUES = new Set(['visit', 'visited', 'test', 'tests', 'election', 'referendum', 'sanctions', 'protest', 'protests', 'protesters']);
const STRONG_CUE = new RegExp(`\\b(?:${INCIDENT_CUES.filter((c) => !WEAK_CUES.has(c)).join('|')})\\b`, 'i');
// A visit is left out on purpose: "after Pelosi visited Taiwan" can be the provocation.
const SEQUENCE_ONLY = new Set(['MEET', 'CALL', 'DISCUSS', 'AGREE', 'REAFFIRM']);
const MARKER = new RegExp(`\\b(${CAUSAL_MARKERS.join('|')})\\b`, 'gi');

/** At most a dozen words, never ending on a word that needs the next one ("… troops in the"). */
function shortName(phrase: string): string {
  const words = phrase.split(/\s+/).slice(0, 12);
  while (words.length > 1 && /^(?:a|an|the|of|in|on|at|to|by|for|with|from|and|or|near|over|between|into|onto|through|across|against|about|under|its|their|his|her)$/i.test(words.at(-1)!)) words.pop();
  return words.join(' ').replace(/[,;:]+$/, '');
}

export const incidentsComponent: PipelineComponent = {
  name: 'incidents',
  requires: ['events'],
  assigns: ['incidents'],
  run(doc) {
    const eventsOf = new Map<number, number[]>();
    doc.events.forEach((e, i) => eventsOf.set(e.sentence, [...(eventsOf.get(e.sentence) ?? []), i]));
    for (const s of doc.sentences) {
      const here = eventsOf.get(s.index);
      if (!here) continue;
      MARKER.lastIndex = 0;
      for (const marker of s.text.matchAll(MARKER)) {
        const at = s.start + marker.index!;
        if (insideQuote(doc, at)) continue;
        // "weeks after his trip", "shortly after the talks": a measured interval is sequence, not cause,
        // unless what came before was violent enough to answer ("five days after Hamas fighters killed …").
        if (INTERVAL_BEFORE.test(doc.text.slice(Math.max(s.start, at - 24), at)) && !STRONG_CUE.test(doc.text.slice(at, s.end))) continue;
        const effects = here.filter((i) => doc.events[i]!.verb.end <= at);
        if (!effects.length) continue;
        const causeEnd = s.end;
        // "said … after the two men held talks": a meeting, a call or an agreement is what came before, not a cause.
        const causes = here.filter((i) => doc.events[i]!.verb.start > at && !SEQUENCE_ONLY.has(doc.events[i]!.type));
        // "expelled officials from the French embassy": a national body stands for its country.
        const involved = [...new Set(actorMentions(doc, s, at, causeEnd).flatMap((m) => actingIds(doc, m)))];
        if (!involved.length) continue;
        // "after talks in Beijing" is sequence, not cause: the cause must name a happening.
        CUE.lastIndex = 0;
        if (!causes.length && !CUE.test(doc.text.slice(at, causeEnd))) continue;
        const phrase = doc.text.slice(at + marker[0].length, causeEnd).replace(/[.!?"]+$/, '').trim();
        const cause = causes.length ? doc.events[causes[0]!] : undefined;
        const name = cause
          ? `${listNames(cause.actorIds.map((id) => doc.entities.get(id)?.name ?? id))} ${eventVerbPhrase(cause.type, cause.targetIds.length > 0)}${cause.targetIds.length ? ` ${listNames(cause.targetIds.map((id) => doc.entities.get(id)?.name ?? id))}` : ''}`
          : shortName(phrase);
        // The sentence's date belongs to the reaction ("condemned ... on Tuesday after ..."): an incident has only the date its own words give.
        const date = cause ? cause.date : resolveDate(phrase, doc.article.publishedAt);
        doc.incidents.push({ name, involvedIds: involved, consequences: effects, causes, date, sentence: s.index });
      }
    }
  },
};
