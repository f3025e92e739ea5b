import { ids } from '../domain/ids';
import { homeCountry, insideQuote, mentionsIn, sameIds, type ArticleDoc, type ExtractedEvent, type Sentence } from './article-doc';
import { clauseEnd, clauseStart, mainSubject, ONLOOKER, RECEIVING_GUEST, subjectBefore } from './clauses';
import { countryById } from './countries';
import { placeCountryAt, stateOn } from './lexicons';
import type { PipelineComponent } from './pipeline';

/**
 * Meetings from MEET events: who took part (people when named, else the
 * countries or bodies), about what, where ("in Beijing", "at the White House",
 * "in Munich") and when.
 */
/** A region of a country before its name: "in western Belarus". */
const REGION = String.raw`(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?`;
const LOCATION = new RegExp(String.raw`(?<!\b(?:war|wars|conflict|crisis|fighting|ceasefire|truce|peace|invasion|violence|unrest|elections?|situation)\s)\b(?:in|at|near|visit(?:ed|ing|s)?|(?:visit|trip|journey) to|travell?ed to|flew to|arrived in)\s+(?:the\s+)?${REGION}$`);
/** "in|at [the] <Place…>", "visited <Place…>": a place name of up to five words, the first capitalised. */
const TO_PLACE = /\bto\s+(?:the\s+)?(?=\p{Lu})/gu;
// "a ceasefire in Gaza", "the war in Ukraine": the place of a war or a truce is no meeting's place.
const PLACE_CUE =
  /(?<!\b(?:war|wars|conflict|crisis|fighting|ceasefire|truce|peace|invasion|violence|unrest|elections?|situation)\s)\b(?:in|at|near|visit(?:ed|ing|s)?|(?:visit|trip|journey) to|travell?ed to|flew to|arrived in)\s+(?:the\s+)?(?:(?:\p{Ll}+\s+){0,2}(?:city|town|port|resort|village)\s+of\s+)?(?=\p{Lu})/gu;

export const meetingsComponent: PipelineComponent = {
  name: 'meetings',
  requires: ['events'],
  assigns: ['meetings', 'events.visits'],
  run(doc) {
    doc.events.forEach((ev, index) => {
      // "signed the agreement in Beijing with Foreign Minister Qin Gang": signing with a named person is meeting them.
      // "Albanese and Marape signed a security agreement in Canberra": so is signing together, for leaders of two countries.
      const all = [...ev.actorIds, ...ev.targetIds];
      const persons = all.filter((id) => doc.entities.get(id)?.label === 'Person');
      const onlyPeople = all.length >= 2 && persons.length === all.length;
      const countryOf = (id: string) => homeCountry(doc, id);
      // "signed a treaty … committing Britain and Germany to …": the countries bound are no parties present; the people signing are.
      const signers = ev.actorIds.filter((id) => doc.entities.get(id)?.label === 'Person');
      // "Christopher and Kozyrev also signed the document": more signers of a signing just told join it (see addJoiners).
      const joinsSigning =
        /\balso\s+$/.test(doc.text.slice(Math.max(0, ev.verb.start - 6), ev.verb.start)) &&
        doc.meetings.some(
          (m) => doc.events[m.event]?.type === 'AGREE' && m.sentence < ev.sentence && m.sentence >= ev.sentence - 3 && !m.participantIds.some((p) => ev.actorIds.includes(p)),
        );
      const signedWith =
        ev.type === 'AGREE' &&
        !joinsSigning &&
        /^(?:sign(?:ed|s)|announced|put\s+(?:their|his|her)\s+(?:names?|signatures?))$/i.test(doc.text.slice(ev.verb.start, ev.verb.end)) &&
        signers.length === ev.actorIds.length &&
        // Four leaders signing a declaration at a summit have attended it, not met: together, only two.
        ((onlyPeople && ev.targetIds.length > 0) || (signers.length === 2 && !(countryOf(signers[0]!) && countryOf(signers[0]!) === countryOf(signers[1]!))));
      // "agreed … in their first face-to-face talks": the talks the sentence names were a meeting.
      const inTheirTalks = onlyPeople && THEIR_TALKS.test(doc.sentences[ev.sentence]!.text);
      // "discussed trade with Kishida in Tokyo": a discussion between two sides, where the clause names a place, was held there.
      const clause = doc.text.slice(ev.verb.end, clauseEnd(doc, doc.sentences[ev.sentence]!, ev.verb.end));
      // Not "Modi spoke by phone with Karki … The two leaders also discussed the anniversary in Lumbini": talks told
      // right after a call between the same people are that call.
      const afterCall = doc.events.some((e) => e.type === 'CALL' && e.sentence < ev.sentence && e.sentence >= ev.sentence - 4 && persons.every((p) => e.actorIds.includes(p) || e.targetIds.includes(p)));
      // "flew to Riyadh, where he discussed the crisis with the crown prince": the place the clause hangs on is named before it.
      const whereBefore = WHERE_CLAUSE.test(doc.text.slice(Math.max(doc.sentences[ev.sentence]!.start, ev.verb.start - 60), ev.verb.start));
      const discussedThere =
        ev.type === 'DISCUSS' && onlyPeople && new Set(persons.map(countryOf).filter(Boolean)).size >= 2 && (PLACE_NAMED.test(clause) || whereBefore) && !REMOTE.test(doc.sentences[ev.sentence]!.text) && !afterCall;
      // "Biden and von der Leyen agreed at the White House to start talks": two sides agreeing at a named place met there.
      // "Chen signed agreements in Taipei … Chen and Chiang also agreed on mail links": what two sides "also" agreed right after
      // one of them signed at a named place was agreed there.
      const signedBefore =
        ev.type === 'AGREE' && /\balso\s+$/.test(doc.text.slice(Math.max(0, ev.verb.start - 6), ev.verb.start))
          ? doc.events.find((e) => {
              if (e.type !== 'AGREE' || e.sentence >= ev.sentence || e.sentence < ev.sentence - 2 || !e.actorIds.some((a) => persons.includes(a))) return false;
              const before = doc.sentences[e.sentence]!;
              return AGREED_AT.test(doc.text.slice(e.verb.end, e.verb.end + 30)) || PLACE_NAMED.test(doc.text.slice(e.verb.end, clauseEnd(doc, before, e.verb.end)));
            })
          : undefined;
      // Not "… agreed in Paris … The leaders also agreed": the meeting where both agreed first is already told.
      const signedThereBefore = (): boolean => !!signedBefore && !doc.meetings.some((m) => persons.every((p) => m.participantIds.includes(p)));
      const agreedThere =
        ev.type === 'AGREE' &&
        onlyPeople &&
        persons.length === 2 &&
        new Set(persons.map((p) => countryOf(p) ?? p)).size === 2 &&
        (AGREED_AT.test(doc.text.slice(ev.verb.end, ev.verb.end + 30)) ||
          (PLACE_NAMED.test(clause) && !afterCall && !TO_MEET_LATER.test(clause)) ||
          (!afterCall && signedThereBefore()) ||
          // "Earlier in the visit, Gandhi and Premier Li Peng agreed …": agreed where the visit told was.
          (!afterCall && IN_THE_VISIT.test(doc.sentences[ev.sentence]!.text)) ||
          // "agreed on Tuesday to launch negotiations …, at a conference hosted by President George W. Bush": a gathering with a host.
          HOSTED_GATHERING.test(doc.sentences[ev.sentence]!.text.slice(ev.verb.end - doc.sentences[ev.sentence]!.start))) &&
        !REMOTE.test(doc.sentences[ev.sentence]!.text);
      // "The presidents of Russia, Kazakhstan and Belarus signed a treaty in Astana": a few states' leaders signing together
      // at a named place met there.
      const leadersSigned =
        ev.type === 'AGREE' &&
        ev.actorIds.length >= 2 &&
        ev.actorIds.length <= 6 &&
        ev.targetIds.length === 0 &&
        (AGREED_AT.test(doc.text.slice(ev.verb.end, ev.verb.end + 30)) || PLACE_NAMED.test(clause)) &&
        LEADERS_OF_SUBJECT.test(doc.text.slice(clauseStart(doc, doc.sentences[ev.sentence]!, ev.verb.start), ev.verb.start));
      // "Genscher of West Germany, Baker of the United States … and Dumas of France signed the treaty at a hotel in Moscow":
      // a few people of as many states signing at a named place met there.
      const peopleSigned =
        ev.type === 'AGREE' &&
        /^signed$/i.test(doc.text.slice(ev.verb.start, ev.verb.end)) &&
        signers.length >= 3 &&
        signers.length <= 6 &&
        signers.length === ev.actorIds.length &&
        new Set(signers.map(countryOf)).size === signers.length &&
        signers.every(countryOf) &&
        (AGREED_AT.test(doc.text.slice(ev.verb.end, ev.verb.end + 30)) || PLACE_NAMED.test(clause));
      if (ev.type !== 'MEET' && !signedWith && !inTheirTalks && !discussedThere && !agreedThere && !leadersSigned && !peopleSigned) return;
      // A side named only by its country ("Chinese officials") still attended when no person stands for it.
      // Not a bloc of many states: "met leaders of the Caribbean Community at a summit" is attending a summit, not meeting a side.
      const sidesWithoutPerson = all.filter(
        (id) => doc.entities.get(id)?.label !== 'Person' && doc.entities.get(id)?.props.kind !== 'igo' && !persons.some((p) => doc.entities.get(p)?.roles.some((r) => r.countryId === id)),
      );
      const s = doc.sentences[ev.sentence]!;
      const sides = [...new Set([...persons, ...sidesWithoutPerson.map((id) => leaderOf(doc, s, id) ?? id)])];
      if (sides.length < 2) return;
      // "Macron, on a state visit, was received by King Mohammed VI": with no place named, a host receives at home.
      const host = RECEIVING.test(doc.text.slice(ev.verb.start, ev.verb.end)) ? ev.actorIds.map(countryOf).find(Boolean) ?? null : null;
      // "met Putin in the Kremlin on Thursday, a day after holding talks with Zelensky in Kyiv": a second meeting told in the sentence is held where its own clause says.
      const earlier = doc.events.some((e) => e !== ev && e.type === 'MEET' && e.sentence === ev.sentence && e.verb.end <= ev.verb.start);
      const ownPlace = earlier ? meetingPlace(doc, s, false, ev.verb.end) : null;
      // What was agreed there before was agreed where and when that signing was.
      const there = agreedThere && signedBefore && !PLACE_NAMED.test(clause) ? signedBefore : undefined;
      const locationId = tripDestination(doc, ev) ?? ownPlace ?? (there ? meetingPlace(doc, doc.sentences[there.sentence]!) : null) ?? meetingPlace(doc, s) ?? placeJustBefore(doc, s) ?? host ?? storyPlace(doc, s);
      // "Biden met Modi and Albanese separately": one meeting with each.
      const separate = SEPARATELY.test(s.text) && ev.actorIds.length === 1 && ev.targetIds.length > 1;
      const groups = separate ? ev.targetIds.map((t) => [...new Set([...ev.actorIds, leaderOf(doc, s, t) ?? t])]) : [sides];
      const watchers = separate ? [] : addWitnesses(doc, s, sides);
      for (const participantIds of groups) {
        const date = ev.date ?? there?.date ?? laterSameDay(doc, index, participantIds) ?? togetherJustBefore(doc, index, participantIds) ?? (s.date?.length === 10 ? s.date : null);
        // "agreed in Tokyo on Monday … The two leaders later shared dinner": a meeting read from an agreement at a place and
        // the same people's meeting that day, told again, are one meeting.
        const told = doc.meetings.some(
          (m) =>
            Math.abs(m.sentence - ev.sentence) <= 2 &&
            (agreedThere || ev.type === 'AGREE' || doc.events[m.event]?.type === 'AGREE') &&
            sameIds(m.participantIds, participantIds) &&
            (!m.date || !date || m.date.startsWith(date) || date.startsWith(m.date)),
        );
        if (told) continue;
        const topicIds = [...new Set([...(there?.topicIds ?? []), ...ev.topicIds, ...raisedAt(doc, ev.sentence, index, participantIds)])];
        const witnessIds = watchers.filter((w) => participantIds.includes(w));
        doc.meetings.push({ participantIds, topicIds, locationId, date, sentence: ev.sentence, event: index, ...(witnessIds.length ? { witnessIds } : {}) });
      }
    });
    addStateVisits(doc);
    addImpliedMeetings(doc);
    addJoiners(doc);
    mergeSubsetMeetings(doc);
    // A meeting event told by a noun takes the date its meeting was given.
    for (const ev of doc.events) {
      if (ev.rule !== 'meetings:between') continue;
      const m = doc.meetings.find((x) => x.sentence === ev.sentence && ev.actorIds.every((id) => x.participantIds.includes(id)));
      ev.date = m?.date ?? null;
    }
  },
};

/** "Biden welcomed Modi to the White House for a state visit": whoever is received on a visit visits the place of the meeting. */
const ON_A_VISIT = /\b(?:state|official|working)\s+visit\b/i;
const RECEIVING = /^(?:welcomed|welcomes|received|receives|hosted|hosts)$/i;
function addStateVisits(doc: ArticleDoc): void {
  for (const m of [...doc.meetings]) {
    const ev = doc.events[m.event];
    if (!ev || ev.type !== 'MEET' || !m.locationId || !RECEIVING.test(doc.text.slice(ev.verb.start, ev.verb.end))) continue;
    const s = doc.sentences[ev.sentence]!;
    const visit = ON_A_VISIT.exec(s.text);
    if (!visit) continue;
    for (const guest of ev.targetIds) {
      const home = homeCountry(doc, guest);
      if (doc.entities.get(guest)?.label !== 'Person' || home === m.locationId) continue;
      if (doc.events.some((e) => e.type === 'VISIT' && e.actorIds.includes(guest) && e.targetIds.includes(m.locationId!))) continue;
      const start = s.start + visit.index;
      doc.events.push({ type: 'VISIT', actorIds: [guest], targetIds: [m.locationId], topicIds: [], policyIds: [], sentence: ev.sentence, verb: { start, end: start + visit[0].length }, date: ev.date, rule: 'meetings:state-visit', confidence: 0.7, respondsTo: null });
    }
  }
}

/** Acts done to a person's face ("berated Zelensky", "presented his plan to Biden"): at a place, the two were together. */
const FACE_TO_FACE = /\b(?:berated|confronted|scolded|lectured|presented|handed|delivered|told)\b/gi;
/** A call, a letter or a video link is no meeting. */
const REMOTE = /\b(?:by (?:phone|telephone|video)|(?:phone|telephone|video) (?:conversation|talks)|phone call|call|video ?link|videoconference|letter|message|statement|post|interview|speech)\b/i;
/** "alongside his Turkish counterpart Mevlut Cavusoglu": visiting or appearing together. */
const ALONGSIDE = /\b(?:alongside|together with|accompanied by)\s+/gi;
/** "Mulino said after the meeting …": a meeting the text refers back to. */
const THE_MEETING = /\b(?:after|during|at|in|before|following)\s+(?:the|their)\s+(?:(?:annual|first|latest)\s+)?(?:meeting|talks|consultations?)\b/i;

/** The person a face-to-face verb at `end` is done to: its object, or the one after "to" ("presented his plan to Biden"). */
function personAddressed(doc: ArticleDoc, s: Sentence, end: number): string | null {
  const stop = clauseEnd(doc, s, end);
  const m = mentionsIn(doc, s.index).find((x) => x.label === 'Person' && !x.possessive && x.entityIds.length === 1 && x.start >= end && x.end <= stop);
  if (!m) return null;
  const gap = doc.text.slice(end, m.start);
  return /^\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4})?$/u.test(gap) || /\bto\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4})?$/u.test(gap) ? m.entityIds[0]! : null;
}

/**
 * Meetings the text implies without a meeting verb:
 * - an act done to someone's face at a place ("berated Zelensky in the Oval Office", "presented his plan to Biden at the White House");
 * - an act alongside someone ("visited Hatay alongside his Turkish counterpart Mevlut Cavusoglu");
 * - "after the meeting" when the sentences before tell only of one person speaking to another ("Rubio told Mulino …").
 */
function addImpliedMeetings(doc: ArticleDoc): void {
  const pairs: Array<{ s: Sentence; ids: string[]; anchored: boolean }> = [];
  for (const s of doc.sentences) {
    if (REMOTE.test(s.text)) continue;
    FACE_TO_FACE.lastIndex = 0;
    for (const v of s.text.matchAll(FACE_TO_FACE)) {
      const at = s.start + v.index!;
      if (insideQuote(doc, at)) continue;
      const subject = subjectBefore(doc, s, at).filter((m) => m.label === 'Person').flatMap((m) => m.entityIds);
      const addressed = personAddressed(doc, s, at + v[0].length);
      if (subject.length && addressed && !subject.includes(addressed)) pairs.push({ s, ids: [...subject, addressed], anchored: !!meetingPlace(doc, s) });
    }
    // "A meeting between Kishida and Marcos took place at the palace": the two people after "between" met.
    MEETING_BETWEEN.lastIndex = 0;
    for (const b of NOT_YET.test(s.text) ? [] : s.text.matchAll(MEETING_BETWEEN)) {
      const at = s.start + b.index! + b[0].length;
      const [first, second] = mentionsIn(doc, s.index).filter((m) => m.label === 'Person' && m.entityIds.length === 1 && m.start >= at).sort((x, y) => x.start - y.start);
      if (first && second && first.start - at < 50 && /^\s+and\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,6}$/u.test(doc.text.slice(first.end, second.start))) {
        const ids = [first.entityIds[0]!, second.entityIds[0]!];
        pairs.push({ s, ids, anchored: true });
        // The meeting told by a noun is a meeting event too, unless a verb of meeting in the sentence already told it.
        if (!doc.events.some((e) => e.sentence === s.index && (e.type === 'MEET' || e.type === 'CALL') && ids.every((id) => [...e.actorIds, ...e.targetIds].includes(id)))) {
          const noun = s.start + b.index! + b[0].search(/(?:meeting|talks|conversation|encounter|discussion)\b/i);
          doc.events.push({ type: 'MEET', actorIds: ids, targetIds: [], topicIds: [], policyIds: [], sentence: s.index, verb: { start: noun, end: noun + /^\p{L}+/u.exec(doc.text.slice(noun))![0].length }, date: null, rule: 'meetings:between', confidence: 0.7, respondsTo: null });
        }
      }
    }
    // "Prabowo and Anwar agreed … Speaking after their annual consultation in Jakarta, …": leaders of two countries who
    // agree together met, once a sentence after refers back to their meeting.
    for (const e of doc.events.filter((x) => x.sentence === s.index && x.type === 'AGREE')) {
      const people = e.actorIds.filter((id) => doc.entities.get(id)?.label === 'Person');
      if (people.length === 2 && people.length === e.actorIds.length && new Set(people.map((p) => homeCountry(doc, p) ?? p)).size === 2) pairs.push({ s, ids: people, anchored: false });
    }
    // "Marcos and Modi agreed … at talks in New Delhi", "… called for a waiver after talks in Pretoria": people who agree,
    // discuss or ask together at talks met there.
    if (AT_TALKS.test(s.text) && !NOT_YET.test(s.text)) {
      for (const e of doc.events.filter((x) => x.sentence === s.index && (x.type === 'AGREE' || x.type === 'DISCUSS' || x.type === 'REQUEST'))) {
        const people = e.actorIds.filter((id) => doc.entities.get(id)?.label === 'Person');
        if (people.length >= 2) pairs.push({ s, ids: people, anchored: true });
      }
    }
    // "announced the deal after talks at the White House with Japan's chief negotiator, Ryosei Akazawa".
    TALKS_WITH.lastIndex = 0;
    for (const t of NOT_YET.test(s.text) ? [] : s.text.matchAll(TALKS_WITH)) {
      const at = s.start + t.index! + t[0].length;
      const other = mentionsIn(doc, s.index).find((m) => m.label === 'Person' && !m.possessive && m.start >= at && m.start - at < 60 && m.entityIds.length === 1);
      const subject = mainSubject(doc, s, s.start + t.index!).filter((m) => m.label === 'Person').flatMap((m) => m.entityIds);
      if (other && subject.length && !subject.includes(other.entityIds[0]!)) pairs.push({ s, ids: [...subject, other.entityIds[0]!], anchored: true });
    }
    ALONGSIDE.lastIndex = 0;
    for (const a of s.text.matchAll(ALONGSIDE)) {
      const at = s.start + a.index! + a[0].length;
      const companion = mentionsIn(doc, s.index).find((m) => m.label === 'Person' && !m.possessive && m.start >= at && m.start - at < 50 && m.entityIds.length === 1);
      const subject = mainSubject(doc, s, s.start + a.index!).filter((m) => m.label === 'Person').flatMap((m) => m.entityIds);
      if (!companion || !subject.length || subject.includes(companion.entityIds[0]!)) continue;
      // "travelled to Kyiv together with Kallas": fellow travellers on one visit did not meet each other.
      const ids = [...subject, companion.entityIds[0]!];
      if (doc.events.some((e) => e.sentence === s.index && e.type === 'VISIT' && ids.every((id) => e.actorIds.includes(id)))) continue;
      pairs.push({ s, ids, anchored: true });
    }
  }
  // "Speaking after their annual consultation in Jakarta": the sentence that refers back may say where the meeting was.
  const add = (s: Sentence, ids: string[], referring?: Sentence) => {
    if (doc.meetings.some((m) => Math.abs(m.sentence - s.index) <= 2 && ids.every((p) => m.participantIds.includes(p)))) return;
    const ev = doc.events.find((e) => e.sentence === s.index);
    const locationId = meetingPlace(doc, s) ?? placeJustBefore(doc, s) ?? (referring && meetingPlace(doc, referring)) ?? storyPlace(doc, s);
    doc.meetings.push({ participantIds: [...new Set(ids)], topicIds: ev?.topicIds ?? [], locationId, date: s.date ?? null, sentence: s.index, event: -1 });
  };
  for (const p of pairs) if (p.anchored) add(p.s, p.ids);
  for (const s of doc.sentences) {
    if (!THE_MEETING.test(s.text) || doc.meetings.some((m) => m.sentence <= s.index && m.sentence >= s.index - 2)) continue;
    const pair = pairs.filter((p) => p.s.index <= s.index && p.s.index >= s.index - 2).at(-1);
    if (pair) add(pair.s, pair.ids, s);
  }
}

const AT_TALKS = /\b(?:at|during|after|following)\s+(?:(?:their|the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:talks|meeting|summit|council\s+of\s+ministers)\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
const TALKS_WITH = /\b(?:after|following|during)\s+(?:(?:their|the)\s+)?talks\s+(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})?with\s+/gu;
// "a conversation between Trudeau and the crown prince on the sidelines of the APEC summit": talk told with a place is a meeting.
const MEETING_BETWEEN =
  /\b(?:a|the|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:meeting|talks)\s+between\s+|(?:conversation|encounter|discussion)\s+between\s+(?=[^.;]{0,120}?\b(?:on\s+the\s+sidelines|in\s+\p{Lu}|at\s+the\s+\p{Lu})))/giu;
/** A meeting still to come is no meeting held. */
// "the talks could prepare the way for a meeting between Biden and Xi later in the year": a meeting ahead.
const NOT_YET = /\b(?:will|would|planned|expected|scheduled|next\s+(?:week|month|year)|later\s+(?:this|in\s+the)\s+(?:week|month|year)|(?:pave[sd]?|paving|prepared?|preparing|clear(?:ed)?|clearing)\s+the\s+(?:way|ground)\s+for)\b/i;
/**
 * "…signed the text in the presence of Marco Rubio", "met in Doha in talks hosted by Qatar's emir": whoever a signing or
 * meeting took place before, or whoever hosted the talks, took part in it.
 */
// "at a summit hosted by Macron and attended by Merkel": those the occasion had for hosts or guests were there.
const IN_PRESENCE = /\b(?:in the presence of|(?:talks|meeting|summit|meetings|conference)\s+(?:hosted|mediated|chaired|convened|led)\s+by|\battended\s+by)\s+/gi;
const HOSTED_GATHERING = /,\s+at\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:conference|summit|meeting|ceremony)\s+(?:hosted|chaired|convened)\s+by\b/u;
/** Adds those present at the act to its participants; returns those who only watched it. */
function addWitnesses(doc: ArticleDoc, s: Sentence, participantIds: string[]): string[] {
  IN_PRESENCE.lastIndex = 0;
  for (const m of s.text.matchAll(IN_PRESENCE)) {
    const at = s.start + m.index! + m[0].length;
    const witness = mentionsIn(doc, s.index).find((x) => x.label === 'Person' && x.start >= at && x.start - at < 60 && x.entityIds.length === 1);
    if (witness && !participantIds.includes(witness.entityIds[0]!)) participantIds.push(witness.entityIds[0]!);
  }
  // "… signed a joint declaration. Trump and Anwar, who brokered the truce, witnessed the signing.": those who watched were there.
  const next = doc.sentences[s.index + 1];
  const watched = next && WITNESSED_SIGNING.exec(next.text);
  if (!watched) return [];
  const watchers: string[] = [];
  const subjects = subjectBefore(doc, next, next.start + watched.index);
  // "Trump and Anwar, who brokered the truce, witnessed the signing": brokers took part in what was signed.
  const brokers = subjects.some((w) => BROKER_AFTER.test(doc.text.slice(w.end, w.end + 60)));
  for (const w of subjects) {
    if (w.label !== 'Person' || w.entityIds.length !== 1 || participantIds.includes(w.entityIds[0]!)) continue;
    participantIds.push(w.entityIds[0]!);
    if (!brokers) watchers.push(w.entityIds[0]!);
  }
  return watchers;
}
const BROKER_AFTER = /^,\s+who\s+(?:had\s+)?(?:brokered|mediated|negotiated|helped)\b/;
const WITNESSED_SIGNING = /\b(?:witnessed|watched|attended|looked\s+on\s+at)\s+the\s+(?:signing|ceremony)\s*[,.;]/;

/**
 * "Trump hosted Aliyev and Pashinyan …, where the two leaders signed a declaration": a meeting inferred from a
 * signing whose people all took part in a larger meeting of the same day and place is that meeting, told twice.
 * Meetings the text reports as meetings stay apart ("met Modi and Albanese separately before the four sat down").
 */
function mergeSubsetMeetings(doc: ArticleDoc): void {
  const same = (a: string | null, b: string | null) => a === null || b === null || a === b;
  doc.meetings = doc.meetings.filter(
    (m) =>
      doc.events[m.event]?.type === 'MEET' ||
      !doc.meetings.some(
        (o) =>
          o !== m &&
          o.participantIds.length > m.participantIds.length &&
          m.participantIds.every((p) => o.participantIds.includes(p)) &&
          Math.abs(o.sentence - m.sentence) <= 1 &&
          same(o.date, m.date) &&
          same(o.locationId, m.locationId),
      ),
  );
}

/**
 * "LeBlanc, who joined the dinner, said …": a person who joined the meeting just reported took part in it; so did
 * the one who hosted or chaired it ("…, Borrell said after hosting twelve hours of talks").
 */
const JOINED =
  /\b(?:(?:joined|attended|sat in on|took part in)\s+(?:the|their|that)\s+(?:[\p{L}-]+\s+)?(?:dinner|lunch|talks|meeting|discussions|conversation)|(?:attended|witnessed|watched)\s+the\s+(?:signing|ceremony)|joined\s+(?:them|the\s+two(?:\s+leaders|\s+men)?)\s+(?:at|for)\s+the\s+(?:ceremony|signing|talks|meeting)|(?:after|while)\s+(?:hosting|chairing|mediating)\s+(?:(?:[\p{L}-]+\s+){1,3}of\s+)?(?:the\s+|their\s+)?(?:talks|meeting|discussions))\b/giu;
const WATCHED = /^(?:attended|witnessed|watched|joined\s+(?:them|the\s+two))\b/;
const MEDIATOR_HOSTED = /,\s+who\s+(?:had\s+)?(?:mediated|brokered)\b[^,;]{0,80},\s+hosted\s+the\s+(?:signing|ceremony|talks)\b/g;
/** "The ceremony, which was attended by Menem and Frei": the guests named after a signing's ceremony watched it. */
const CEREMONY_ATTENDED_BY = /\b(?:ceremony|signing)\b[^.;]{0,40}?\b(?:attended|witnessed)\s+by\s+/g;
// "… also put their names to the text": so is one who also put his name to it.
const ALSO_SIGNED = /\balso\s+(?:signed|put\s+(?:their|his|her)\s+(?:names?|signatures?)\s+to)\b(?=\s*[.,;]|\s+(?:it|them|the\s+(?:deal|agreements?|accords?|declaration|treaty|documents?|text))\b)/g;
/** "…also signed the document as witnesses": those who signed to bear witness took up none of its subjects. */
const AS_WITNESSES = /^[^.;]{0,40}?\bas\s+(?:a\s+)?witness(?:es)?\b/;
const AT_THE_CEREMONY = /\b\p{Ll}+ed\b(?=\s+(?:[\p{L}'’-]+\s+){0,3}?at\s+the\s+(?:signing\s+)?ceremony\b)/gu;
/** "The meeting, hosted by Turkish Foreign Minister Mevlut Cavusoglu, lasted …": the host named after the meeting told. */
// "Under the deal, brokered by former UN Secretary-General Kofi Annan": the one who brokered a deal signed just before was there.
// "The deals were reached after four days of talks mediated by Thabo Mbeki": so was the one who mediated the talks behind it.
const HOSTED_BY = /\b(?:(?:the|their|that)\s+(?:(?:[\p{L}-]+\s+)?(?:meeting|talks|discussions)\s*,?\s+(?:hosted|chaired)|(?:[\p{L}-]+\s+)?(?:deal|agreement|accord|truce)\s*,?\s+(?:brokered|mediated))|(?:days?|hours?|weeks?|months?|rounds?)\s+of\s+(?:[\p{L}-]+\s+)?(?:talks|negotiations)\s+(?:mediated|chaired|brokered|led|hosted))\s+by\s+/giu;
const LED_DELEGATION = /,\s+who\s+(?:had\s+)?led\s+(?:the|his|her)\s+(?:\p{Lu}[\p{L}-]*\s+)?delegation\b/gu;
/** The person a ", who …" clause matched by `re` hangs on joins the latest meeting. */
function joinWhoClause(doc: ArticleDoc, s: Sentence, re: RegExp): void {
  re.lastIndex = 0;
  for (const m of s.text.matchAll(re)) {
    const at = s.start + m.index!;
    const person = mentionsIn(doc, s.index).filter((x) => x.label === 'Person' && x.entityIds.length === 1 && x.end === at).at(-1);
    if (person) joinLatestMeeting(doc, s, person.entityIds);
  }
}
/** Adds the people to the latest meeting told in this sentence or the three before it, if any. */
function joinLatestMeeting(doc: ArticleDoc, s: Sentence, personIds: string[], watched = false): void {
  const meeting = doc.meetings.filter((x) => x.sentence <= s.index && x.sentence >= s.index - 3).at(-1);
  if (!meeting) return;
  for (const id of personIds) {
    if (doc.entities.get(id)?.label !== 'Person' || meeting.participantIds.includes(id)) continue;
    meeting.participantIds.push(id);
    if (watched) meeting.witnessIds = [...(meeting.witnessIds ?? []), id];
  }
}
function addJoiners(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    HOSTED_BY.lastIndex = 0;
    for (const m of /(?:hosted|chaired|brokered|mediated) by/.test(s.text) ? s.text.matchAll(HOSTED_BY) : []) {
      const at = s.start + m.index! + m[0].length;
      const host = mentionsIn(doc, s.index).find((x) => x.label === 'Person' && x.entityIds.length === 1 && x.start >= at && x.start - at < 60);
      if (host) joinLatestMeeting(doc, s, host.entityIds);
    }
    // "…signed the treaty, with President Gorbachev looking on": the onlooker was at the signing, as a witness.
    for (const w of / with /.test(s.text) ? s.text.matchAll(/\bwith\s/g) : []) {
      if (!ONLOOKER.test(s.text.slice(w.index!))) continue;
      const at = s.start + w.index! + w[0].length;
      const onlooker = mentionsIn(doc, s.index).find((x) => x.label === 'Person' && x.entityIds.length === 1 && x.start >= at && x.start - at < 40);
      if (onlooker) joinLatestMeeting(doc, s, onlooker.entityIds, true);
    }
    // "Khrushchev, who led the Soviet delegation, had opened the visit …": the head of a delegation to talks just told took part.
    if (/ led the /.test(s.text) && doc.meetings.some((x) => x.sentence < s.index)) joinWhoClause(doc, s, LED_DELEGATION);
    // "Bouteflika, who mediated between them, hosted the signing": the mediator who hosted it took part, subjects and all.
    if (/ who (?:had )?(?:mediated|brokered)/.test(s.text)) joinWhoClause(doc, s, MEDIATOR_HOSTED);
    CEREMONY_ATTENDED_BY.lastIndex = 0;
    for (const m of /attended by|witnessed by/.test(s.text) ? s.text.matchAll(CEREMONY_ATTENDED_BY) : []) {
      const at = s.start + m.index! + m[0].length;
      const guests = mentionsIn(doc, s.index).filter((x) => x.label === 'Person' && x.entityIds.length === 1 && x.start >= at && x.start < clauseEnd(doc, s, at));
      joinLatestMeeting(doc, s, guests.flatMap((x) => x.entityIds), true);
    }
    JOINED.lastIndex = 0;
    for (const m of s.text.matchAll(JOINED)) {
      joinLatestMeeting(doc, s, subjectBefore(doc, s, s.start + m.index!).flatMap((subject) => subject.entityIds), WATCHED.test(m[0]));
    }
    // "Arthur Mutambara, the leader of a smaller faction, also signed", "Clinton thanked him at the ceremony": one more
    // signer, or one acting at the ceremony, was at the signing told just before.
    const signing = doc.meetings.filter((x) => x.sentence <= s.index && x.sentence >= s.index - 3).at(-1);
    if (signing && doc.events[signing.event]?.type === 'AGREE') {
      for (const re of [ALSO_SIGNED, AT_THE_CEREMONY]) {
        re.lastIndex = 0;
        for (const m of s.text.matchAll(re)) {
          const people = subjectBefore(doc, s, s.start + m.index!).filter((x) => x.label === 'Person');
          const witnesses = re === AT_THE_CEREMONY || AS_WITNESSES.test(s.text.slice(m.index! + m[0].length));
          joinLatestMeeting(doc, s, people.flatMap((x) => x.entityIds), witnesses);
        }
      }
    }
  }
}

const SEPARATELY = /\bseparately\b|\bseparate\s+(?:bilateral\s+)?(?:talks|meetings)\b/i;

/** "Yoon and Kishida agreed in Tokyo on Thursday … The two leaders later shared dinner": "later" is the day the same people last acted together. */
function laterSameDay(doc: ArticleDoc, index: number, participantIds: string[]): string | null {
  const ev = doc.events[index]!;
  if (!/\blater\b/i.test(doc.text.slice(doc.sentences[ev.sentence]!.start, ev.verb.start))) return null;
  const together = doc.events.slice(0, index).filter((e) => e.date?.length === 10 && participantIds.every((id) => e.actorIds.includes(id) || e.targetIds.includes(id)));
  return together.at(-1)?.date ?? null;
}
/** "The two leaders last met in Bali": a meeting told as an earlier one is not the day's. */
export const ANOTHER_OCCASION = /\b(?:last|first|previously)\s+(?:met|held\s+talks|sat\s+down)\b/i;
/**
 * "Carney and Modi agreed on Tuesday to … The two leaders met on the sidelines of the summit": an undated meeting
 * right after a dated act of the same people is that day's.
 */
function togetherJustBefore(doc: ArticleDoc, index: number, participantIds: string[]): string | null {
  const ev = doc.events[index]!;
  if (ANOTHER_OCCASION.test(doc.sentences[ev.sentence]!.text)) return null;
  const together = doc.events
    .slice(0, index)
    .filter((e) => e.sentence === ev.sentence - 1 && e.date?.length === 10 && participantIds.every((id) => e.actorIds.includes(id) || e.targetIds.includes(id)));
  return together.at(-1)?.date ?? null;
}
/** "Earlier in the visit, …": a sentence told as part of a visit. */
const IN_THE_VISIT = /^(?:(?:Earlier|Later|Also)\s+(?:in|during|on)|During|On)\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:visit|trip|stay)\b/iu;
/** "agreed at the White House", "Riyadh, where he discussed …": a place right after the verb, or the one a where-clause hangs on. */
/** "agreed to meet in Budapest": the place of talks still to come. */
const TO_MEET_LATER = /\bto\s+(?:meet|hold|visit|host|travel|convene)\b/;
const AGREED_AT = /^\s+(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
const WHERE_CLAUSE = /\p{Lu}[\p{L}-]+,\s+where\s+[^,;]{0,30}$/u;
/** A place named in a clause, not the country of a war or crisis ("discussed the war in Ukraine"). */
// "at a hunting lodge in western Belarus": a region of a country named is a place too.
const PLACE_NAMED = new RegExp(String.raw`(?<!\b(?:war|wars|conflict|crisis|fighting|situation|peace|invasion|aggression|violence|elections?|unrest)\s)\b(?:in|at)\s+(?:the\s+)?${REGION}\p{Lu}`, 'u');

/** Acts that put a subject to the other side; a pledge of support made there ("where Biden pledged support") is the pledger's alone. */
const PRESSED = new Set(['REQUEST', 'WARN', 'ACCUSE', 'CRITICIZE', 'THREATEN', 'DISCUSS', 'REJECT', 'AGREE']);
/** "Petro met Biden … and urged him to change the war on drugs": what one participant pressed on another there is a topic of the meeting. */
function raisedAt(doc: ArticleDoc, sentence: number, meetingEvent: number, participantIds: string[]): string[] {
  return doc.events
    // "met Rubio, who discussed the reconstruction of Syria with him": a discussion told in the meeting's sentence needs no named partner.
    .filter((e, i) => i !== meetingEvent && e.sentence === sentence && e.actorIds.length > 0 && (e.targetIds.length > 0 || e.type === 'DISCUSS') && PRESSED.has(e.type))
    // "…met Lavrov and urged Moscow to return to New START": a participant's country stands for its side when a participant acts.
    .filter((e) => e.actorIds.every((id) => participantIds.includes(id)))
    .filter((e) => e.targetIds.every((id) => participantIds.includes(id) || participantIds.some((p) => doc.entities.get(p)?.roles.some((r) => r.countryId === id))))
    .flatMap((e) => e.topicIds);
}
// "… during a brief meeting on the sidelines": a meeting the two held, not a summit others held too.
const THEIR_TALKS = /\b(?:in|during|at|(?:at|by)\s+the\s+(?:end|close|start|opening)\s+of)\s+(?:their\s+(?:[\p{L}-]+\s+){0,3}(?:talks|meeting|summit)|an?\s+(?:(?:brief|short|bilateral|separate|private|closed-door|one-on-one)\s+){0,2}(?:meeting|talks))\b|,\s+after\s+(?:(?:lengthy|long|private|closed-door|direct)\s+)?talks\s+(?:at|in)\s+(?!.*\btalks\s+with\b)/iu;

/**
 * "hosted the leaders of Australia, India and Japan": a country met through its leader
 * is that leader, when the article names exactly one person holding a role for it.
 */
const LEADERS_OF_SUBJECT = /^\s*(?:[Tt]he\s+)?(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+government)?)\s+of\s+(?:the\s+)?\p{Lu}[^,;]*(?:,\s+\p{Lu}[^,;]*)*\s+$/u;
const LEADERS_OF_LIST = /\b(?:leaders?|presidents|heads\s+of\s+state(?:\s+and\s+government)?)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*(?:,\s+|,?\s+and\s+))*$/u;
function leaderOf(doc: ArticleDoc, s: Sentence, countryId: string): string | null {
  const mention = mentionsIn(doc, s.index).find((m) => m.label === 'Country' && m.entityIds[0] === countryId);
  if (!mention || !LEADERS_OF_LIST.test(doc.text.slice(Math.max(s.start, mention.start - 120), mention.start))) return null;
  const holders = [...doc.entities.values()].filter(
    (e) => e.label === 'Person' && (e.roles.some((r) => r.countryId === countryId && !r.former) || (!e.roles.length && e.props.countryId === countryId)),
  );
  return holders.length === 1 ? holders[0]!.id : null;
}

/**
 * "Lula hosted leaders in Brasilia on Tuesday. The day before, Lula received Maduro": a meeting
 * whose sentence names no place is where the sentence before put the story — a city, a venue or a
 * capital after "in", "at" or a visit, not a country name, which is too often a topic ("the war in Ukraine").
 */
function placeJustBefore(doc: ArticleDoc, s: Sentence): string | null {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 2); i--) {
    const prev = doc.sentences[i]!;
    if (prev.paragraph !== s.paragraph && i < s.index - 1) break;
    const place = meetingPlace(doc, prev, true);
    if (place) return place;
  }
  return null;
}

/**
 * "Sharaa addressed the UN in New York on Wednesday. … On the sidelines he met Rubio": a meeting placed nowhere
 * nearer is where the story's opening sentence is set, when that sentence names a city or venue.
 */
function storyPlace(doc: ArticleDoc, s: Sentence): string | null {
  if (s.index === 0) return null;
  return meetingPlace(doc, doc.sentences[0]!, true);
}

/** "met Mohammed bin Zayed in Abu Dhabi and then flew to Riyadh for talks with the crown prince": talks a trip was for were held where it went. */
function tripDestination(doc: ArticleDoc, meet: ExtractedEvent): string | null {
  if (doc.text.slice(meet.verb.start, meet.verb.end).toLowerCase() !== 'for') return null;
  const trip = doc.events.find(
    (e) => e.type === 'VISIT' && e.sentence === meet.sentence && e.verb.end <= meet.verb.start && e.actorIds.some((a) => meet.actorIds.includes(a)) && /^[^,;.]{0,60}$/.test(doc.text.slice(e.verb.end, meet.verb.start)),
  );
  return trip?.targetIds.find((t) => doc.entities.get(t)?.label === 'Country') ?? null;
}

/** The first place the sentence puts after "in", "at" or a visit (from `from` on): a country or capital it names, else a known city or venue. */
function meetingPlace(doc: ArticleDoc, s: Sentence, citiesOnly = false, from = 0): string | null {
  const candidates: Array<{ at: number; countryId: string }> = [];
  // "welcomed Modi to the White House": the place a guest is received to.
  const receivedTo = RECEIVING_GUEST.test(s.text);
  for (const m of mentionsIn(doc, s.index)) {
    // A city standing for its country ("Brasilia"), not the country's own name.
    // "the State of Palestine" is a country's formal name, not a city standing for it.
    if (citiesOnly && (m.via === 'demonym' || m.text === countryById(m.entityIds[0] ?? '')?.name || !/^\p{Lu}/u.test(m.text) || /^(?:State|Republic|Kingdom|Federation|Commonwealth)\s+of\b/.test(m.text))) continue;
    const lead = doc.text.slice(Math.max(s.start, m.start - 16), m.start);
    if (m.label === 'Country' && m.entityIds[0] && (LOCATION.test(lead) || (receivedTo && m.via !== 'demonym' && /\bto\s+(?:the\s+)?$/.test(lead)))) candidates.push({ at: m.start, countryId: m.entityIds[0] });
  }
  const cues = [...s.text.matchAll(PLACE_CUE), ...(receivedTo ? s.text.matchAll(TO_PLACE) : [])];
  for (const cue of cues) {
    const at = cue.index + cue[0].length;
    const iso3 = placeCountryAt(s.text.slice(at));
    if (iso3) candidates.push({ at: s.start + at, countryId: ids.country(stateOn(iso3, doc.article.publishedAt)) });
  }
  candidates.sort((a, b) => a.at - b.at);
  // "held talks with Wang, at which he raised the detention of nationals in China": places past "at which" are the raised subject's.
  const relative = /,\s+(?:at|during|in)\s+which\b/.exec(s.text);
  const limit = relative ? s.start + relative.index : Infinity;
  return candidates.find((c) => c.at >= from && c.at < limit)?.countryId ?? null;
}
