import { homeCountry, insideQuote, mentionsIn, peopleJustBefore, sameIds, sentenceAt, type ArticleDoc, type Discussion, type Quote, type Sentence } from './article-doc';
import { actorMentions, clauseEnd, mainSubject, subjectBefore } from './clauses';
import { SPEECH_VERBS, SPEECH_WORDS_ALT } from './lexicons';
import type { PipelineComponent } from './pipeline';

/**
 * Who discussed which topic: people quoted on it, people acting on it in an
 * event, people who took part in a meeting about it, and the subject of a
 * speech verb in a sentence that names it.
 */
/** Speech verbs, ", saying …", and acts that put a subject on the table ("launched a cancer initiative"). */
const ACTS = [
  'saying', 'launched', 'launching', 'unveiled', 'thanked', 'adopted', 'endorsed', 'championed', 'expressed', 'voiced', 'vowed', 'signaled', 'signalled',
  'indicated', 'suggested', 'cited', 'mentioned', 'commented', 'conceded', 'admitted', 'questioned', 'lamented', 'focusing', 'centred', 'centered',
  'inaugurated', 'affirmed', 'telling', 'made the case for', 'spoke of', 'spoke out', 'floated', 'brought up', 'addressed', 'lobbied',
  'talked', 'explored', 'examined', 'looked at', 'made clear', 'called it', 'calling it', 'called the', 'praised', 'praising', 'conveyed', 'conveying', 'brokered', 'announce', 'unveil', 'released', 'freed', 'pledging',
  // "recognised the independence of Abkhazia and South Ossetia": a state recognised is a subject acted on.
  'recognised', 'recognized',
  // "apologised for the treatment of prisoners of war": what one apologises for is a subject taken up.
  'apologised for', 'apologized for', 'apologised over', 'apologized over',
  // "as the two leaders sought to mend ties": what one tries to do, one takes up (though it asks nothing of anyone).
  'sought to', 'seeking to', 'seeks to',
];
/** "Blinken's remarks on Taiwan", "Macron's call for a ceasefire", "her remarks that an attack on Taiwan …": a person's words on a subject. */
const POSSESSED_WORDS = /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+)?(?:remarks|comments|statement|statements|call|calls|proposal|proposals|plan|pledge|warning|warnings|criticism|position|stance|views|push|appeal|demand|demands|request|requests|offer|speech|letter|message)\s+(?:on|about|for|over|regarding|to|that)\b/u;
const SPEECH = new RegExp(`\\b(?:${[...SPEECH_VERBS, ...ACTS].join('|')})\\b`, 'gi');
/** Acts that are done rather than said: their objects are no one's words. */
const DEEDS = new Set(['SUSPEND', 'SANCTION', 'RESTORE', 'VISIT']);

/** "Ishiba opened the conference in Yokohama, pledging to …": a participle after a comma shares the sentence's subject. */
function participleSubject(doc: ArticleDoc, s: Sentence, v: RegExpMatchArray) {
  if (!/ing\b/i.test(v[0])) return null;
  // "…, with President Emmanuel Macron saying that …": the one named after "with" speaks.
  const named = mentionsIn(doc, s.index).find((m) => m.label === 'Person' && /^\s+$/.test(doc.text.slice(m.end, s.start + v.index!)));
  if (named && /\bwith\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(doc.text.slice(Math.max(s.start, named.start - 50), named.start))) return [named];
  if (!/,\s*$/.test(s.text.slice(0, v.index!))) return null;
  const main = mainSubject(doc, s, s.start + v.index!);
  return main.length && main.every((m) => m.label === 'Person') ? main : null;
}

const FRAME = /^\s*(?:On|Regarding|As\s+for|On\s+the\s+(?:subject|question)\s+of)\s+[^,;]{2,60},/;
/** "Wang was quoted by Chinese state media as saying …": the one quoted speaks, not the outlet. */
const QUOTED_AS = /\b(?:was|were|is|has\s+been)\s+quoted\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+$/;
function quotedAs(doc: ArticleDoc, s: Sentence, verbStart: number) {
  const quoted = QUOTED_AS.exec(doc.text.slice(s.start, verbStart));
  if (!quoted) return null;
  const speaker = mentionsIn(doc, s.index).filter((m) => m.label === 'Person' && m.end <= s.start + quoted.index).at(-1);
  return speaker ? [speaker] : null;
}

/**
 * "Yoon called for X, while Li urged restraint", "Putin said …, and Maduro denounced …": a contrast, a semicolon or a
 * coordinate clause with a named subject of its own closes one speaker's part of the sentence.
 */
const CONTRAST = /;|,\s+(?:while|whereas|but)\b|,\s+and\b(?=\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+\p{Ll}+(?:ed|s)\b)/gu;
/**
 * The stretch of the sentence one speaker holds: from the contrast before the subject to the
 * next contrast that opens with a subject of its own ("…, but raised Taiwan" stays the speaker's).
 */
function speakerSpan(doc: ArticleDoc, s: Sentence, subjectStart: number, verbEnd: number, subjectIds: string[] = []): [number, number] {
  let from = s.start;
  let to = s.end;
  // "…, and the two sides pledged …": a coordinate clause opened right before the subject is the subject's own.
  // "…, and Modi said he had briefed …": so is one whose only actor is the subject himself.
  const opening = /(,\s+and\s+)(?:(?:the|his|her|their|both)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u.exec(doc.text.slice(s.start, subjectStart));
  if (opening && actorMentions(doc, s, s.start + opening.index, subjectStart).every((m) => subjectIds.length > 0 && sameIds(m.entityIds, subjectIds))) from = s.start + opening.index + opening[1]!.length;
  CONTRAST.lastIndex = 0;
  for (const c of s.text.matchAll(CONTRAST)) {
    const at = s.start + c.index!;
    if (at < subjectStart) from = at + c[0].length;
    else if (at >= verbEnd && actorMentions(doc, s, at, Math.min(s.end, at + c[0].length + 40)).length) {
      to = at;
      break;
    }
  }
  return [from, to];
}

/** ", and Kishida said", "; the minister said": a subject opening a coordinate clause, not one inside reported words. */
const COORDINATE_OPENING = /(?:[,;]\s*(?:and|but|while|whereas)?|\b(?:and|but|while|whereas))\s+(?:(?:the|his|her|their)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;

/** "Wu said Dong told Austin …", "Misri told reporters that Modi raised …": a speaker reported by another opens a part of his own. */
const REPORTED_OPENING = new RegExp(
  `\\b(?:${SPEECH_WORDS_ALT})(?:\\s+(?:reporters|journalists|lawmakers|parliament|the press))?\\s+(?:that\\s+)?(?:(?:the|his|her)\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}$`,
  'u',
);

/** ", days after …", ", their first encounter since …": a side remark on when, not the speaker's words. */
// Not ", Putin said after their talks": a speaker and his verb before "after" tell who spoke, not when.
const BACKGROUND = /,\s+(?:(?!(?:said|says|told|tells|added|adds|stated|declared)\b)[\p{L}-]+\s+){0,5}?(?:after|before|since|amid|following)\b/giu;

/** "good relations with Algeria, a major supplier of natural gas": what the reporter says a state is, set after its name. */
const DESCRIBED_STATE = /(?<=\p{Lu}[\p{L}-]*),\s+(?=(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:supplier|producer|exporter|importer|buyer|member|ally|partner|neighbour|neighbor|home|source|holder)\s+of\b)/gu;
/** "thanked his host for improving relations despite disputes over wartime history": what persists despite the act is not its subject. */
const DESPITE = /\s(?=despite\s)/g;
/** The comma-led side remarks on when in a sentence (", their first encounter since the invasion,"), as spans. */
function backgroundSpans(s: Sentence): Array<[number, number]> {
  return [BACKGROUND, RELATIVE_ASIDE, DESPITE, DESCRIBED_STATE].flatMap((re) => {
    re.lastIndex = 0;
    return [...s.text.matchAll(re)].map((b): [number, number] => {
      const start = s.start + b.index!;
      return [start, start + b[0].length + s.text.slice(b.index! + b[0].length).search(/,|;|$/)];
    });
  });
}
/**
 * "…shipbuilding, on which Seoul has promised investment,", "…the war, which had ended in a truce,", "Lee, who as an
 * opposition figure had attacked Tokyo over history,": a relative clause with a named subject of its own, or one
 * telling what had happened, is the reporter's aside.
 */
// "Pena, whose country is one of the few that recognise Taiwan,", "Kosovo, whose independence Serbia does not
// recognise,": what the speaker's country is, told by the reporter.
const RELATIVE_ASIDE = /,\s+(?:(?:on|in|for|to|from|of|with|at|over|under|by)\s+)?(?:(?:which|where|whose)\s+(?=(?:the\s+)?\p{Lu}|(?:had|has|have|was|were)\s)|whose\s+[\p{Ll}-]+\s+(?=(?:is|are|was|were|has|had|have)\s|(?:the\s+)?\p{Lu})|whose\s+(?:[\p{Ll}-]+\s+){1,2}(?=\p{Ll}+ed\s)|who\s+(?=(?:[\p{L}-]+\s+){0,5}had\s))/gu;

const TALKS_SUBJECT = /^(?:the|their|those|these|his|her)\s+(?:talks|meeting|meetings|discussion|discussions|summit|call|conversation)\b|^(?:talks|discussions)\s+(?:also\s+)?(?:covered|focused\s+on|centred\s+on|centered\s+on|touched\s+on|included|ranged|dealt\s+with|turned\s+to)\b|^(?:the|their|his|her)\s+visit\s+(?:[\p{L}-]+\s+){0,3}?(?:focused|centred|centered|was\s+dominated|produced|yielded)\b|^(?:other\s+)?(?:topics|issues|subjects)\s+(?:(?:discussed|raised|covered|on\s+the\s+agenda)\s+)?(?:included|ranged)\b|\bamong\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:issues|topics|subjects|matters|questions)\s+(?:raised|discussed|covered|addressed|on\s+the\s+table)\b|\bat\s+the\s+(?:heart|centre|center|top|forefront)\s+of\s+(?:the|their)\s+(?:talks|meeting|discussions|agenda|visit|conversation)\b|\b(?:subjects?|topics?|focus)\s+of\s+(?:the|their)\s+(?:talks|meeting|discussions|conversation|visit)\b|\b(?:talks|meeting|discussions|agenda|conversation)\s+(?:was|were)\s+(?:largely\s+|also\s+)?dominated\s+by\b|\b(?:was|were)\s+(?:also\s+)?(?:discussed|raised|on\s+the\s+table)\b|\bcame\s+up\b|\bfeatured\s+(?:prominently\s+)?in\s+(?:the\s+|their\s+)?(?:talks|meeting|discussions)\b|\b(?:the|their)\s+(?:talks|meeting|discussion|discussions|conversation|call)\s+(?:[\p{L}-]+\s+){0,14}?(?:covered|focused on|centred on|centered on|touched on|turned to|dealt with|included|made (?:[\p{L}-]+\s+)?progress on)\b|\b(?:talks|discussions|conversation)\s+ranged\s+from\b|\b(?:dominated|topped|led) the (?:talks|meeting|discussions|agenda)\b|\b(?:high |also |first |top )?on the agenda\b|\bthe agenda (?:included|covered)\b/iu;
/** "The treaty covers cooperation in energy …": an agreement told of in the sentences before, and what it is about. */
// "In return, Ukraine will receive fuel …": what each side gets under a deal just told is its terms too.
/** What an agreement is said to do with its subjects ("covers", "pledges", "bans"). */
const COVERS_VERBS = String.raw`covers?|covered|includes?|included|provides?\s+for|provided\s+for|deals?\s+with|dealt\s+with|focuses\s+on|focused\s+on|sets?\s+out|commits?|committed|says(?!\s+(?:nothing|little|not))|states|pledges|bans|banned|allows`;
const AGREEMENT_COVERS = new RegExp(String.raw`^(?:in\s+return\s*,|under\s+(?:the|this|that|their|these|those)\s+(?:[\p{L}-]+\s+)?(?:accords?|agreements?|deals?|treaty|treaties|pacts?|partnership|memorandum|declaration|roadmap)\b|(?:the|that|this|their|each)\s+(?:[\p{L}-]+\s+){0,3}?(?:treaty|agreement|agreements|deal|deals|pact|accord|accords|partnership|memorandum|memorandums|declaration|package)\s+(?:also\s+)?(?:${COVERS_VERBS})\b)`, 'iu');
/** "Soviet troops are to leave …", "no troops may be stationed there": what is to be done under terms just told. */
const TERMS_GO_ON = /^[^,;:"“]{3,80}?\b(?:are|is)\s+to\s+\p{Ll}+|^[^,;:"“]{3,80}?\b(?:will|may|must|shall)\s+(?:not\s+|also\s+)?(?:be\s+)?\p{Ll}+/u;
/** "We discussed …", "we have agreed on …": a speaker's words on what the talks he took part in covered. */
const WE_DISCUSSED = /\b[Ww]e\s+(?:have\s+|had\s+|also\s+)*(?:discussed|talked\s+about|spoke\s+about|exchanged\s+views\s+on|agreed\s+on)\b/;
const TALKS_WHEN = /^(?:the|their|those|these)\s+(?:talks|meeting|meetings|discussions|summit|call|conversation|visit)\s+(?:came|comes|took\s+place|was\s+held|were\s+held|followed)\b/i;
const TALKS_CUE = /talks|meeting|discussion|summit|call|conversation|agenda|discussed|raised|table|came up|featured|^(?:the|their|his|her) visit|topics|issues|subjects/i;
const BETWEEN = /\b(?:talks|meeting|discussions|agenda) between\b/i;
const TALK_EVENTS = new Set(['MEET', 'CALL', 'DISCUSS']);
const UNSETTLED_DISPUTE = /\bfailed\s+to\s+(?:settle|resolve|bridge|overcome|end)\s+(?:their|the|its)\s+(?:[\p{L}-]+\s+)?(?:dispute|differences|disagreements?|split|rift)\s+(?:over|on|about)\s+/gu;

/** "In the statement, …", "The statement criticised …": what a joint statement just told says. */
const IN_THE_STATEMENT =
  /^(?:(?:In|Under)\s+(?:the|their|that)\s+(?:joint\s+)?(?:statement|declaration|communique|communiqué)\b|(?:The|Their)\s+(?:joint\s+)?(?:statement|declaration|communique|communiqué)\s+(?:also\s+)?(?:criticised|criticized|condemned|expressed|voiced|called|urged|opposed|rejected|welcomed|stressed|reaffirmed|noted|emphasised|emphasized|backed|supported|denounced|warned)\b)/;
const STATEMENT_ISSUED = /\b(?:issued|signed|adopted|released)\s+(?:a|an|the)\s+(?:joint\s+)?(?:statement|declaration|communique|communiqué)\b/;
const TALKS_CHAIRED_BY = /\b(?:talks|negotiations|mediation)\s+(?:chaired|mediated|brokered|led|hosted)\s+by\s+/g;
const SUMMIT_SUBJECT = /^(?:the|that)\s+(?:[\p{L}-]+\s+)?summit\s+(?:also\s+)?(?:discussed|covered|dealt\s+with|turned\s+to|took\s+up)\b/iu;
/** The people the two sentences before named, when a summit was told in the story: two to four of them. */
function summitPeople(doc: ArticleDoc, sentence: number): string[] {
  if (!doc.sentences.slice(0, sentence).some((x) => /\bsummit\b/i.test(x.text))) return [];
  const people = peopleJustBefore(doc, sentence);
  return people.length >= 2 && people.length <= 4 ? people : [];
}

/** Everyone in the latest meeting, call or talks of the three sentences before (or this one). */
function talksBefore(doc: ArticleDoc, sentence: number): string[] {
  for (let i = sentence; i >= Math.max(0, sentence - 3); i--) {
    const talks = doc.events.filter((e) => e.sentence === i && TALK_EVENTS.has(e.type));
    if (talks.length) return [...new Set(talks.flatMap((e) => [...e.actorIds, ...e.targetIds]))];
  }
  return [];
}

/** The participants of the article's one meeting, when exactly one was told before the sentence (witnesses aside). */
function onlyMeetingBefore(doc: ArticleDoc, sentence: number): string[] {
  const only = doc.meetings.length === 1 ? doc.meetings[0]! : undefined;
  if (!only || only.sentence >= sentence) return [];
  return only.participantIds.filter((p) => !only.witnessIds?.includes(p));
}

/** "a proposal by President Noboa", "a call by the prime minister": a person's own proposal, named after "by". */
const PROPOSED_BY = /\b(?:proposal|plan|call|request|offer|demand|bid|push|appeal|initiative|suggestion)\s+(?:made\s+)?by\s+(?:(?:the|former)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
/** "Taiwan never came up", "did not raise human rights": a subject said to be left out was not discussed. */
const LEFT_OUT_AFTER = /^\s+(?:(?:was|were|had|has)\s+)?(?:never|not|n[o']t)\s+(?:(?:been|even)\s+)?(?:come\s+up|came\s+up|discussed|raised|mentioned|brought\s+up|addressed|on\s+the\s+agenda)\b/i;
const LEFT_OUT_BEFORE = /\b(?:did\s+not|didn['’]t|never|not)\s+(?:discuss|raise|mention|bring\s+up|address)(?:ed)?\s+(?:the\s+(?:issue|question|subject|matter)\s+of\s+)?(?:the\s+)?$/i;
function negatedTopic(doc: ArticleDoc, m: { start: number; end: number }): boolean {
  return LEFT_OUT_AFTER.test(doc.text.slice(m.end, m.end + 40)) || LEFT_OUT_BEFORE.test(doc.text.slice(Math.max(0, m.start - 50), m.start));
}
/** The topics a sentence names, less those it says were left out. */
function topicsSaid(doc: ArticleDoc, sentence: number): string[] {
  return [...new Set(mentionsIn(doc, sentence).filter((m) => m.label === 'Topic' && !negatedTopic(doc, m)).flatMap((m) => m.entityIds))];
}

export const discussionsComponent: PipelineComponent = {
  name: 'discussions',
  requires: ['events', 'meetings', 'quotes.speaker'],
  assigns: ['discussions'],
  run(doc) {
    const seen = new Set<string>();
    const add = (personId: string, topicId: string, sentence: number, rule: string) => {
      if (doc.entities.get(personId)?.label !== 'Person') return;
      const key = `${personId}|${topicId}|${sentence}`;
      if (seen.has(key)) return;
      seen.add(key);
      doc.discussions.push({ personId, topicId, sentence, rule } satisfies Discussion);
    };
    // The quotes overlapping each sentence, found once.
    const quotesOf = new Map<number, Quote[]>();
    for (const q of doc.quotes) {
      const first = sentenceAt(doc, q.start);
      for (let i = first; i >= 0 && i < doc.sentences.length && doc.sentences[i]!.start < q.end; i++) quotesOf.set(i, [...(quotesOf.get(i) ?? []), q]);
    }
    for (const s of doc.sentences) {
      const here = mentionsIn(doc, s.index);
      // "Taiwan's foreign minister": a country qualifying a title is no subject of the sentence, even where it names a topic.
      const titleCountry = (t: { start: number; end: number }) => here.some((c) => c.label === 'Country' && c.qualifier && c.start === t.start && c.end === t.end);
      const topicMentions = here.filter((m) => m.label === 'Topic' && !titleCountry(m) && !negatedTopic(doc, m));
      const topics = [...new Set(topicMentions.flatMap((m) => m.entityIds))];
      if (topics.length) {
        // A quote's words are its speaker's; the narration around it ("…, he said, after the strikes in Gaza") is not.
        for (const q of quotesOf.get(s.index) ?? []) {
          if (!q.speakerId) continue;
          for (const t of topicMentions) if (t.start >= q.start && t.end <= q.end) for (const id of t.entityIds) add(q.speakerId, id, s.index, 'discussions:quote');
          // "\"We discussed critical minerals,\" Modi said" after his talks with Albanese: the talks covered them, so both took them up.
          const we = WE_DISCUSSED.exec(doc.text.slice(q.start, Math.min(q.end, s.end)));
          const partners = we ? talksBefore(doc, s.index) : [];
          if (!partners.includes(q.speakerId)) continue;
          const from = q.start + we!.index + we![0].length;
          for (const t of topicMentions) if (t.start >= from && t.end <= q.end) for (const id of t.entityIds) for (const p of partners) add(p, id, s.index, 'discussions:we-discussed');
        }
        // Every speech verb with its subjects, found once, so that one speaker's part ends where another's begins.
        SPEECH.lastIndex = 0;
        const asides = backgroundSpans(s);
        const verbs = [...s.text.matchAll(SPEECH)].map((v) => ({ v, subjects: quotedAs(doc, s, s.start + v.index!) ?? participleSubject(doc, s, v) ?? subjectBefore(doc, s, s.start + v.index!) }));
        // Only a subject standing right before its verb opens a part of its own ("…, and Kishida said"), not a source cited later.
        const speakers = verbs.flatMap(({ v, subjects }) =>
          subjects
            .filter((subject) => {
              const before = doc.text.slice(Math.max(s.start, subject.start - 40), subject.start);
              return s.start + v.index! - subject.end <= 24 && (COORDINATE_OPENING.test(before) || REPORTED_OPENING.test(before));
            })
            .map((subject) => ({ verb: s.start + v.index!, subject })),
        );
        // "Srettha said China had promised to help fight scam gangs": a single state reported by a speaker speaks through him,
        // so only the other speakers open a part of their own.
        const reportedState = (x: (typeof speakers)[number]) =>
          x.subject.label !== 'Person' && x.subject.entityIds.length === 1 && REPORTED_OPENING.test(doc.text.slice(Math.max(s.start, x.subject.start - 40), x.subject.start));
        const turnTakers = speakers.filter((x) => !reportedState(x));
        // "On Ukraine, Sanchez said …, while Lula repeated …": a subject the sentence opens with is every speaker's in it.
        const frame = FRAME.exec(s.text);
        if (frame) {
          const framed = topicMentions.filter((t) => t.end <= s.start + frame[0].length);
          for (const { subjects } of verbs) for (const subject of subjects) for (const id of subject.entityIds) for (const t of framed) for (const tid of t.entityIds) add(id, tid, s.index, 'discussions:frame');
        }
        for (const { v, subjects } of verbs) {
          // "after he was declared the winner": a speech verb in the passive is nobody's speech.
          if (/\b(?:was|were|is|are|been|being|be)\s+$/i.test(s.text.slice(Math.max(0, v.index! - 8), v.index!))) continue;
          for (const subject of subjects) {
            let [from, spanEnd] = speakerSpan(doc, s, subject.start, s.start + v.index! + v[0].length, subject.entityIds);
            // "…, days after President Trump announced that …": a speaker inside a side remark holds only that remark.
            const aside = asides.find(([a, b]) => subject.start >= a && subject.start < b);
            if (aside) from = Math.max(from, aside[0]);
            // "Petro cut diplomatic relations with Israel in May and has called the war a genocide": what an act of his
            // own, joined before the speech verb, was done to is not what he spoke of.
            const verbStart = s.start + v.index!;
            for (const act of doc.events) {
              if (act.sentence !== s.index || !DEEDS.has(act.type) || act.verb.start < subject.end || act.verb.end > verbStart) continue;
              const joined = /\s+and\s+(?:(?:has|have|had|also|later|then)\s+)*$/.exec(doc.text.slice(act.verb.end, verbStart));
              if (joined) from = Math.max(from, verbStart - joined[0].length);
            }
            // "Yoon said …, and Kishida said …": the next speaker's words are his own.
            // "The two leaders said …, and Carney said …": one of a group speaking for himself opens a part of his own too.
            const next = turnTakers.find((x) => x.verb > v.index! + s.start && x.subject.start > s.start + v.index! && !sameIds(x.subject.entityIds, subject.entityIds));
            let to = next ? Math.min(spanEnd, next.subject.start) : spanEnd;
            // "…, days after Hamas attacked Israel": a background clause after the speaker's words is the reporter's, not the speaker's.
            BACKGROUND.lastIndex = 0;
            const background = BACKGROUND.exec(doc.text.slice(s.start + v.index! + v[0].length, to));
            if (background) to = s.start + v.index! + v[0].length + background.index;
            const own = [...new Set(topicMentions.filter((t) => t.start >= from && t.end <= to && !asides.some((x) => x !== aside && t.start >= x[0] && t.start < x[1])).flatMap((t) => t.entityIds))];
            for (const id of subject.entityIds) for (const t of own) add(id, t, s.index, 'discussions:speech');
            // "Modi said he had briefed his guest on India's G20 presidency": the one briefed took the subject up too.
            if (/^brief(?:ed|s)$/i.test(v[0])) {
              const briefed = mentionsIn(doc, s.index).find((m) => m.label === 'Person' && !/^(?:his|her|their)$/i.test(m.text) && m.start >= verbStart + v[0].length && /^\s+(?:(?:his|her|their)\s+)?$/.test(doc.text.slice(verbStart + v[0].length, m.start)));
              for (const id of briefed?.entityIds ?? []) for (const t of own) add(id, t, s.index, 'discussions:briefed');
            }
          }
        }
      }
    }
    for (const ev of doc.events) for (const a of ev.actorIds) for (const t of ev.topicIds) add(a, t, ev.sentence, `discussions:${ev.type.toLowerCase()}`);
    // "… issued a joint statement declaring … In the statement, China joined Russia in opposing any further enlargement of
    // NATO": what a joint statement says, its issuers took up.
    for (const s of doc.sentences) {
      if (!IN_THE_STATEMENT.test(s.text)) continue;
      const topics = topicsSaid(doc, s.index);
      const issued = doc.events.filter((e) => e.type === 'AGREE' && e.sentence < s.index && s.index - e.sentence <= 3 && STATEMENT_ISSUED.test(doc.sentences[e.sentence]!.text)).at(-1);
      for (const p of issued?.actorIds ?? []) for (const t of topics) add(p, t, s.index, 'discussions:statement-says');
    }
    // "reached a peace agreement in Belfast, after talks chaired by former US Senator George Mitchell": the one who chaired
    // or brokered the talks that led to an agreement took up what it is about.
    for (const ev of doc.events) {
      if (ev.type !== 'AGREE' || !ev.topicIds.length) continue;
      const s = doc.sentences[ev.sentence]!;
      for (const m of s.text.matchAll(TALKS_CHAIRED_BY)) {
        const at = s.start + m.index! + m[0].length;
        const chair = mentionsIn(doc, s.index).find((x) => x.label === 'Person' && x.entityIds.length === 1 && x.start >= at && x.start - at < 60);
        if (chair) for (const t of ev.topicIds) add(chair.entityIds[0]!, t, s.index, 'discussions:talks-chaired');
      }
    }
    // "Sheinbaum received Rubio …, and their governments agreed to set up a group to fight drug cartels": what the two
    // governments agreed, the people just named for them took up.
    for (const ev of doc.events) {
      if (!ev.topicIds.length || ev.actorIds.length < 2 || !ev.actorIds.every((a) => doc.entities.get(a)?.label === 'Country')) continue;
      const here = mentionsIn(doc, ev.sentence);
      // "Biden met Trong in Hanoi on Sunday, and the two countries raised their relationship …": so are the ties "the two
      // countries" raised right after the two leaders were told meeting in the same sentence.
      const metHere = doc.events.find((e) => e.type === 'MEET' && e.sentence === ev.sentence && e.verb.start < ev.verb.start);
      // Only the ties they raised: "…, and the two countries signed agreements on railways" keeps its subjects to the states.
      const tiesRaised = ev.topicIds.every((t) => doc.entities.get(t)?.name === 'bilateral relations');
      const theirs = here.find(
        (m) =>
          (/^their\s/i.test(m.text) || (metHere && tiesRaised && /^(?:the\s+two|both)\s+countries\b/i.test(m.text) && /,\s+and\s+$/.test(doc.text.slice(Math.max(0, m.start - 8), m.start)))) &&
          m.entityIds.length > 1 &&
          m.start < ev.verb.start &&
          ev.actorIds.every((a) => m.entityIds.includes(a)),
      );
      if (!theirs) continue;
      const people = [...new Set(here.filter((m) => m.label === 'Person' && m.end <= theirs.start).flatMap((m) => m.entityIds))].filter((p) => ev.actorIds.includes(homeCountry(doc, p) ?? ''));
      for (const p of people) for (const t of ev.topicIds) add(p, t, ev.sentence, 'discussions:their-governments');
    }
    // "Biden spoke by phone with Xi about Taiwan": both ends of a call took part in what it covered.
    // Not "Blinken told Wang in a phone call that …": words told to someone are the teller's.
    for (const ev of doc.events) {
      // "Rubio, who discussed the reconstruction of Syria with him": a discussion with someone is theirs too.
      if ((ev.type !== 'CALL' && ev.type !== 'DISCUSS') || /\b(?:told|tells|warned|assured|informed)\b/i.test(doc.text.slice(doc.sentences[ev.sentence]!.start, ev.verb.end))) continue;
      for (const p of ev.targetIds) for (const t of ev.topicIds) add(p, t, ev.sentence, `discussions:${ev.type.toLowerCase()}-with`);
    }
    for (const m of doc.mentions) {
      if (m.label !== 'Person' || !m.possessive || insideQuote(doc, m.start)) continue;
      const words = POSSESSED_WORDS.exec(doc.text.slice(m.end, m.end + 60));
      if (!words) continue;
      const s = doc.sentences[m.sentence]!;
      // "refused Wang's request to ease the controls, calling them a matter of security": the participle is the refuser's.
      const end = clauseEnd(doc, s, m.end + words[0].length);
      const participle = /,\s+\p{Ll}+ing\b/u.exec(doc.text.slice(m.end + words[0].length, end));
      const to = participle ? m.end + words[0].length + participle.index : end;
      const topics = mentionsIn(doc, s.index).filter((t) => t.label === 'Topic' && t.start >= m.end + words[0].length && t.end <= to);
      for (const id of m.entityIds) for (const t of topics) for (const tid of t.entityIds) add(id, tid, s.index, 'discussions:possessed-words');
    }
    // "rejected a proposal by President Noboa to allow foreign military bases": what a person proposed is his subject.
    for (const m of doc.mentions) {
      if (m.label !== 'Person' || insideQuote(doc, m.start)) continue;
      const s = doc.sentences[m.sentence]!;
      if (!PROPOSED_BY.test(doc.text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
      const after = /^\s+(?:to|for|that|on)\s+/.exec(doc.text.slice(m.end, m.end + 6));
      if (!after) continue;
      const to = clauseEnd(doc, s, m.end + after[0].length);
      for (const t of mentionsIn(doc, s.index).filter((x) => x.label === 'Topic' && x.start >= m.end && x.end <= to && !negatedTopic(doc, x))) {
        for (const id of m.entityIds) for (const tid of t.entityIds) add(id, tid, s.index, 'discussions:proposed-by');
      }
    }
    // "Their talks focused on trade": the talks are the latest meeting or call, within two sentences.
    for (const s of doc.sentences) {
      // A cheap test first: most sentences name no talks at all.
      if (!TALKS_CUE.test(s.text) || !TALKS_SUBJECT.test(s.text)) continue;
      // "The meeting came a day after Trump and Xi agreed a truce in their trade war": when the talks came is background.
      if (TALKS_WHEN.test(s.text)) continue;
      // "The meeting was the first summit between the two governments, agreed after Brexit strained relations": what a
      // side remark on when tells is background, not what the talks covered.
      const asides = backgroundSpans(s);
      const topics = [...new Set(mentionsIn(doc, s.index).filter((m) => m.label === 'Topic' && !negatedTopic(doc, m) && !asides.some(([a, b]) => m.start >= a && m.start < b)).flatMap((m) => m.entityIds))];
      if (!topics.length) continue;
      const between = BETWEEN.exec(s.text);
      let people = between
        ? mentionsIn(doc, s.index).filter((m) => m.label === 'Person' && m.start >= s.start + between.index).flatMap((m) => m.entityIds)
        : talksBefore(doc, s.index);
      // "The war in Vietnam came up in long talks at Brezhnev's country house": with no talks told just before, the
      // talks are the story's one meeting told earlier.
      // Not "The summit's final declaration called for …": a summit is more than the meeting told within it.
      if (!people.length && !/\bsummit/i.test(s.text)) people = onlyMeetingBefore(doc, s.index);
      // "… at a summit hosted by Anwar. Anwar said … Gusmao called it … The summit also discussed Myanmar": with no talks
      // told, a summit's subjects are those of the people the two sentences before named there.
      if (!people.length && SUMMIT_SUBJECT.test(s.text)) people = summitPeople(doc, s.index);
      for (const p of people) for (const t of topics) add(p, t, s.index, 'discussions:talks');
    }
    // "the two leaders failed to settle their dispute over missile defence": a dispute left open was taken up by both.
    for (const s of doc.sentences) {
      UNSETTLED_DISPUTE.lastIndex = 0;
      for (const m of /\bfailed\s+to\b/.test(s.text) ? s.text.matchAll(UNSETTLED_DISPUTE) : []) {
        const at = s.start + m.index!;
        const people = subjectBefore(doc, s, at).filter((x) => x.label === 'Person').flatMap((x) => x.entityIds);
        if (people.length < 2) continue;
        const to = clauseEnd(doc, s, at + m[0].length);
        const topics = mentionsIn(doc, s.index).filter((t) => t.label === 'Topic' && t.start >= at + m[0].length && t.end <= to && !negatedTopic(doc, t));
        for (const p of people) for (const t of topics) for (const tid of t.entityIds) add(p, tid, s.index, 'discussions:unsettled');
      }
    }
    // "They signed a treaty … The treaty covers energy and mining": what an agreement covers, its signers took up.
    const witnesses = new Set(doc.meetings.flatMap((m) => m.witnessIds ?? []));
    for (const s of doc.sentences) {
      if (!AGREEMENT_COVERS.test(s.text)) continue;
      // "Under the treaty, Germany will cut its forces … Soviet troops are to leave by 1994": terms told on in the next
      // sentence, with no one named to say them, are the same agreement's.
      const next = doc.sentences[s.index + 1];
      const terms = next && TERMS_GO_ON.test(next.text) && !mentionsIn(doc, next.index).some((m) => m.label === 'Person') ? next : undefined;
      const topics = [...new Set([...topicsSaid(doc, s.index), ...(terms ? topicsSaid(doc, terms.index) : [])])];
      // Not who signed only as witnesses ("Christopher and Kozyrev also signed the document as witnesses").
      const signings = doc.events.flatMap((e, i) => (e.type === 'AGREE' && e.sentence < s.index && s.index - e.sentence <= 2 && !e.actorIds.every((a) => witnesses.has(a)) ? [i] : []));
      // "The treaty also covers defence … Foreign ministers A and B also put their names to the text": who signed it too,
      // told right after, took it up as well (not who signed only as witnesses).
      const joined = signings.length
        ? doc.events
            .filter((e) => e.type === 'AGREE' && e.sentence > s.index && e.sentence - s.index <= 2 && /\balso\s+$/.test(doc.text.slice(Math.max(0, e.verb.start - 6), e.verb.start)) && !e.actorIds.some((a) => witnesses.has(a)))
            .flatMap((e) => e.actorIds)
        : [];
      const signers = [...signings.flatMap((i) => doc.events[i]!.actorIds), ...joined];
      for (const p of new Set(signers)) for (const t of topics) add(p, t, s.index, 'discussions:agreement-covers');
    }
    // "promised Yeltsin aid at the end of their summit": a pledge the meeting was read from is the pledger's alone.
    for (const m of doc.meetings) {
      const pledge = doc.events[m.event]?.type === 'SUPPORT' ? doc.events[m.event] : undefined;
      // "Kikwete witnessed the signing": one who only watched took up none of its subjects.
      for (const p of m.participantIds) {
        if (m.witnessIds?.includes(p)) continue;
        for (const t of m.topicIds) if (!pledge || pledge.actorIds.includes(p) || !pledge.topicIds.includes(t)) add(p, t, m.sentence, 'discussions:meeting');
      }
    }
  },
};
