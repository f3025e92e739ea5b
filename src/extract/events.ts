import { ids } from '../domain/ids';
import type { EventType } from '../domain/ontology';
import { homeCountry, insideQuote, mentionsIn, quoteAt, sameIds, type ArticleDoc, type ExtractedEvent, type Mention, type Sentence } from './article-doc';
import { actingIds, actorMentions, clauseEnd, clauseStart, mainSubject, objectsAfter, ONLOOKER, subjectBefore, unresolvedSubject } from './clauses';
import { addDays, RELATIVE_DAY, resolveDate } from './dates';
import { ANNOUNCED_THAT, EXCHANGE_VERB, HALT_UNDER_WAY, MISSION, MONEY, OBTAINED_VERB, patternVerbs } from './event-patterns';
import { Gazetteer, type GazetteerMatch } from './gazetteer';
import { ADVERBIAL_EVENT_FORMS, AGENT_AFTER_VERBS, EVENT_VERBS, MODALS, NEGATORS, NOMINAL_EVENT_FORMS, PASSIVE_VERBS, placeCountryAt, SPEECH_WORDS_ALT } from './lexicons';
import type { PipelineComponent } from './pipeline';
import { COUNT } from './resolution';

/**
 * Typed events from verb phrases: the subject of the clause is the actor, the
 * actors after the verb are targets, topics and policies of the clause are
 * what it is about. Negated or hedged verbs ("has not agreed", "may impose")
 * yield nothing; a passive ("was rebuffed") swaps the roles; a REJECT is linked
 * to the REQUEST it answers.
 */
const verbGazetteer = new Gazetteer<EventType>(
  (Object.entries(EVENT_VERBS) as Array<[EventType, string[]]>)
    .concat(Object.entries(AGENT_AFTER_VERBS) as Array<[EventType, string[]]>)
    .flatMap(([type, forms]) => forms.map((f): [string, EventType] => [f, type])),
  false,
);
const agentAfterForms = new Set(Object.values(AGENT_AFTER_VERBS).flat());
const passiveForms = new Map<string, EventType>();
for (const [type, forms] of Object.entries(PASSIVE_VERBS) as Array<[EventType, string[]]>) for (const f of forms) passiveForms.set(f, type);

const NEGATED = new RegExp(`(?:^|\\s)(?:${NEGATORS.map((n) => n.replace("'", "['’]")).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
const NEGATED_CONTRACTION = /n['’]t\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const HEDGED = new RegExp(`(?:^|\\s)(?:${MODALS.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
const CLAUSE_OF_WHEN = /,\s+(?:[\p{L}-]+\s+){0,3}?(?:after|before|since|until|as|while|when|whereas|because)\s/iu;
/** "threatened to send troops and cut off all aid", "did not sign or ratify": a verb coordinated under a hedge or a negation shares it. */
const COORDINATED_HEDGE = new RegExp(`(?:^|\\s)(?:${[...MODALS, ...NEGATORS.map((n) => n.replace("'", "['’]"))].join('|')})\\s+(?:[\\p{L}-]+\\s+){1,5}(?:and|or|nor)\\s+$`, 'iu');
const ANNOUNCED_WOULD = /\b(?:announced|decided|confirmed)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:it|they|the\s+\p{Ll}+|(?:the\s+)?(?:[\p{Lu}][\p{L}-]+\s+){1,3})\s*(?:would|will)\s+$/u;
const OPENING_DAY = /^(?:(?:Late|Early|Earlier|Later)\s+)?[Oo]n\s+(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+\s+\d{1,2})\b[^,;]{0,40},/u;
/** "accused the Biden administration of trying … by imposing new sanctions": the accused one's act, told inside the accusation. */
function accusedOfAct(doc: ArticleDoc, s: Sentence, v: GazetteerMatch<EventType>): boolean {
  return PARTICIPLE.test(v.text) && /\bby\s*$/.test(doc.text.slice(Math.max(s.start, v.start - 4), v.start)) && /\baccus(?:ed|es|ing)\b[^.;]*\bof\b/.test(doc.text.slice(s.start, v.start));
}
const COORDINATED_VERB = /\s(?:and|or)\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+)?$|,\s+but\s+$/;
const STATE_AGENTS = /,?\s+and\s+(?:the\s+)?(?:police|border\s+guards|security\s+forces|authorities|immigration\s+officers)\s+(?:later\s+|then\s+|also\s+)?$/;
const STANDING_VERB = /^(?:backs|supports|opposes|recognizes|recognises|arms|funds)$/i;
const WHERE_BACKGROUND = /,\s+where\s+[^;]*$/;
/** "said the promise was not enough and …": reported words that describe a state, then a verb joined by "and". */
const SAID_STATE_AND = /(?:^|\s)((?:said|says|told\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}))(?:that\s+)?(?:the\s+)?[^,;]{2,60}?\s(?:was|were|is|are|remained)\s[^,;]{2,90}?\s+and\s+$/u;
/** "told the General Assembly that … and": words told to someone, then a verb joined by "and". */
const TOLD_THAT_AND = /(?:^|\s)told\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,4}?that\s+[^;]{3,160}?\s+and\s+$/u;
/** "unless both India and Pakistan …", "if it …": a condition's subject right before the verb. */
const CONDITION_SUBJECT =
  /\b(?:unless|if)\s+(?:both\s+|either\s+)?(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*|he|she|they|it|we)(?:\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*\s+(?:\p{L}+ly\s+)?$/u;
// "if either is attacked or threatened with attack": a participle joined to a passive shares its auxiliary.
const PASSIVE_AUX = /\b(?:was|were|been|is|are|being|be)\s+(?:\p{L}+ly\s+|(?:later|then|also|again|first|soon|afterwards)\s+)?(?:\p{L}+ed\s+or\s+)?$/iu;
const PLURAL_OBJECT = /^\s+(?:them|they)\b/i;
// "that" before a subject ("warned that the clash would …") introduces a clause; it points back only before a noun ("that connection").
// "later this year" names a time, not a subject told before.
const DEMONSTRATIVE = /\b(?:that(?!\s+(?:the|a|an|it|he|she|they|we|you|i|his|her|their|its|our|this|these|those|there|\p{Lu}))|this(?!\s+(?:year|week|month|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|time|decade|century)\b)|those|these|it|the issue|the matter|the\s+(?:accords|agreements|treaties|documents))\b/iu;
// Not "said … and that he had spoken …": "that" after a verb of saying or "and" opens reported words, not a relative clause.
const RELATIVE_CLAUSE = /(?<!\b(?:and|said|says|added|announced|told\s+\p{L}+)\s+)\b(?:which|that)\s*$/iu;
const STRONG_BREAK = /[;:]|\bbut\b|\bwhile\b/i;
const SPEECH_AFTER = new RegExp(`\\b(?:${SPEECH_WORDS_ALT})\\b`, 'gi');
/** Nominal forms need someone whose visit it is: "his trip to", "a visit to Japan by a South Korean leader". */
// "Zelensky's talks with Erdogan": talks are someone's only through a possessor or "by" ("suspended talks with India" are not).
const NEEDS_AGENT = new Set(['trip to', 'visit to', 'talks with']);
/** Meals, handshakes and press appearances retell a meeting already told; a verb of meeting may be a second one. */
/** What a state hosts that is no guest to meet: forces, bases, or a number of people sheltered. */
const HOSTED_NO_GUESTS = [
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:troops|forces|soldiers|bases?|military\s+bases?)\b/iu,
  /^\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|over\s+)?(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|tens|half\s+a)\s+(?:(?:million|thousand|hundred|of)\s+){0,2}(?:[\p{L}-]+\s+)?(?:refugees|migrants|people|displaced|asylum|\p{Lu})/u,
];
const CONDITIONS_MET = /^\s+(?:(?:the|its|their|all|these|those|his|her|our|some|any|most)\s+)?(?:[\p{Ll}-]+\s+)?(?:conditions|requirements|criteria|demands|standards|targets|obligations|commitments|deadlines?|needs|costs|expectations|goals|terms|threshold|benchmarks)\b/u;
const rolesRepeat = (verb: string) => /^(?:had|shared|gave|held|addressed|shook|dined|lunched|spoke|talked|conferred|chatted)$/i.test(verb);
const JOINED_OF = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*/u;
const JOINED_IN = /^\s+(?:in|on)\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:(?:phone\s+|video\s+)?(call)|(conference))\b/u;
const ALONG_WITH = /\b(?:together|along)\s+with\s+|\baccompanied\s+by\s+/i;
const SCHEDULED_AFTER = /^[^.;]*?\b(?:next|later\s+this\s+(?:week|month|year)|tomorrow|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
const PROSPECTIVE = /\b(?:toward|towards|prepare|prepares|prepared|preparing|preparations\s+for|arrange|arranging|plans?\s+for|planning|possible|proposed|upcoming|future|expected|invitation\s+for|invitation\s+to\s+make)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}$/iu;
const NOMINAL_AFTER = /\b(?:after|following|during|in)\s+(?:(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2})?$/iu;
const VISIT_MADE = /\b(?:returned from|back from|paid|made|concluded|wrapped up|cut short|began|ended)\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const CALLS_AS_NOUN = /\b(?:rejected|dismissed|ignored|disregarded|defied|rebuffed|heeded|resisted|despite|amid|growing|renewed|the|his|her|their|its|new|repeated)\s+$/i;
const IN_PERSON = /\b(?:on the sidelines|in person|face[- ]to[- ]face)\b/i;
const DELEGATION_LED_BY = /^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}delegation\b[^.;]{0,80}?\bled by\s+/u;
const OWN_SUBJECT_CLAUSE = /,\s+(?:and|but)\s+(?:he|she|they|it|we)\s+\p{Ll}/u;
const KEPT_IN_STATE = /\b(?:kept|keep|keeps|left|leave|leaves)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*,?\s+(?:and\s+)?){1,10}$/u;
/** Only a place, a time or a plain "and" between a meeting verb and the next: "met Marcos in Manila on Friday and agreed". */
const COORDINATED_AFTER_MEETING = /^[^,;]*\band\s+(?:also\s+)?$/;
/** "sanctions … over the invasion of Ukraine": the phrase before a state that names a penalty's reason, not its target. */
const PENALTY_REASON = /\b(?:over|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of|in|against|on)\s+$/u;
/** "in response to the sanctions Tokyo imposed": a penalty told as the cause of the sentence's act. */
const PENALTY_AS_CAUSE = /\b(?:in\s+response\s+to|in\s+retaliation\s+for|because\s+of|over|after)\s+the\s+(?:sanctions|tariffs|duties|levies|export\s+controls)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:had\s+|has\s+|have\s+)?$/u;
function inPenaltyReason(doc: ArticleDoc, verbEnd: number, m: Mention): boolean {
  return m.start >= verbEnd && PENALTY_REASON.test(doc.text.slice(Math.max(verbEnd, m.start - 50), m.start));
}
/** Places one visits that are no state, person or body: a shrine, a museum, a factory. */
const SHRINE_OR_SITE = /^\s+(?:the\s+|a\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:[Ss]hrine|[Tt]emple|[Mm]osque|[Cc]hurch|[Cc]athedral|[Ss]ynagogue|[Mm]emorial|[Mm]useum|[Ff]actory|[Pp]lant|[Ss]chool|[Hh]ospital|[Cc]emetery)\b/u;
/** "…, Foreign Minister Ramtane Lamamra announced": a name set off by a comma and followed by a verb of reporting. */
const TRAILING_REPORTER_AFTER = /^\s+(?:said|says|announced|added|told)\b/;
/** Posts of those a state sends abroad. */
const ENVOY_TITLE = /\b(?:Ambassador|Envoy|Charg[eé] d['’]Affaires|High Commissioner)\b/i;
// "suspended Foreign Minister Najla Mangoush": one official named by a post at home is suspended from it, as a group is.
const SUSPENDED_OFFICIALS =
  /^\s+(?:(?:(?:the|a|an|its|his|her|their|two|three|four|five|six|several|\d+|\p{Ll}+)\s+){0,3}(?:deputy\s+)?(?:ministers|officials|officers|employees|staff|lawmakers|judges|members|players)\b|(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Minister|Secretary|Governor|Mayor|Judge|Prosecutor|Director|Commissioner)\s+\p{Lu})/u;
/** "summoned the Maldivian envoy": summoning a diplomat is a formal protest. */
const SUMMONED_DIPLOMAT = /^\s+(?:(?:the|a|an|its|\p{Lu}[\p{L}.'’-]*|\p{Ll}+)\s+){0,3}(?:[Aa]mbassador|[Ee]nvoy|[Cc]hargé d'affaires|[Cc]harge d'affaires|[Dd]iplomats?|[Cc]onsul)\b/u;
const REMOTE_MEANS = /^[^,;]{0,60}?\b(?:by\s+(?:video(?:\s*link)?|videoconference|(?:tele)?phone)|via\s+video(?:\s*link)?|virtually|online)\b/i;
// "…, Lamamra announced at a news conference in Algiers, accusing …": a place or an occasion may follow the report.
const REPORTING_BEFORE_PARTICIPLE = /,\s+(?:[^,]{2,80}?\s+)?((?:said|says|announced|added))(?:\s+(?:on\s+\p{Lu}\p{Ll}+|at\s+[^,;]{1,50}?|in\s+\p{Lu}[\p{L}-]*))*,\s*$/du;
const MONEY_PLEDGED = new RegExp(String.raw`^\s+(?:(?:an?\s+)?(?:additional|extra|further|another|more\s+than|nearly|about|some|up\s+to)\s+)?${MONEY}`);
const AID_PLEDGED = /^\s+(?:(?:[\p{L}\d-]+\s+){0,8}?(?:aid|support|assistance|funding|loans?|grants?|help|weapons|arms|vaccines?|doses|armou?red\s+vehicles|tanks|howitzers|missile\s+systems|air\s+defen[cs]e\s+systems?|fighter\s+jets)\b|to\s+(?:keep\s+|continue\s+)?(?:supporting|support|backing|helping|standing\s+by)\s+\p{Lu})/iu;
/** "a suspended sentence", "the banned group": a participle after an article is an adjective. */
const ADJECTIVAL = /\b(?:a|an|the)\s+$/i;
const PARTICIPLE = /^\p{L}+ing(?:\s+(?:on|for|talks(?:\s+with)?))?$/iu;
const ARRANGED_BY = /\b(?:arranged|organi[sz]ed|facilitated|set\s+up)\s+by\s+[^,;.]*$/u;
const HONOURED_BEFORE = /\b(?:(?:memorial|funeral|burial|commemoration|mourning|wake)\s+(?:service|ceremony|mass|rites)?\s*(?:for|of)|tribute\s+to|in\s+(?:memory|honou?r)\s+of)\s+(?:the\s+late\s+|former\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}$/u;
const WELCOMED_GUESTS = /^\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:delegations|delegates|guests|visitors|participants)\b/u;
/** "Rice, who visited Nairobi last week, welcomed …": a relative clause set off by commas keeps its date to itself. */
const RELATIVE_ASIDE = /,\s+(?:who|which)\s[^,;]*,/g;
function withoutAsides(text: string, verbAt: number): string {
  return text.replace(RELATIVE_ASIDE, (aside, at: number) => (at <= verbAt && verbAt < at + aside.length ? aside : ' '.repeat(aside.length)));
}
/** The date the event's clause states; a day counted from the sentence before ("the next day") beats a coarser one ("this year"). */
function eventDate(doc: ArticleDoc, s: Sentence, from: number, to: number, type: EventType, verbStart: number): string | null {
  // "said Kenya would send another 600 officers in November": a date after a promise's modal is when the promised act
  // is due, not when the promise was made.
  if (/^(?:would|will)\b/i.test(doc.text.slice(verbStart, verbStart + 6))) to = verbStart;
  // "said Canada would go ahead with retaliatory measures on July 1": so is a date after a modal the verb reports.
  else {
    const modal = /\b(?:would|will)\s/.exec(doc.text.slice(verbStart, to));
    if (modal && /^(?:said|says|told|warned|announced|added)\b/i.test(doc.text.slice(verbStart, verbStart + 10))) to = verbStart + modal.index;
  }
  // "On Sunday he held talks with Qin, and on Monday he sat down with Wang": the day of the verb's own coordinate clause.
  const own = doc.text.slice(from, verbStart).search(/,?\s+and\s+(?=(?:on|late|early)\s)(?![\s\S]*,?\s+and\s+)/);
  const nearest = own >= 0 ? resolveDate(doc.text.slice(from + own, to), doc.article.publishedAt) : null;
  if (nearest && nearest.length === 10) return nearest;
  // The sentence with its relative-clause asides blanked, so that offsets into it stay the sentence's.
  const plain = withoutAsides(s.text, verbStart - s.start);
  const stated = resolveDate(plain.slice(from - s.start, to - s.start), doc.article.publishedAt);
  if (stated && stated.length === 10) return stated;
  // "watched the parade on Friday, a day after the two leaders held talks": counted back from the day of the main clause.
  const counted = DAYS_APART.exec(doc.text.slice(s.start, verbStart));
  if (counted) {
    const main = resolveDate(doc.text.slice(s.start, s.start + counted.index), doc.article.publishedAt);
    const n = /^(?:a|one)$/i.test(counted[1]!) ? 1 : (COUNT[counted[1]!.toLowerCase()] ?? Number(counted[1]));
    if (main?.length === 10 && n > 0) return addDays(main, /after/i.test(counted[2]!) ? -n : n);
  }
  // "met for what was expected to be the last time as presidents on Saturday": a meeting's day may stand past its
  // clause, though not inside a side remark on when ("…, days after they spoke on Monday").
  if (!stated && ENCOUNTERS.has(type)) {
    const rest = doc.text.slice(to, s.end);
    const aside = rest.search(/\b(?:after|before|since|following|until|amid|when|while)\b/i);
    const later = resolveDate(aside >= 0 ? rest.slice(0, aside) : rest, doc.article.publishedAt);
    if (later && later.length === 10) return later;
  }
  // "agreed on Thursday …, after their talks in the Great Hall", "released them on Friday after a meeting with Grenell":
  // talks named in a prepositional phrase share the clause's day.
  const prepositional = /^(?:after|during|at|following|in)\b/i.test(doc.text.slice(verbStart, verbStart + 10)) || NOMINAL_AFTER.test(doc.text.slice(Math.max(s.start, verbStart - 40), verbStart));
  if (!stated && ENCOUNTERS.has(type) && prepositional && s.date?.length === 10) return s.date;
  // "told the Assembly on Tuesday that … and urged …": a verb joined by "and" shares the day of the clause it joins.
  if (!stated && COORDINATED_VERB.test(doc.text.slice(Math.max(s.start, verbStart - 12), verbStart))) {
    const main = resolveDate(doc.text.slice(s.start, verbStart), doc.article.publishedAt);
    if (main?.length === 10) return main;
  }
  // "…, the government said on Friday, calling it a violation": a participle after a report is said that day.
  if (!stated && PARTICIPLE.test(doc.text.slice(verbStart, verbStart + 30).split(/\s/)[0] ?? '')) {
    const report = TRAILING_REPORT.exec(doc.text.slice(s.start, verbStart));
    const day = report ? resolveDate(report[0], doc.article.publishedAt) : null;
    if (day?.length === 10) return day;
    // "Jets entered Estonian airspace on Friday, the government said, calling it …": the day of what was reported.
    if (REPORT_BEFORE_PARTICIPLE.test(doc.text.slice(s.start, verbStart)) && s.date?.length === 10) return s.date;
  }
  // "Russia said on Monday that it was pulling out of the talks", "Bulgaria ordered the diplomats to leave, Petkov said on
  // Tuesday": an act with no day of its own, reported on a day, is dated by the report.
  if (!stated && !ENCOUNTERS.has(type)) {
    const report = REPORTED_ON_BEFORE.exec(doc.text.slice(s.start, verbStart)) ?? REPORTED_ON_AFTER.exec(doc.text.slice(verbStart, s.end));
    const day = report ? resolveDate(report[1]!, doc.article.publishedAt) : null;
    if (day?.length === 10) return day;
  }
  return RELATIVE_DAY.test(plain) && s.date ? s.date : stated;
}
/** ", a day after …", ", two days before …": a clause dated by its distance from the main one (no comma or new clause after it). */
const DAYS_APART = /,\s+(a|one|two|three|four|five|six|\d)\s+days?\s+(after|before)\s+[^,;]*$/i;
const REPORTED_ON_BEFORE = /\b(?:said|says|announced|told\s+(?:[\p{L}'’-]+\s+){1,3}?)\s*(on\s+\p{Lu}\p{Ll}+day)\s+(?:that\s+)?[^;,]*$/u;
const REPORTED_ON_AFTER = /^[^;]*?,\s+(?:[^,;]{1,80}?\s+)?(?:said|says|announced)\s+(on\s+\p{Lu}\p{Ll}+day)\s*(?:[,.;]|$)/u;
const REPORT_BEFORE_PARTICIPLE = /,\s+(?:[^,;]{1,60}?\s+)?(?:said|says|announced|added)\s*,\s*$/u;
/** ", the Estonian government said on Friday,": a reporting clause set off by commas, with its day. */
const TRAILING_REPORT = /,\s+(?:[^,;]{1,60}?\s+)?(?:said|says|told\s+[\p{L}\s]{1,30}?|announced|added)\s+on\s+\p{Lu}\p{Ll}+day\s*,\s*$/u;
const ENCOUNTERS = new Set<EventType>(['MEET', 'VISIT', 'CALL']);
/** A meeting verb whose other side is a group no name stands for: "talks with officials from both countries", "met leaders of …", "hosted nearly fifty African leaders". */
const UNNAMED_OTHER_SIDE =
  /^(?:(?:[\p{L}-]+\s+){0,5}with|met|meets|meet|hosted|hosts|hosting|received|receives)\s+(?!(?:each\s+other|one\s+another|their|his|her|its)\b)(?:the\s+|some\s+|several\s+|both\s+|(?:nearly|almost|about|around|some|over|more\s+than)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:\p{Lu}[\p{Ll}-]+\s+)?(?:leaders|officials|ministers|delegations?|representatives|counterparts|envoys|diplomats|negotiators|mediators|members|lawmakers|executives|authorities|governments)\b/u;
const CALLED_OFF =
  /\b(?:cancell?ed|cancels|cancell?ing|called\s+off|calls\s+off|calling\s+off|postponed|postpones|postponing|scrapped|put\s+off|shelved|skipped|pulled\s+out\s+of)\s+(?:(?:a|an|the|his|her|their|its|this|that|planned|scheduled|expected|long-awaited|first|bilateral|formal|\d+|[\p{Ll}-]+)\s+){0,3}$/u;

/**
 * "held talks … that covered trade and investment", "their meeting, which ended with the signing of a framework on
 * critical minerals": what talks covered or settled, told in a relative clause, is what they were about.
 */
const TALKS_COVERED =
  /^[\s,]*(?:(?:that|which)\s+(?:also\s+)?|where\s+(?:they|the\s+two|both)\s+(?:also\s+)?)(?:discussed|covered|focused\s+on|centred\s+on|centered\s+on|touched\s+on|dealt\s+with|included|addressed|ranged\s+over|ranged\s+from|(?:ended|concluded|closed)\s+with\s+(?:the\s+signing\s+of\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:framework|agreement|deal|declaration|pact|memorandum|accord)\s+on)\b/iu;
/** A person called on, then where or when, and nothing asked: "called on Prime Minister Narendra Modi at his residence". */
/** A side remark on the person may follow: "called on Premier Li Qiang, who said …". */
/** "called on Putin, who has ignored every appeal, to withdraw": the request resumes after the aside. */
const CALLED_ON_AFTER_ASIDE = /^[^;]*?,\s+who\b[^;]*,\s+to\s+\p{Ll}/u;
const COURTESY_CALL = /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,5}\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:at|in|on)\b(?![^,;]*\bto\s+\p{Ll})[^;]*)?|,\s+who\b(?![^;]*,\s+to\s+\p{Ll})[^;]*)?,?\s*$/u;
// "…, which parliament has yet to approve, and Turkey's request to buy jets": a possessor may open the next item.
// "the gas field that their countries share, whose first shipments are due this year, as well as fishing rights": an aside
// of two clauses may stand between the items, and "as well as" joins them as "and" does.
const LIST_RESUMED = /^[\s,]*(?:which|where|that|whose)\b(?:[^,;]*,){0,1}[^,;]*,\s+(?:as\s+well\s+as\s+|and\s+(?:(?:on|about|over|to\s+\p{Ll}+)\s+|(?=(?:the\s+)?(?!\p{Ll}+ed\b)\p{Ll}+\s+(?:to|of|on|for)\b)|(?=\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}+)))/u;
const AGREEMENT_CONTENT = /\b(?:agreements?|deals?|pacts?|treaty|treaties|accords?|declarations?|documents?|statements?|communiques?|memorandums?|memoranda|partnership|plan|framework|charter|roadmap|scheme|arrangement|mechanism|programme|program)\b[^.;]*?(?:(?:under|in|by)\s+which|that)\s+\S/i;
/** "received Venezuelan President Nicolas Maduro": receiving is a meeting only when a person is received. */
// "received Vietnamese leader To Lam": a role named in lowercase may stand before the name too.
const RECEIVED_PERSON = /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|interim|acting|transitional|outgoing|visiting|incoming|new|newly\s+elected|military|junta|leader|counterpart|ruler|strongman|envoy)\s+){0,6}$/u;
const WARNING_TYPES = new Set<EventType>(['WARN', 'THREATEN', 'ACCUSE']);
const OBJECT_PREPOSITION = /\b(?:in|at|of|from|near|to|with)\s+(?:the\s+)?$/i;

function isPrepositionalObject(doc: ArticleDoc, s: Sentence, m: Mention): boolean {
  return OBJECT_PREPOSITION.test(doc.text.slice(Math.max(s.start, m.start - 12), m.start)) && !/\b(?:told|with)\s+$/.test(doc.text.slice(Math.max(s.start, m.start - 8), m.start));
}

/** A verb inside a quote counts only when the quote opens on it (a partial quote: Blinken "reiterated …"). */
function quotedVerbAllowed(doc: ArticleDoc, pos: number): boolean {
  const q = quoteAt(doc, pos);
  return !q || pos - q.start <= 2;
}

/** Goals one strives for rather than asks for: "sought peace", "seeks stability in the region". */
const SOUGHT_STATE = /^\s+(?:(?:lasting|regional|good|friendly|peaceful)\s+)?(?:peace|stability|security|calm|harmony|friendship|good\s+relations|peaceful\s+coexistence|independence|self-determination)\b/i;
const CUT_TIES = /\b(?:broke|breaks|breaking|break|severed|severs|sever|severing|cut|cuts|cutting)\s+(?:off\s+)?(?:all\s+)?(?:its\s+|their\s+)?(?:(?:diplomatic|bilateral)\s+)?(?:relations|ties)\b/giu;
/** "broke off diplomatic relations with Colombia": ties named only as what was cut are no subject anyone raised. */
function onlyTiesCut(doc: ArticleDoc, s: Sentence, topicId: string): boolean {
  if (doc.entities.get(topicId)?.name !== 'bilateral relations') return false;
  const cuts = [...s.text.matchAll(CUT_TIES)].map((m) => [s.start + m.index!, s.start + m.index! + m[0].length] as const);
  const said = mentionsIn(doc, s.index).filter((m) => m.entityIds.includes(topicId));
  return cuts.length > 0 && said.every((m) => cuts.some(([a, b]) => a <= m.start && m.end <= b));
}
const DRAFT_BEFORE = /\b(?:draft|proposed)\s+(?:[\p{L}-]+\s+)?(?:resolution|law|bill|text|regulation)\s+(?:that\s+(?:would|could)\s+)?$/u;
/** "asked the audience against whom the enlargement was aimed", "asked what Erdogan would do": a question, not a request. */
const ASKED_QUESTION = /^\s+(?:about\b|(?:(?:the\s+|his\s+|her\s+)?[\p{L}'’.-]+\s+){0,3}?(?:(?:against|for|with|to|from|of)\s+)?(?:what|whether|why|how|who|whom|where|if)\b)/iu;
/** "said the ceasefire had been agreed …": a verb of saying and the that-clause it opens, up to the clause's subject. */
const REPORTED_CLAUSE = new RegExp(String.raw`\b(?:said|says|announced|confirmed|added)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?=(?:the|a|an|this|its|their)\s+\p{Ll})`, 'u');
/** "the closure of the Russian consulate in Krakow", "its embassy in Quito": a diplomatic mission, whose or where. */
const MISSION_AFTER = new RegExp(
  String.raw`^\s+(?:the\s+closure\s+of\s+)?(?:the|a|its|their|his|her)\s+(?:country['’]s\s+)?(?:(\p{Lu}[\p{L}-]+)\s+)?${MISSION}(?:\s+in\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?))?`,
  'u',
);
/** The halting verb an announcement reports: "would cut off", "will stop", "was ending". */
const HALT_AFTER = new RegExp(String.raw`^[^;]*?\b(?:(?:would|will)\s+\p{L}+(?:\s+off)?|${HALT_UNDER_WAY})\s+`, 'u');
/** The state a closed mission belongs to, or the one it stood in when it is the actor's own ("its embassy in Quito"). */
function missionState(doc: ArticleDoc, s: Sentence, verbEnd: number): string | null {
  const m = MISSION_AFTER.exec(doc.text.slice(verbEnd, s.end));
  if (!m) return null;
  const countryAt = (text: string) => {
    const at = verbEnd + m.index + m[0].indexOf(text);
    return mentionsIn(doc, s.index).find((c) => c.label === 'Country' && c.start === at)?.entityIds[0] ?? null;
  };
  if (m[1]) return countryAt(m[1]);
  if (!m[2]) return null;
  const iso3 = placeCountryAt(m[2]);
  return countryAt(m[2]) ?? (iso3 ? ids.country(iso3) : null);
}

/**
 * Topics (or policies) named in [from, to). A topic that is also a country acting
 * in the event ("visited Taiwan") is the event's target, not what it is about.
 */
const ABOUT_BEFORE = /\b(?:on|over|about|regarding|concerning|ranged\s+from)\s+$/;
const UNSETTLED_AFTER = /^\s*,?\s*but\s+(?:did\s+not|didn['’]t|failed\s+to|could\s+not|were\s+unable\s+to)\s+(?:reach|agree|strike|secure|clinch|announce)\b[^.;]*/i;

function topicsIn(doc: ArticleDoc, s: Sentence, label: 'Topic' | 'Policy', from: number, to: number, skipCountries = false): string[] {
  const here = mentionsIn(doc, s.index);
  const countrySpans = here.filter((m) => m.label === 'Country');
  return [
    ...new Set(
      here
        .filter((m) => m.label === label && m.start >= from && m.end <= to)
        // "protested over remarks on Taiwan": a place spoken about is a subject, though it is a party elsewhere; so is a
        // country the topics component read as spoken about ("met Scholz to discuss Syria and Lebanon").
        .filter((m) => !skipCountries || m.via === 'pattern' || !countrySpans.some((c) => c.start === m.start && c.end === m.end) || ABOUT_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 12), m.start)))
        .flatMap((m) => m.entityIds),
    ),
  ];
}

/** Countries named in [from, to) exactly where a topic is named too. */
function topicCountries(doc: ArticleDoc, s: Sentence, from: number, to: number, spokenAbout = false): Set<string> {
  const here = mentionsIn(doc, s.index);
  const topics = here.filter(
    (m) => m.label === 'Topic' && m.start >= from && m.end <= to && (!spokenAbout || ABOUT_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 12), m.start))),
  );
  return new Set(here.filter((m) => m.label === 'Country' && topics.some((t) => t.start === m.start && t.end === m.end)).flatMap((m) => m.entityIds));
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

function strongClauseEnd(doc: ArticleDoc, s: Sentence, pos: number): number {
  const m = STRONG_BREAK.exec(doc.text.slice(pos, s.end));
  return m ? pos + m.index : s.end;
}

/** "Blinken's meetings with …", "his trip to …": the possessor acts. */
function possessorBefore(doc: ArticleDoc, s: Sentence, pos: number): Mention | null {
  return (
    mentionsIn(doc, s.index).find(
      // Up to two modifiers between: "his first visit to Greece", "Blinken's long-delayed trip to".
      (m) => m.possessive && m.entityIds.length && m.end <= pos && /^(?:['’]s?)?\s+(?:[a-z][a-z-]*\s+){0,2}$/.test(doc.text.slice(m.end, pos)),
    ) ?? null
  );
}

/** Where the objects of a verb stop: the clause end, the next verb, or a new speaker (", Blinken told reporters"). */
function objectsEnd(doc: ArticleDoc, s: Sentence, verbEnd: number, nextVerb: number): number {
  const end = Math.min(clauseEnd(doc, s, verbEnd), nextVerb);
  SPEECH_AFTER.lastIndex = 0;
  // The clause ends right before a speech verb ("…, Foreign Minister X said"), whose speaker is no object either.
  const reach = /^\s*(?:said|says|told|added)\b/.test(doc.text.slice(end, end + 12)) ? Math.min(s.end, end + 12) : end;
  const speech = SPEECH_AFTER.exec(doc.text.slice(verbEnd, reach));
  if (!speech) return end;
  const speaker = subjectBefore(doc, s, verbEnd + speech.index)[0];
  return speaker && speaker.start > verbEnd ? speaker.start : end;
}

/** An actor and the country a person acts for: "Turkey was asked" is answered by Turkey's president. */
function sides(doc: ArticleDoc, ids: string[]): Set<string> {
  const out = new Set(ids);
  for (const id of ids) {
    for (const r of doc.entities.get(id)?.roles ?? []) if (r.countryId) out.add(r.countryId);
    // A person named without a post still acts for his own country.
    const own = homeCountry(doc, id);
    if (own) out.add(own);
  }
  return out;
}

/** Every actor and every target is a person, some of their countries are known, and no two sides share one. */
function apartCountries(doc: ArticleDoc, actors: string[], targets: string[]): boolean {
  const people = [...actors, ...targets].every((id) => doc.entities.get(id)?.label === 'Person');
  const country = (id: string) => homeCountry(doc, id);
  const a = actors.map(country).filter(Boolean);
  const t = targets.map(country).filter(Boolean);
  return people && actors.length > 0 && targets.length > 0 && a.length + t.length > 0 && !t.some((c) => a.includes(c));
}

function findResponse(doc: ArticleDoc, ev: ExtractedEvent): number | null {
  const responders = sides(doc, ev.actorIds);
  const answered = sides(doc, ev.targetIds);
  for (let i = doc.events.length - 1; i >= 0; i--) {
    const prior = doc.events[i]!;
    if (ev.sentence - prior.sentence > 3) break;
    if (prior.type !== 'REQUEST') continue;
    const askedOne = [...sides(doc, prior.targetIds)].some((t) => responders.has(t));
    const answersAsker = ev.targetIds.length === 0 || [...sides(doc, prior.actorIds)].some((a) => answered.has(a));
    if (askedOne && answersAsker) return i;
  }
  return null;
}

/**
 * Where a verb's targets may be. One discusses or agrees something *with* someone: the
 * countries inside what was discussed ("sanctions on Russia") are not targets. One warns or
 * accuses someone *of* or *against* something: what follows that preposition is not a target.
 */
const WITH_TYPES = new Set<EventType>(['DISCUSS', 'AGREE']);
const COMPLEMENT_CUT = new Map<EventType, RegExp>([
  ['WARN', /\s(?:against|about|of|over)\s/],
  ['ACCUSE', /\s(?:of|over|for)\s/],
  ['CRITICIZE', /\s(?:for|over)\s/],
]);
function objectSpan(doc: ArticleDoc, v: GazetteerMatch<EventType>, end: number): [number, number] {
  const text = doc.text.slice(v.end, end);
  if (WITH_TYPES.has(v.value) && !/\bwith$/i.test(v.text)) {
    // "conveyed strong concerns to Trudeau about …": concern is conveyed to someone.
    const concernTo = /^(?:\s+[\p{L}-]+){1,3}?\s+concerns?\s+(?=to\s)/u.exec(text);
    if (concernTo) {
      const about = /\s(?:about|over|at)\s/.exec(text.slice(concernTo[0].length));
      return [v.end + concernTo[0].length, about ? v.end + concernTo[0].length + about.index : end];
    }
    const withAt = /\bwith\s/i.exec(text);
    // "signed the treaty, with President Gorbachev looking on": one who watched is a witness, not the other party.
    if (withAt && ONLOOKER.test(text.slice(withAt.index))) return [end, end];
    return withAt ? [v.end + withAt.index, end] : [end, end];
  }
  const cut = COMPLEMENT_CUT.get(v.value)?.exec(text);
  return [v.end, cut ? v.end + cut.index : end];
}

interface Roles {
  actors: string[];
  targets: string[];
  subject: Mention | null;
  rule: string;
}

/** Those who act alongside the subject become actors, and no longer targets. */
function joinActors(roles: Roles, ids: string[]): void {
  roles.actors = [...new Set([...roles.actors, ...ids])];
  roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
}

function rolesFor(doc: ArticleDoc, s: Sentence, v: GazetteerMatch<EventType>, nextVerb: number, previous: ExtractedEvent | undefined, passive: boolean, partialQuote: boolean): Roles | null {
  const form = v.text.toLowerCase();
  const end = objectsEnd(doc, s, v.end, nextVerb);
  // "then flew to Riyadh for talks with the crown prince": the talks a trip was for are the traveller's.
  if (form === 'for' && previous?.type === 'VISIT' && previous.sentence === s.index && /^[^,;.]{0,60}$/.test(doc.text.slice(previous.verb.end, v.start))) {
    const actors = previous.actorIds;
    return { actors, targets: objectsAfter(doc, s, v.end, end, actors, partialQuote), subject: null, rule: 'events:nominal' };
  }
  // "In talks with Kishida in Tokyo, Modi raised …", "Meeting in Tokyo, Modi and Kishida agreed …": a phrase that opens
  // the sentence has its subject after the comma, and whoever it names before the comma is the other side.
  const adverbial = ADVERBIAL_EVENT_FORMS.has(form);
  const opening = (adverbial || PARTICIPLE.test(v.text)) && /^[\s"“‘']*$/.test(doc.text.slice(s.start, v.start));
  const comma = opening ? doc.text.indexOf(',', v.end) : -1;
  if (comma > 0 && comma < s.end) {
    const region = /^\s*(?:(?:and|the|of|[\p{Lu}][\p{L}.'’-]*)(?:\s+|,\s*))*/u.exec(doc.text.slice(comma + 1, s.end))![0];
    const subjects = actorMentions(doc, s, comma, comma + 1 + region.length, partialQuote);
    if (subjects.length) {
      const actors = [...new Set(subjects.flatMap((m) => actingIds(doc, m)))];
      const before = actorMentions(doc, s, v.end, comma, partialQuote).filter((m) => (adverbial ? m.label === 'Person' : !isPrepositionalObject(doc, s, m)));
      const targets = [...new Set(before.flatMap((m) => actingIds(doc, m)))].filter((t) => !actors.includes(t));
      return { actors, targets, subject: subjects[0]!, rule: 'events:opening-phrase' };
    }
  }
  if (ADVERBIAL_EVENT_FORMS.has(form)) {
    // "Misri said the ceasefire had been agreed by the generals in a phone call": in reported words the call is the
    // reported clause's, not the speaker's.
    const reported = REPORTED_CLAUSE.exec(doc.text.slice(s.start, v.start));
    const from = reported ? s.start + reported.index + reported[0].length : s.start;
    // "Blinken told Wang Yi in a phone call": the clause's subject called the others in it.
    const inClause = actorMentions(doc, s, from, end, partialQuote).filter((m) => !isPrepositionalObject(doc, s, m));
    const subject = inClause[0];
    if (!subject) return null;
    const actors = actingIds(doc, subject);
    // "thanked India for its support in his talks with the IMF": the other side of talks "with" someone is named after "with".
    const withWhom = form.endsWith(' with') ? objectsAfter(doc, s, v.end, end, actors, partialQuote) : [];
    // "he and Vance spent two days in talks with leaders of both countries": an unnamed other side leaves no one to meet.
    const unnamed = !withWhom.length && form.endsWith(' with') && UNNAMED_OTHER_SIDE.test(form + doc.text.slice(v.end, v.end + 40));
    const targets = withWhom.length || unnamed ? withWhom : [...new Set(inClause.slice(1).flatMap((m) => actingIds(doc, m)))].filter((t) => !actors.includes(t));
    return { actors, targets, subject, rule: 'events:adverbial' };
  }
  // "agreed to work toward a visit by Wang to Japan": a visit still to be made is no visit.
  if (/^(?:visit|trip)\b/i.test(v.text) && PROSPECTIVE.test(doc.text.slice(Math.max(s.start, v.start - 50), v.start))) return null;
  if (agentAfterForms.has(form)) {
    // "his trip drew criticism from Ukraine": Ukraine criticized; a named subject is the one criticized.
    const agent = actorMentions(doc, s, v.end, end, partialQuote)[0];
    // The doer may carry a title: "a visit by French Foreign Minister Jean-Noel Barrot".
    if (!agent || !(agent.via === 'demonym' ? /^\s+(?:the\s+|an?\s+)?(?:(?:sitting|serving|reigning)\s+)?$/u : /^\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u).test(doc.text.slice(v.end, agent.start))) return null;
    // "King Philippe …, on the first visit by a Belgian monarch to Congo": a visitor told by his people is the sentence's
    // subject of that people.
    const visitor = v.value === 'VISIT' && agent.via === 'demonym' ? ownPeople(doc, s, v.start, agent) : null;
    // "the first trip by Brazil in years" is a remark about a country, not a visit by someone.
    if (v.value === 'VISIT' && agent.label !== 'Person' && !visitor) return null;
    const actors = visitor ? visitor.entityIds : actingIds(doc, agent);
    let targets = [...new Set(subjectBefore(doc, s, v.start).flatMap((m) => actingIds(doc, m)))].filter((t) => !actors.includes(t));
    if (v.value === 'VISIT') targets = targets.filter((t) => doc.entities.get(t)?.label === 'Country');
    if (v.value === 'VISIT' && !targets.length) {
      // "Chad ended the pact hours after a visit by France's foreign minister": the visit went to the country named there.
      const own = sides(doc, actors);
      const host = mentionsIn(doc, s.index).find((m) => m.label === 'Country' && !m.qualifier && !m.entityIds.some((id) => own.has(id)));
      targets = host ? [...host.entityIds] : [];
    }
    return { actors, targets, subject: agent, rule: 'events:agent-after' };
  }
  const possessor = NOMINAL_EVENT_FORMS.has(form) ? possessorBefore(doc, s, v.start) : null;
  let subjects = possessor ? [possessor] : [];
  // "met Putin on Thursday, a day after meeting Zelensky": a gerund after "after" or "before" is its clause subject's act.
  if (!subjects.length && /^(?:after|before)\s/.test(form)) subjects = mainSubject(doc, s, v.start);
  // "reached a deal after a telephone conversation with To Lam": the call named in a phrase of when is the main subject's.
  // "Abe promised that Japan would invest …, after talks in Tokyo with Modi": so are talks held somewhere with someone.
  if (!subjects.length && (NOMINAL_EVENT_FORMS.has(form) || form === 'meeting' || /^talks\s+(?:at|in)\s/.test(form)) && (!NEEDS_AGENT.has(form) || form === 'talks with') && NOMINAL_AFTER.test(doc.text.slice(Math.max(s.start, v.start - 40), v.start))) {
    subjects = mainSubject(doc, s, v.start);
  }
  if (!subjects.length && NEEDS_AGENT.has(form)) {
    const by = /^\s+(?:[\p{L}.'-]+\s+){1,4}?by\s+/u.exec(doc.text.slice(v.end, end));
    // "Muizzu returned from a state visit to China": the one who made or ended the trip made it.
    const made = VISIT_MADE.exec(doc.text.slice(Math.max(s.start, v.start - 60), v.start));
    if (!by && made) {
      const traveller = subjectBefore(doc, s, v.start - made[0].length);
      const actors = [...new Set(traveller.flatMap((m) => actingIds(doc, m)))];
      if (!actors.length) return null;
      return { actors, targets: objectsAfter(doc, s, v.end, end, actors, partialQuote), subject: traveller[0]!, rule: 'events:nominal' };
    }
    if (!by) return null;
    const agent = actorMentions(doc, s, v.end + by[0].length, end, partialQuote)[0];
    // "a visit by a sitting American president": a demonym describes an unnamed visitor, unless the sentence's subject is
    // that visitor ("Rahmon, on the first official visit to Bishkek by a Tajik leader in years, said …").
    if (agent?.via === 'demonym') {
      const own = ownPeople(doc, s, v.start, agent);
      if (!own) return null;
      const actors = own.entityIds;
      return { actors, targets: objectsAfter(doc, s, v.end, v.end + by[0].length - 3, actors, partialQuote), subject: own, rule: 'events:nominal' };
    }
    if (!agent) return null;
    // "a visit by the former rebel leader since he took power": the doer follows "by", perhaps with a title
    // ("by then House Speaker Nancy Pelosi"), or is unnamed.
    if (!/^(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|then|former|late)\s+){0,5}$/u.test(doc.text.slice(v.end + by[0].length, agent.start))) return null;
    const actors = actingIds(doc, agent);
    return { actors, targets: objectsAfter(doc, s, v.end, v.end + by[0].length - 3, actors, partialQuote), subject: agent, rule: 'events:nominal' };
  }
  // "Jets crossed into Estonian airspace, the government said, calling it a violation": a participle after a
  // reporting clause is the reporter's.
  const reported = PARTICIPLE.test(v.text) ? REPORTING_BEFORE_PARTICIPLE.exec(doc.text.slice(s.start, v.start)) : null;
  if (!subjects.length && reported) subjects = subjectBefore(doc, s, s.start + reported.indices![1]![0]);
  // "The United States imposed sanctions on …, accusing him of …": a participle shares the sentence's subject.
  if (!subjects.length && PARTICIPLE.test(v.text) && /(?:,|\bby|,\s+while)\s*$/.test(doc.text.slice(Math.max(s.start, v.start - 10), v.start))) subjects = mainSubject(doc, s, v.start);
  // "held talks with Choe, and was later received by Kim": a passive joined by "and" shares the sentence's subject.
  if (!subjects.length && passive && /\band\s+(?:was|were)\s+(?:\p{L}+\s+)?$/u.test(doc.text.slice(Math.max(s.start, v.start - 30), v.start))) subjects = mainSubject(doc, s, v.start);
  // "Castro said the promise was not enough and demanded …", "Deng told Reagan that Taiwan was the main obstacle … and
  // asked …": after words that only describe a thing or a country, a verb joined by "and" goes on with the speaker.
  // "Clinton told the General Assembly that the treaty would help … and urged every nation to sign it": a request
  // joined by "and" to what one told others is the teller's, whoever the reported words are about.
  const toldAndAsked = /^(?:urged|asked|called|appealed|pressed)$/i.test(v.text) ? TOLD_THAT_AND.exec(doc.text.slice(s.start, v.start)) : null;
  // Not "Misri told reporters that Modi raised … and urged …": a person acting in the reported words goes on acting.
  if (toldAndAsked) {
    const that = s.start + toldAndAsked.index + toldAndAsked[0].search(/\bthat\s/);
    const reportedSubject = actorMentions(doc, s, that, v.start)[0];
    const teller = subjectBefore(doc, s, s.start + toldAndAsked.index).filter((m) => m.label === 'Person');
    if (teller.length && reportedSubject?.label !== 'Person') subjects = teller;
  }
  if (!subjects.length || subjects.every((m) => m.label === 'Country')) {
    const told = SAID_STATE_AND.exec(doc.text.slice(s.start, v.start));
    if (told) {
      const verbAt = s.start + told.index + told[1]!.length;
      const reportedSubject = actorMentions(doc, s, verbAt, v.start)[0];
      const speaker = subjectBefore(doc, s, s.start + told.index).filter((m) => m.label === 'Person');
      if (speaker.length && reportedSubject?.label !== 'Person') subjects = speaker;
    }
  }
  if (!subjects.length) subjects = subjectBefore(doc, s, v.start);
  // "it closed its airspace, suspended trade with India": a verb in a list after a comma shares the sentence's subject.
  if (!subjects.length && /[^,],\s+$/.test(doc.text.slice(Math.max(s.start, v.start - 6), v.start)) && !passive) subjects = mainSubject(doc, s, v.start);
  const subjectIds = [...new Set(subjects.flatMap((m) => actingIds(doc, m)))];
  if (passive) {
    // "X was rebuffed (by Y)": X is the target; without "by Y" the one X had asked is the actor.
    // "was welcomed to the White House by Trump": a place may stand between the verb and its doer.
    const by = /^\s+(?:(?:to|in|at|into)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|at\s+the\s+(?:airport|palace|border|station|residence|ceremony)\s+)?(?:on\s+\p{Lu}\p{Ll}+\s+)?by\b/u.exec(doc.text.slice(v.end, v.end + 80));
    let byAgent = by ? objectsAfter(doc, s, v.end + by[0].length - 3, end, [], partialQuote) : [];
    // "Syria was suspended from the league": the body one is suspended or expelled from acts.
    const from = v.value === 'SUSPEND' ? /^\s+from\s+/.exec(doc.text.slice(v.end, v.end + 8)) : null;
    if (from) byAgent = actorMentions(doc, s, v.end + from[0].length, end, partialQuote).slice(0, 1).flatMap((m) => actingIds(doc, m));
    const targets = subjectIds.length ? subjectIds : (previous?.actorIds ?? []);
    // "where Russian troops were accused of killing civilians": blame with no "by" is nobody's named act.
    // "was received by his counterpart, Sushil Koirala": "his" is the one received, not a doer.
    byAgent = byAgent.filter((a) => !targets.includes(a));
    const actors = byAgent.length ? byAgent : UNNAMED_BLAME.has(v.value) ? [] : (previous?.targetIds ?? []);
    return { actors, targets, subject: subjects[0] ?? null, rule: 'events:passive-verb' };
  }
  let actors = subjectIds.length ? subjectIds : unresolvedSubject(doc, s, v.start) ? [] : (previous?.actorIds ?? []);
  if (WARNING_TYPES.has(v.value)) {
    // "warned that North Korea would pay a price": the subject of the that-clause is the one
    // warned; not a demonym modifying it ("that Chinese influence was growing") and not the
    // warner's own side ("Blinken warned that Washington would restore sanctions").
    const that = /^\s+that\s+(?:the\s+)?/.exec(doc.text.slice(v.end, v.end + 12));
    if (that) {
      const warned = actorMentions(doc, s, v.end + that[0].length, s.end, partialQuote)[0];
      const own = sides(doc, actors);
      const targets =
        warned && warned.start === v.end + that[0].length && warned.via !== 'demonym' ? actingIds(doc, warned).filter((t) => !own.has(t)) : [];
      return { actors, targets, subject: subjects[0] ?? null, rule: 'events:warning-clause' };
    }
  }
  let targets =
    PLURAL_OBJECT.test(doc.text.slice(v.end, v.end + 6)) && previous
      ? previous.targetIds.filter((t) => !actors.includes(t))
      : objectsAfter(doc, s, ...objectSpan(doc, v, end), actors, partialQuote, v.value === 'REQUEST');
  // "said on Monday that it would cut diplomatic ties with Taiwan": the halt announced has the objects of the halting verb.
  // "said Russia would lift the sanctions": so has the lifting announced.
  if ((v.value === 'SUSPEND' || v.value === 'RESTORE') && /^(?:announced|decided|said)$/i.test(v.text)) {
    // "said it was ending its defence pact": a halt under way is told like one to come.
    const halt = HALT_AFTER.exec(doc.text.slice(v.end, s.end));
    // "Petro said Colombia would stop buying weapons": who is said to halt is named before "would" (one who announces acts himself).
    const halter = halt && /^said$/i.test(v.text) ? actorMentions(doc, s, v.end, v.end + halt[0].length, partialQuote).filter((m) => !m.possessive && m.via !== 'pronoun') : [];
    if (halter.length) actors = [...new Set(halter.flatMap((m) => actingIds(doc, m)))];
    if (halt) targets = objectsAfter(doc, s, v.end + halt[0].length, s.end, actors, partialQuote);
  }
  // "demanded that Prime Minister Sanae Takaichi retract her remarks": who is to act, named right after "that", is asked.
  if (v.value === 'REQUEST' && !targets.length) {
    const that = /^\s+that\s+(?:the\s+)?/.exec(doc.text.slice(v.end, v.end + 12));
    const from = that ? v.end + that[0].length : -1;
    const asked = that ? actorMentions(doc, s, from, Math.min(s.end, from + 60), partialQuote).find((m) => !m.possessive && /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(doc.text.slice(from, m.start))) : undefined;
    if (asked && /^\s+\p{Ll}/u.test(doc.text.slice(asked.end, asked.end + 3))) targets = actingIds(doc, asked).filter((t) => !actors.includes(t));
  }
  // "repeated South Africa's call for negotiations": whose call it is names no one asked.
  if (v.value === 'REQUEST' && /^(?:repeated|renewed|reiterated)$/i.test(v.text)) {
    const owner = mentionsIn(doc, s.index).filter((m) => m.possessive && m.start >= v.end && m.start - v.end <= 2);
    targets = targets.filter((t) => !owner.some((m) => m.entityIds.includes(t)));
  }
  // "travelled on to Rio de Janeiro": a city or venue visited stands for its country.
  // "becoming the first North Korean leader to set foot in South Korea": the place after the visit is its destination.
  if (v.value === 'VISIT' && /^becom(?:e|es|ing)$|^became$/i.test(v.text)) {
    const to = /\bto\s+(?:visit|set\s+foot\s+(?:in|on))\s+(?:the\s+)?/u.exec(doc.text.slice(v.end, s.end));
    const at = to ? v.end + to.index + to[0].length : -1;
    const place = to ? mentionsIn(doc, s.index).find((m) => m.label === 'Country' && m.start === at) : undefined;
    const iso3 = to && !place ? placeCountryAt(doc.text.slice(at, s.end)) : null;
    if (place) targets = [...place.entityIds];
    else if (iso3) targets = [ids.country(iso3)];
  }
  if (v.value === 'VISIT' && !targets.length) {
    const iso3 = placeCountryAt(doc.text.slice(v.end, end));
    if (iso3) targets = [ids.country(iso3)];
    // "Obama arrived on Sunday … for a three-day visit": an arrival with no place goes where the article last was.
    else if (/^arrived$/i.test(v.text)) targets = placeBefore(doc, s, actors);
  }
  return { actors, targets, subject: subjects[0] ?? null, rule: possessor ? 'events:nominal' : 'events:verb-lexicon' };
}

/** "ended visa-free trips": a bare plural object of "ended"; "ended five days of fighting" ends a stretch of time, not a tie. */
const BARE_OBJECT =
  /^\s+(?!(?:without|with|in|on|at|after|before|when|as|abruptly|early|late|quickly|soon|there|here|today|yesterday|peacefully|one|two|three|four|five|six|seven|eight|nine|ten|several|many|decades|years)\b)(?:[a-z]+-)?[a-z]+\s+(?!(?:days|weeks|months|years|decades|hours)\b)(?:[a-z]+-)?[a-z]+s\b/;
/** "Ended", "terminated", "scrapped" that suspend nothing: said of what ends by itself, of a quarrel, or of a gathering that is over. */
function endsNothingHeld(doc: ArticleDoc, v: GazetteerMatch<EventType>): boolean {
  const after = doc.text.slice(v.end, v.end + 60);
  // "the talks ended without a statement": ending counts only when something is ended.
  // "ended visa-free trips": a bare plural object is ended too; a preposition or an adverb after the verb ends nothing.
  if (/^(?:ended|terminated|scrapped)$/i.test(v.text) && !/^\s+(?:its|their|his|her|the|a|an|all)\b/i.test(after) && !BARE_OBJECT.test(after)) return true;
  // "cancelled the rest of his tour", "a longer trip Biden cancelled because of a hurricane": calling off one's own
  // journey suspends nothing between states (calling off a meeting with someone is told apart by "with").
  if (/^(?:cancell?ed|cancels|postponed|called\s+off)$/i.test(v.text)) {
    if (/^\s+(?:(?:the\s+)?(?:rest|remainder)\s+of\s+)?(?:its|their|his|her|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:trip|tour|visit|travel|journey)\b(?!\s+(?:to|with)\b)/iu.test(after)) return true;
    if (/\b(?:trip|tour|visit|journey)\s+(?:that\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:had\s+)?$/u.test(doc.text.slice(Math.max(0, v.start - 50), v.start))) return true;
  }
  if (!/^ended$/i.test(v.text)) return false;
  // "ended a year-long dispute": ending a quarrel is no suspension of anything.
  // "ended their meeting without a statement": a gathering that ends is over, not suspended.
  return (
    /^\s+(?:its|their|his|her|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:dispute|conflict|war|standoff|row|feud|crisis|stalemate|impasse|boycott|deadlock|rift)\b/iu.test(after) ||
    /^\s+(?:its|their|his|her|the|a)\s+(?:[\p{L}-]+\s+)?(?:meeting|summit|talks|visit|trip|session|conference|tour)\b/iu.test(after.slice(0, 40))
  );
}

/** The one person the sentence's subject names who belongs to the people a demonym names ("by a Tajik leader"). */
function ownPeople(doc: ArticleDoc, s: Sentence, before: number, demonym: Mention): Mention | null {
  // "by an American president": of the subjects, the one who holds that post, where the demonym names one.
  const post = /^\s+(?:sitting\s+)?(president|prime\s+minister|premier|chancellor|king|queen|emperor|pope)\b/i.exec(doc.text.slice(demonym.end, demonym.end + 30))?.[1];
  if (post) {
    const holders = mainSubject(doc, s, before).filter(
      (m) =>
        m.label === 'Person' &&
        m.end <= before &&
        m.entityIds.some((id) => {
          const home = homeCountry(doc, id);
          return doc.entities.get(id)?.roles.some((r) => r.title.toLowerCase() === post.toLowerCase().replace(/\s+/g, ' ')) && (!home || demonym.entityIds.includes(home));
        }),
    );
    if (holders.length === 1) return holders[0]!;
  }
  const own = mainSubject(doc, s, before).filter(
    (m) => m.label === 'Person' && m.end <= before && m.entityIds.some((id) => doc.entities.get(id)?.roles.some((r) => demonym.entityIds.includes(r.countryId ?? ''))),
  );
  return own.length === 1 ? own[0]! : null;
}

export const eventsComponent: PipelineComponent = {
  name: 'events',
  requires: ['mentions.Person.resolved', 'mentions.Topic', 'mentions.Policy', 'quotes', 'sentences.date'],
  assigns: ['events'],
  run(doc) {
    for (const s of doc.sentences) {
      const inSentence: ExtractedEvent[] = [];
      // "discussed export bans": a verb form that ends a lexicon subject's phrase is that phrase's noun.
      const nounsOfTopics = mentionsIn(doc, s.index).filter((m) => m.label === 'Topic' && m.via === 'lexicon');
      const lexical = [...verbGazetteer.matches(s.text, s.start)].filter((v) => !nounsOfTopics.some((t) => t.start < v.start && v.end <= t.end));
      const patterned = patternVerbs(s);
      // A pattern usually yields to the lexicon's reading of the same word, but not where the pattern says more:
      // "ended two days of talks" (talks ended were held, however "ended" reads alone) and "approved a 20 billion dollar
      // loan programme for Argentina" (money or aid approved for someone backs them, whatever "approved" reads alone), nor
      // "decided to leave ECOWAS" (a decision to withdraw is the withdrawal, not an agreement).
      const overriding = patterned.filter(
        (c) =>
          (c.value === 'MEET' && lexical.some((v) => v.start === c.start && v.value === 'SUSPEND')) ||
          // "raised relations to a strategic partnership": ties raised are agreed, however "raised" reads alone.
          (c.value === 'AGREE' && lexical.some((v) => v.start === c.start && /^(?:raised|raise|raises|lifted)$/i.test(v.text)) && /^\s*(?:the\s+|their\s+|bilateral\s+)?(?:relations|ties|relationship)\b/.test(doc.text.slice(c.end, c.end + 30))) ||
          // "froze Iraqi assets": a freeze of money is a penalty, however "froze" reads alone.
          (c.value === 'SANCTION' && lexical.some((v) => v.start === c.start && v.value === 'SUSPEND' && /^fr(?:oze|eez)/i.test(v.text))) ||
          (c.value === 'SUPPORT' && lexical.some((v) => v.start === c.start && v.value === 'AGREE' && /^approv/i.test(v.text))) ||
          (c.value === 'SUSPEND' && lexical.some((v) => v.start === c.start && v.value === 'AGREE' && /^(?:decided|voted|chose)$/i.test(v.text))) ||
          // "dismissed the two countries as the old Europe": a party dismissed as something is criticised.
          (c.value === 'CRITICIZE' && lexical.some((v) => v.start === c.start && v.value === 'REJECT' && /^dismiss/i.test(v.text))),
      );
      const censure = patterned.filter((c) => !lexical.some((v) => v.start === c.start) || overriding.includes(c));
      const verbs = [...lexical.filter((v) => !overriding.some((c) => c.start === v.start)), ...censure]
        .sort((a, b) => a.start - b.start)
        .filter((v) => quotedVerbAllowed(doc, v.start))
        // "made an unannounced stop in Lahore": a verb inside a longer reading of the same act is that act.
        .filter((v, _, all) => !all.some((u) => u !== v && u.value === v.value && u.start < v.start && v.end <= u.end));
      // A noun such as "trip to" does not end the objects of the verb before it ("postponed a planned trip to Beijing").
      // "rejected calls for a ceasefire": calls named as a noun end no clause either.
      const clauseVerbs = verbs.filter(
        (v) =>
          !NOMINAL_EVENT_FORMS.has(v.text.toLowerCase()) &&
          !(/^calls? for$/i.test(v.text) && CALLS_AS_NOUN.test(doc.text.slice(Math.max(s.start, v.start - 40), v.start))) &&
          !accusedOfAct(doc, s, v),
      );
      verbs.forEach((v) => {
        const lead = doc.text.slice(Math.max(s.start, v.start - 40), v.start);
        // "Israel is in talks with Hamas": being in negotiations is no meeting.
        if (/^in\s/i.test(v.text) && v.value === 'MEET' && /\b(?:is|are|was|were|been|be|remain|remains|remained|still)\s+$/i.test(lead)) return;
        // "announced that they would withdraw from the court": a withdrawal announced is made, however it is worded.
        const announcedExit = v.value === 'SUSPEND' && ANNOUNCED_WOULD.test(doc.text.slice(Math.max(s.start, v.start - 80), v.start));
        // "said the promise was not enough and demanded …": a state denied ("was not enough") hedges no act joined after it.
        const deniedState = /\b(?:was|were|is|are)\s+(?:not|never)\s+(?:[\p{L}-]+\s+){1,2}and\s+$/u.test(lead);
        if (((NEGATED.test(lead) || NEGATED_CONTRACTION.test(lead)) && !deniedState) || ((HEDGED.test(lead) || (COORDINATED_HEDGE.test(lead) && !deniedState && !/^\p{L}+(?:ed|ing)\b/u.test(v.text))) && !announcedExit)) return;
        if (v.value === 'SUSPEND' && endsNothingHeld(doc, v)) return;
        // "until Pretoria meets the conditions set by Congress": meeting a condition meets no one.
        if (v.value === 'MEET' && /^(?:met|meet|meets|meeting)$/i.test(v.text) && CONDITIONS_MET.test(doc.text.slice(v.end, v.end + 50))) return;
        // "Zhou, who broke off from the Geneva conference to make the visit": leaving a gathering for a while ends no ties.
        if (v.value === 'SUSPEND' && /^(?:broke|break|breaks|breaking)\s+off$/i.test(v.text) && /^\s+from\b/.test(doc.text.slice(v.end, v.end + 6))) return;
        // "urged the Taliban to keep their promise to cut ties with al-Qaeda": an act asked for, however deep in the
        // request, has not been done.
        if (v.value !== 'REQUEST' && /\bto\s+$/.test(lead) && verbs.some((x) => x.value === 'REQUEST' && x.end <= v.start && v.start - x.end < 100 && !/[;:]/.test(doc.text.slice(x.end, v.start)))) return;
        // "Thanat Khoman hosted the signing, with Adam Malik …": hosting a ceremony meets no one of its own; the signing told is the meeting.
        if (v.value === 'MEET' && /^hosted$/i.test(v.text) && /^\s+the\s+(?:signing|ceremony)\b/.test(doc.text.slice(v.end, v.end + 20))) return;
        // "would not mediate unless both India and Pakistan asked it to": an act on a condition has not happened.
        if (CONDITION_SUBJECT.test(doc.text.slice(Math.max(s.start, v.start - 80), v.start))) return;
        // "cancelled a meeting with Mitsotakis", "called off talks with …": an encounter called off did not take place.
        if (ENCOUNTERS.has(v.value) && CALLED_OFF.test(lead)) return;
        // "rejected calls for a recount": a noun, not the verb.
        if (/^calls? for$/i.test(v.text) && CALLS_AS_NOUN.test(lead)) return;
        if (/ed$/i.test(v.text) && ADJECTIVAL.test(lead)) return;
        // "visited the Al-Hakim mosque, restored with the help of …": a participle after a noun and its comma describes the noun.
        if (/^\p{L}+ed$/u.test(v.text) && /\b\p{Ll}{3,},\s*$/u.test(lead) && /^\s+(?:with|by)\b/.test(doc.text.slice(v.end, v.end + 6))) return;
        // "kept Mali and Niger suspended": a state kept up, told of its objects, not a new act of theirs.
        if (/ed$/i.test(v.text) && KEPT_IN_STATE.test(doc.text.slice(s.start, v.start))) return;
        // "…, accusing him of …": a participle counts only as a clause of its own after a comma.
        // "after a meeting at the palace with Grenell": "meeting" after a determiner is a noun.
        const participle =
          PARTICIPLE.test(v.text) && !NOMINAL_EVENT_FORMS.has(v.text.toLowerCase()) && !/^discussing$/i.test(v.text) && !(/^meeting$/i.test(v.text) && /\b(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(lead));
        // "India responded by expelling …": a gerund after "by" tells how the subject acted.
        // "issued a joint statement urging …": a document's words are its issuers' act.
        // "Meeting in Tokyo, Modi and Kishida agreed …", "Rejecting the claims, China said …": a participle opening the
        // sentence is the act of the subjects after its comma.
        // "signed an order on Wednesday imposing tariffs": an order's act is its signer's.
        // "…, while urging that aid reach Gaza": a participle after "while" is the subject's act too.
        if (participle && !/(?:,|\bby|,\s+while|\b(?:statement|letter|declaration|communiqu[eé]|resolution|orders?|decrees?)(?:\s+on\s+\p{Lu}\p{Ll}+)?)\s*$/u.test(lead) && !/^[\s"“‘']*$/.test(lead)) return;
        if (accusedOfAct(doc, s, v)) return;
        if (/^summon(?:ed|ing)$/i.test(v.text) && !SUMMONED_DIPLOMAT.test(doc.text.slice(v.end, v.end + 60))) return;
        // "signed into force a law …", "signed a decree": a law or an order signed at home is no agreement with anyone.
        // "signed one of the world's harshest laws against homosexuality": so is a law described before it is named.
        // "a law, signed by President Donald Trump the day before,": so is a law told first and signed after.
        if (/^signed$/i.test(v.text) && /\b(?:law|bill|decree|order)s?\s*,?\s*$/i.test(doc.text.slice(Math.max(s.start, v.start - 20), v.start))) return;
        if (/^sign(?:ed|s)$/i.test(v.text) && /^\s+(?:in)?to\s+(?:law|force)\b|^\s+(?:an?\s+)?(?:new\s+)?(?:laws?|bills?|decrees?|(?:executive\s+)?orders?)\b|^\s+(?:one\s+of\s+)?(?:the|a|an|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:laws?|bills?|decrees?)\s+(?:against|on|banning|criminali[sz]ing|that|to)\b/iu.test(doc.text.slice(v.end, v.end + 70))) return;
        // "security guarantees backed by the United States", "island states threatened by rising seas": a reduced passive,
        // the doer named after "by", is no act of the subject.
        if (/^(?:backed|supported|opposed|rejected|criticised|criticized|condemned|threatened)$/i.test(v.text) && /^\s+by\b/.test(doc.text.slice(v.end, v.end + 4)) && !/\b(?:was|were|is|are|been|be)\s+(?:\p{L}+ly\s+)?$/iu.test(lead)) return;
        // "the army-backed authorities", "a Saudi-brokered deal": a participle joined to a noun by a hyphen is an adjective.
        if (doc.text[v.start - 1] === '-') return;
        // "handed over 29 people accused of drug trafficking": a participle after its noun describes the people.
        if (/^accused$/i.test(v.text) && /^\s+of\b/.test(doc.text.slice(v.end, v.end + 4)) && /\b(?:people|persons|men|women|suspects|those|others|members|figures|\d+)\s+$/i.test(lead)) return;
        // "would respect all agreements signed with Russia in the past": a document signed before is no signing in the story.
        if (/^signed$/i.test(v.text) && /\b(?:agreements?|deals?|treat(?:y|ies)|accords?|contracts?|documents?|pacts?|memorand(?:um|a)|declarations?)\s+$/i.test(lead)) return;
        // "Macron travels to Uzbekistan next": a trip told in the present with what comes next is still to be made.
        // "Kishida travels to Washington on Friday for talks with Biden": a trip told in the present for a named day is a schedule.
        if (v.value === 'VISIT' && /^(?:travels|flies|heads|goes|leaves)\b/i.test(v.text) && SCHEDULED_AFTER.test(doc.text.slice(v.end, s.end))) return;
        if (v.value === 'MEET' && /^for$/i.test(v.text) && /\b(?:travels|flies|heads|goes|leaves)\s+(?:on\s+)?to\b[^.;]*$/i.test(lead) && SCHEDULED_AFTER.test(doc.text.slice(Math.max(s.start, v.start - 60), s.end))) return;
        // "Lee, who travels on to Washington for his first meeting with Trump": a meeting a trip told as still ahead is for.
        if (v.value === 'MEET' && /^(?:meeting|meetings|talks)\s+with$/i.test(v.text) && /\bwho\s+(?:travels|flies|heads|goes)\s+(?:on\s+)?to\b[^.;,]*\bfor\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\p{L}-]+\s+)?$/iu.test(doc.text.slice(Math.max(s.start, v.start - 80), v.start))) return;
        // "a nuclear plant project agreed last year": a participle after its noun describes the thing, no act in the story.
        if (/^agreed$/i.test(v.text) && /\b(?:project|deal|plan|agreement|accord|framework|ceasefire|truce|terms|deadline|date|route|price|text)\s+$/i.test(lead)) return;
        // "the project, first discussed in the 1990s,": a participle set off after its noun tells the thing's past.
        if (/^\p{L}+ed$/u.test(v.text) && /,\s+(?:first|originally|initially|once|long|previously)\s+$/i.test(lead)) return;
        // "China has sought closer security ties with Pacific states": seeking ties asks nothing of anyone.
        if (/^sought$/i.test(v.text) && /^\s+(?:(?:closer|stronger|deeper|better|new|more)\s+)?(?:[\p{L}-]+\s+)?(?:ties|relations|influence|partnerships?)\b/iu.test(doc.text.slice(v.end, v.end + 40))) return;
        // "pledged $13.5 million for its security forces" is support; "pledged to deepen ties" is no act yet.
        if (/^pledged$/i.test(v.text) && !MONEY_PLEDGED.test(doc.text.slice(v.end, v.end + 40)) && !AID_PLEDGED.test(doc.text.slice(v.end, v.end + 80))) return;
        // "whose government hosted the talks with the United States": hosting an event with a co-host is no meeting with it.
        if (/^host(?:ed|s)$/i.test(v.text) && /^\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:talks|summit|meeting|conference|ceremony|negotiations|forum|round)\s+with\b/iu.test(doc.text.slice(v.end, v.end + 50))) return;
        // "called on Prime Minister Modi at his residence": calling on a person, with nothing asked of them, is a visit to them.
        const courtesyCall = /^calls?\s+on$|^called\s+on$/i.test(v.text) && COURTESY_CALL.test(doc.text.slice(v.end, clauseEnd(doc, s, v.end))) && !CALLED_ON_AFTER_ASIDE.test(doc.text.slice(v.end, s.end));
        // "joined President Zelensky in Kyiv": joining a person where they are is meeting them; "joined NATO", "joined the
        // talks", "joined Macron in urging …" (a shared stand) and "joined King Abdullah in a call" (a call) are not.
        // "joined King Abdullah in a three-way call with Trump": the one joined is on the call too.
        let joinedInCall: Mention | undefined;
        // "the two leaders were joined by Macron and Starmer": those named after "by" came to meet them; "were joined by
        // families of hostages" names nobody who meets.
        if (/^joined$/i.test(v.text) && PASSIVE_AUX.test(lead)) {
          const by = /^\s+by\s+/.exec(doc.text.slice(v.end, v.end + 6));
          const agent = by ? actorMentions(doc, s, v.end + by[0].length, s.end, false)[0] : undefined;
          if (agent?.label !== 'Person' || !RECEIVED_PERSON.test(` ${doc.text.slice(v.end + by![0].length, agent.start)}`)) return;
        } else if (/^joined$/i.test(v.text)) {
          const joined = actorMentions(doc, s, v.end, s.end, false)[0];
          if (joined?.label !== 'Person' || !RECEIVED_PERSON.test(doc.text.slice(v.end, joined.start))) return;
          // What follows the one joined, past a place named for them ("King Abdullah of Jordan").
          const after = doc.text.slice(joined.end, joined.end + 60).replace(JOINED_OF, '');
          if (/^\s+in\s+\p{Ll}+ing\b/u.test(after)) return;
          const occasion = JOINED_IN.exec(after);
          if (occasion?.[2]) return;
          if (occasion?.[1]) joinedInCall = joined;
        }
        // "still hosts French troops": hosting forces is no meeting.
        // "Turkey already hosts more than three million Syrians": a number of people sheltered is no one met either.
        if (/^host(?:s|ed|ing)?$/i.test(v.text) && HOSTED_NO_GUESTS.some((re) => re.test(doc.text.slice(v.end, v.end + 70)))) return;

        // "raised relations to a strategic partnership": lifting ties is no subject raised.
        if (v.value === 'DISCUSS' && /^raise[ds]?$/i.test(v.text) && /^\s+(?:(?:the|their|bilateral|diplomatic)\s+)*(?:relations|ties|relationship)\b/i.test(doc.text.slice(v.end, v.end + 40))) return;
        // "warned that AUKUS raised the risk of proliferation": raising a risk or a cost is making it greater, not raising a subject.
        if (/^raise[ds]?$/i.test(v.text) && /^\s+(?:the\s+)?(?:risks?|prospects?|costs?|price|stakes|likelihood|chances?|possibility|threat|level|spectre|specter)\s+(?:of|that|for)\b/i.test(doc.text.slice(v.end, v.end + 40))) return;
        // "suspended three deputy ministers": disciplining officials is no diplomatic suspension.
        if (v.value === 'SUSPEND' && /^suspend/i.test(v.text) && SUSPENDED_OFFICIALS.test(doc.text.slice(v.end, v.end + 60))) return;
        const passiveLead = PASSIVE_AUX.test(lead);
        if (/^(?:received|greeted)$/i.test(v.text) && !passiveLead && !DELEGATION_LED_BY.test(doc.text.slice(v.end, s.end))) {
          const received = actorMentions(doc, s, v.end, s.end, false)[0];
          if (received?.label !== 'Person' || !RECEIVED_PERSON.test(doc.text.slice(v.end, received.start))) return;
        }
        // "the signing was cancelled": a passive with no known doer is nobody's act here.
        if (passiveLead && /^\p{L}+ed$/u.test(v.text) && !passiveForms.has(v.text.toLowerCase())) return;
        // "a summit in Paris hosted by Macron": something hosted by someone, no meeting between them.
        if (/^(?:hosted|received)$/i.test(v.text) && /^\s+by\b/.test(doc.text.slice(v.end, v.end + 4)) && !passiveLead) return;
        // "Gonzalez welcomed the delegations to the city": a host's greeting to guests backs nothing.
        if (/^welcom/i.test(v.text) && WELCOMED_GUESTS.test(doc.text.slice(v.end, v.end + 50))) return;
        // "Xi welcomed General Secretary To Lam in Beijing": welcoming a person is receiving them.
        const welcomed = /^welcomed?s?$/i.test(v.text) ? actorMentions(doc, s, v.end, s.end, false)[0] : undefined;
        const welcomesVisitor = welcomed?.label === 'Person' && RECEIVED_PERSON.test(doc.text.slice(v.end, welcomed.start));
        const partialQuote = insideQuote(doc, v.start);
        const passiveType = passiveLead ? passiveForms.get(v.text.toLowerCase()) : undefined;
        // "visited Kishida at his residence", "paid a visit to Kishida": a visit to a person is a meeting with them.
        const visited = /^(?:visited|visits|visit to)$/i.test(v.text) ? actorMentions(doc, s, v.end, s.end, false)[0] : undefined;
        const visitsPerson = visited?.label === 'Person' && RECEIVED_PERSON.test(doc.text.slice(v.end, visited.start));
        const type = joinedInCall ? 'CALL' : welcomesVisitor || courtesyCall || visitsPerson ? 'MEET' : (passiveType ?? v.value);
        const previous = inSentence[inSentence.length - 1];
        const nextVerb = clauseVerbs.find((x) => x.start > v.start)?.start ?? s.end;
        const roles = rolesFor(doc, s, v, nextVerb, previous, !!passiveType, partialQuote);
        if (!roles?.actors.length) return;
        // "addressed Congress and spoke about terrorism": one speaker on a subject, with nobody to talk it over with, is a speech.
        if (/^(?:spoke|speak|talked)\s+(?:about|of)$/i.test(v.text) && roles.actors.length < 2 && !roles.targets.length) return;
        // "travelled to Kyiv …, together with Kaja Kallas and Marta Kos": those who went along went too.
        if (type === 'VISIT' || type === 'MEET') {
          const along = ALONG_WITH.exec(doc.text.slice(v.end, clauseEnd(doc, s, v.end)));
          // Not the verb's own words: "sat down together with Kishida" met Kishida.
          if (along && doc.text.slice(v.end, v.end + along.index).trim()) {
            const from = v.end + along.index + along[0].length;
            const companions = actorMentions(doc, s, from, Math.min(s.end, from + 120), partialQuote).filter((m) => m.label === 'Person');
            const joined = companions.filter((m, i) => i === 0 || /^\s*(?:,|,?\s+and)\s+(?:[\p{L}'’.-]+\s+){0,6}$/u.test(doc.text.slice(companions[i - 1]!.end, m.start)));
            joinActors(roles, joined.flatMap((m) => m.entityIds));
          }
        }
        if (joinedInCall) joinActors(roles, joinedInCall.entityIds);
        // "secured Russia's agreement to the plan": the one whose agreement was obtained agrees, and no one is its target.
        if (OBTAINED_VERB.test(v.text)) {
          const giver = mentionsIn(doc, s.index).find((m) => m.start >= v.start && m.end <= v.end && m.possessive && (m.label === 'Country' || m.label === 'Person'));
          if (!giver) return;
          roles.actors = actingIds(doc, giver);
          roles.targets = [];
        }
        // "after a heated exchange with President Peres": both sides of a row between people talked it over
        // ("troops had a sharp exchange with Ukrainian forces" is fighting, not talk).
        if (type === 'DISCUSS' && EXCHANGE_VERB.test(v.text)) {
          const people = roles.targets.filter((t) => doc.entities.get(t)?.label === 'Person');
          if (!people.length) return;
          joinActors(roles, people);
        }
        // "voted with Russia against the resolution": those voted with vote the same way.
        if (/^voted$/i.test(v.text)) {
          const alongside = /^\s+with\s+/.exec(doc.text.slice(v.end, v.end + 8));
          if (alongside) joinActors(roles, actorMentions(doc, s, v.end, v.end + 60, partialQuote).slice(0, 1).flatMap((m) => actingIds(doc, m)));
        }
        // "announced with President Tebboune that …": the one announced with is announcing too.
        if (/^announced$/i.test(v.text) && type === 'AGREE') joinActors(roles, roles.targets.filter((t) => doc.entities.get(t)?.label === 'Person'));
        // "left ECOWAS in January and have expelled French troops": a verb joined by "and" shares the subject of the one before.
        // Only when what was found for subject is an object of that verb, not a subject standing before it ("Kim called … and pledged").
        // Not across a clause of when or why: "…, three months after the government of Pedro Sanchez dropped … and backed …".
        if (
          previous &&
          previous.sentence === s.index &&
          COORDINATED_VERB.test(lead) &&
          roles.subject &&
          roles.subject.start > previous.verb.end &&
          !CLAUSE_OF_WHEN.test(doc.text.slice(previous.verb.end, roles.subject.start))
        )
          roles.actors = [...previous.actorIds];
        // "The Netherlands withdrew …, and police later escorted …": a state's unnamed agents in a clause joined to its act act for it.
        if (previous && previous.sentence === s.index && STATE_AGENTS.test(lead) && previous.actorIds.every((id) => doc.entities.get(id)?.label === 'Country'))
          roles.actors = [...previous.actorIds];
        // "Pakistan had always sought peace and security in the region": striving for a state of things asks nothing of anyone.
        if (type === 'REQUEST' && /^(?:sought|seeks|seek|seeking)$/i.test(v.text) && SOUGHT_STATE.test(doc.text.slice(v.end, v.end + 40))) return;
        // "the two leaders sought to line up their presidencies": trying to do something asks nothing of anyone.
        if (type === 'REQUEST' && /^(?:sought|seeks|seek|seeking)$/i.test(v.text) && /^\s+to\s+\p{Ll}/u.test(doc.text.slice(v.end, v.end + 8))) return;
        if (type === 'REQUEST' && /^(?:asked|asks|asking)$/i.test(v.text) && ASKED_QUESTION.test(doc.text.slice(v.end, v.end + 60))) return;
        // "had spoken to President Trump by telephone": the manner of a call already read is no second call.
        if (type === 'CALL' && /^by\s+(?:tele)?phone$/i.test(v.text) && previous?.sentence === s.index && previous.type === 'CALL') return;
        // "Biden, visiting Warsaw, said …": only a state or its capital is visited so ("visiting Merkel" is no trip).
        if (type === 'VISIT' && /^visiting$/i.test(v.text) && !roles.targets.some((t) => doc.entities.get(t)?.label === 'Country')) return;
        // "agreed on a draft resolution imposing tougher sanctions": what a draft would do is not done yet.
        if (DRAFT_BEFORE.test(doc.text.slice(Math.max(s.start, v.start - 40), v.start))) return;
        // "The two leaders decided to elevate relations": a decision taken together is an agreement; one taken alone is not.
        if (/^decided$/i.test(v.text) && roles.actors.length < 2) return;
        // "received a delegation of US senators led by Chuck Schumer": the delegation is its leader.
        if (type === 'MEET') {
          const led = DELEGATION_LED_BY.exec(doc.text.slice(v.end, s.end));
          const leader = led && mentionsIn(doc, s.index).find((m) => m.label === 'Person' && m.start >= v.end + led[0].length && m.start - (v.end + led[0].length) < 40);
          if (leader) roles.targets = [...leader.entityIds];
        }
        // "Syria, where Moscow backs Assad and Ankara supports rebels": a standing position told in a where-clause is background.
        if (STANDING_VERB.test(v.text) && WHERE_BACKGROUND.test(doc.text.slice(s.start, v.start))) return;
        // "embraced the proposal" is no meeting; "embraced Kishida" is.
        if (/^(?:embraced|hugged)$/i.test(v.text) && !roles.targets.some((t) => doc.entities.get(t)?.label === 'Person')) return;
        // "Rubio hosted the ceremony", "met reporters": a meeting needs someone on each side.
        if (type === 'MEET' && new Set([...roles.actors, ...roles.targets]).size < 2) return;
        // "Ghana awarded Modi its national honour": a state honours no one in person; only a person handing it over meets.
        if (type === 'MEET' && /^(?:awarded|presented|conferred|bestowed)\b/i.test(v.text) && !roles.actors.every((a) => doc.entities.get(a)?.label === 'Person')) return;
        // "Obama and Gillard announced in Canberra that …": only leaders of two states announcing together agree; one alone announces.
        if (type === 'AGREE' && /^announced$/i.test(v.text) && ANNOUNCED_THAT.test(doc.text.slice(v.end, v.end + 60))) {
          const people = roles.actors.filter((a) => doc.entities.get(a)?.label === 'Person');
          // Named right before the verb ("Obama and Gillard announced"), not a speaker told earlier ("Albanese said … and announced").
          const together = mentionsIn(doc, s.index).some((m) => m.label === 'Person' && m.entityIds.some((id) => roles.actors.includes(id)) && /^\s*$/.test(doc.text.slice(m.end, v.start)));
          if (!together || people.length < 2 || people.length !== roles.actors.length || new Set(people.map((p) => homeCountry(doc, p) ?? p)).size < 2) return;
        }
        // "closed the Russian consulate in Poznan", "shut its embassy in Quito": the state whose mission it is, or where one's own stood.
        if (type === 'SUSPEND' && !roles.targets.length) {
          const host = missionState(doc, s, v.end);
          if (host && !roles.actors.includes(host) && !roles.actors.some((a) => homeCountry(doc, a) === host)) roles.targets = [host];
        }
        // "broke off relations with Morocco on Tuesday, Foreign Minister Ramtane Lamamra announced": who reports the act is no target of it
        // (one met or called who reports the encounter afterwards still took part in it).
        if (roles.targets.length && !ENCOUNTERS.has(type)) {
          const reporters = mentionsIn(doc, s.index).filter(
            (m) => m.start > v.end && TRAILING_REPORTER_AFTER.test(doc.text.slice(m.end, m.end + 16)) && /,\s+(?:[\p{L}.'’-]+\s+){0,5}$/u.test(doc.text.slice(Math.max(v.end, m.start - 60), m.start)),
          );
          roles.targets = roles.targets.filter((t) => !reporters.some((m) => m.entityIds.includes(t)));
        }
        // "would not apologise for steps taken to protect Australia": one refuses nothing to one's own state.
        if (type === 'REJECT' && roles.targets.length) {
          const own = new Set(roles.actors.map((a) => homeCountry(doc, a)).filter(Boolean));
          roles.targets = roles.targets.filter((t) => !own.has(t));
        }
        // "said Sweden should no longer expect Turkey's support": a speaker's own state, named beside the one he addresses, is no target.
        if (roles.targets.length > 1) {
          const homes = new Set(roles.actors.map((a) => homeCountry(doc, a)).filter(Boolean));
          const others = roles.targets.filter((t) => !homes.has(t));
          if (others.length) roles.targets = others;
        }
        // "Abe and Modi later travelled to Varanasi": of two travelling together, the one in his own country visits no one
        // (a lone traveller keeps his visit: a country read wrongly for him must not lose it).
        if (type === 'VISIT' && roles.actors.length > 1 && roles.targets.length === 1 && doc.entities.get(roles.targets[0]!)?.label === 'Country') {
          const home = roles.targets[0]!;
          const abroad = roles.actors.filter((a) => a !== home && homeCountry(doc, a) !== home);
          if (abroad.length) roles.actors = abroad;
        }
        // "said Japan would respond firmly": a warner's own state, the one that will answer, is not the one warned.
        // The state named as the one to answer ("said Japan would retaliate") is the warner's side too.
        if (WARNING_TYPES.has(type) && roles.targets.length) {
          const own = sides(doc, roles.actors);
          const answer = RESPONDER_AFTER.exec(doc.text.slice(v.end, v.end + 80));
          const responder = answer && mentionsIn(doc, s.index).find((m) => m.start === v.end + answer[1]!.length);
          roles.targets = roles.targets.filter((t) => !own.has(t) && !responder?.entityIds.includes(t));
        }
        // "the sanctions Tokyo imposed over the invasion of Ukraine": a state named in the reason for a penalty is not what it hits.
        if (type === 'SANCTION') {
          const here = mentionsIn(doc, s.index);
          roles.targets = roles.targets.filter((t) => !here.some((m) => m.entityIds.includes(t) && inPenaltyReason(doc, v.end, m)));
        }
        // "recalling its ambassador in Moscow, Masaharu Kono": the state an envoy is posted to is the one he leaves.
        if (type === 'SUSPEND' && !roles.targets.some((t) => doc.entities.get(t)?.label === 'Country')) {
          const posting = ENVOY_POSTING.exec(doc.text.slice(v.start, s.end));
          const at = posting ? v.start + posting.index + posting[0].length : -1;
          const post = posting && mentionsIn(doc, s.index).find((m) => m.label === 'Country' && m.start === at && !roles.actors.includes(m.entityIds[0]!));
          if (post) {
            // The envoy named after his posting ("…, Masaharu Kono,") is the actor's own.
            const own = mentionsIn(doc, s.index).find((m) => m.label === 'Person' && m.start > post.end && /^,\s+$/.test(doc.text.slice(post.end, m.start)));
            roles.targets = [...roles.targets.filter((t) => !own?.entityIds.includes(t)), ...post.entityIds];
          }
        }
        // "recalled its ambassador to Russia, Alexander Graf Lambsdorff": a state's own envoy called home is no target; the state he leaves is.
        if (type === 'SUSPEND' && roles.targets.some((t) => doc.entities.get(t)?.label === 'Country')) {
          roles.targets = roles.targets.filter((t) => {
            const p = doc.entities.get(t);
            if (p?.label !== 'Person' || !p.roles.some((r) => ENVOY_TITLE.test(r.title))) return true;
            const home = homeCountry(doc, t);
            return home !== undefined && !roles.actors.some((a) => a === home || homeCountry(doc, a) === home);
          });
        }
        // "promised more Japanese investment in Siberia": the giver's own people, named to describe the gift, receive nothing.
        if (type === 'SUPPORT' && roles.targets.length) {
          const own = sides(doc, roles.actors);
          roles.targets = roles.targets.filter((t) => !own.has(t));
        }
        // "Rubio and Vance held talks with leaders of both countries": those met go unnamed, and the two who went did not meet each other.
        // "shook hands with Castro at the memorial service for Nelson Mandela": the one mourned or honoured is not met.
        // "in a brief meeting arranged by Hollande and Merkel": those who set the meeting up are not the ones met.
        if (ENCOUNTERS.has(type)) {
          const honoured = new Set(
            mentionsIn(doc, s.index)
              .filter(
                (m) =>
                  m.label === 'Person' &&
                  m.start > v.end &&
                  (HONOURED_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 48), m.start)) || ARRANGED_BY.test(doc.text.slice(Math.max(s.start, m.start - 120), m.start))),
              )
              .flatMap((m) => m.entityIds),
          );
          if (honoured.size) roles.targets = roles.targets.filter((t) => !honoured.has(t));
        }
        // "hosted nearly fifty African leaders in Washington": with the people met unnamed and of no named state, a
        // country after them is the place, not a side.
        const unnamedSide = type === 'MEET' ? UNNAMED_OTHER_SIDE.exec(v.text + doc.text.slice(v.end, v.end + 40)) : null;
        const ofNoState = unnamedSide && !/^\s+(?:of|from)\b/.test((v.text + doc.text.slice(v.end, v.end + 60)).slice(unnamedSide[0].length));
        if (unnamedSide && (!roles.targets.length || (ofNoState && roles.targets.every((t) => doc.entities.get(t)?.label === 'Country')))) return;
        // "spoke with Lavrov … on the sidelines of a G20 meeting": a conversation in person is a meeting.
        const conversation = type === 'DISCUSS' && /^(?:spoke|spoken|talked|conferred)(?: briefly)? (?:with|to)$/i.test(v.text);
        const clauseAfter = doc.text.slice(v.end, clauseEnd(doc, s, v.end));
        const met = conversation && IN_PERSON.test(clauseAfter);
        // "Biden spoke with Netanyahu on Saturday night": leaders of two countries who speak, and meet nowhere the text says, speak by phone.
        // "met members of Congress by video": a meeting held over a screen or a line is a call.
        const called =
          (conversation && !met && !/\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(doc.text.slice(v.end, clauseEnd(doc, s, v.end))) && apartCountries(doc, roles.actors, roles.targets)) ||
          (type === 'MEET' && /^(?:met|meets|held\s+talks\s+with)$/i.test(v.text) && REMOTE_MEANS.test(clauseAfter));
        const from = clauseStart(doc, s, v.start);
        // "agreed that nuclear weapons must not be used": the complement is what the event is about.
        // "agreed in Tokyo on Friday that …", "announced with President Tebboune that …": the that-clause past a place, a day or a partner.
        const complement = /^\s+(?:(?:jointly\s+)?with\s+(?:[\p{L}.'’-]+\s+){1,6}?|(?:(?:in|at)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?:on\s+\p{Lu}\p{Ll}+\s+)?)?that\b/u.exec(
          doc.text.slice(v.end, v.end + 80),
        );
        let to = clauseEnd(doc, s, complement ? v.end + complement[0].length : v.end);
        // "…, and he called for …": a coordinate clause with a subject of its own is no part of this event.
        const ownClause = OWN_SUBJECT_CLAUSE.exec(doc.text.slice(v.end, to));
        if (ownClause) to = v.end + ownClause.index;
        // "signed an agreement under which Italy will process asylum seekers": what the agreement says is what it is about.
        // The content clause runs on through its own verbs ("under which companies pledged billions for …").
        if (type === 'AGREE' && AGREEMENT_CONTENT.test(doc.text.slice(v.end, to + 16))) to = strongClauseEnd(doc, s, to + doc.text.slice(to).search(/\s/) + 1);
        // "…, and Japan offered radars …": so is one opened by a named actor.
        // "…, and the two countries signed …": a group named with its article opens one too.
        const namedClause = [...doc.text.slice(v.end, to).matchAll(/,\s+(?:and|but)\s+(?:(the)\s+)?/g)].find((c) => {
          const at = v.end + c.index! + c[0].length;
          const article = c[1] ? at - c[0].length + c[0].lastIndexOf(c[1]) : at;
          return actorMentions(doc, s, article, at + 60).some((m) => m.start === at || m.start === article);
        });
        if (namedClause) to = v.end + namedClause.index!;
        // "hosted the two men and called it a step towards de-escalation": the host's own words after the meeting are his, not its subject.
        // "the two had discussed aid and agriculture, and called the meeting a first step towards relations": so are the words after talks.
        const ownWords = type === 'MEET' || type === 'DISCUSS' ? /,?\s+and\s+(?:also\s+|later\s+)?(?:said|says|called|described|told|praised|hailed|warned|added)\b/.exec(doc.text.slice(v.end, to)) : null;
        if (ownWords) to = v.end + ownWords.index;
        const covered = type === 'MEET' ? TALKS_COVERED.exec(doc.text.slice(to, to + 90)) : null;
        if (covered) to = clauseEnd(doc, s, to + covered[0].length);
        // "exchanged views on the war …, which had ended in a truce, and on defence cooperation": the list goes on past the aside.
        // "agreed to push for reform …, where both want seats, and to cooperate on decarbonisation": so does a list of things agreed.
        const resumed = type === 'DISCUSS' || type === 'AGREE' ? LIST_RESUMED.exec(doc.text.slice(to, s.end)) : null;
        const resumedTopics = resumed ? topicsIn(doc, s, 'Topic', to + resumed[0].length, clauseEnd(doc, s, to + resumed[0].length)) : [];
        // What is discussed is a topic even when it is also a country ("discussed Taiwan").
        const discussed = type === 'DISCUSS';
        // What follows the verb is what the event is about; the clause before it only when nothing follows.
        const after = topicsIn(doc, s, 'Topic', v.end, Math.min(to, nextVerb), !discussed);
        // A refusal with nothing named after it is about what was asked, found below ("rejected calls for a recount and accused … of a coup").
        // "President Lula, a critic of sanctions, met Maduro", "Months after the ceasefire collapsed, Blinken met …":
        // what stands before a meeting verb is background, not what the meeting was about.
        // "signed a memorandum that covers defence …, and pledged to keep supporting Ukraine": a verb joined after ", and"
        // leaves what came before to the verb it follows.
        const joinedAfter = previous?.sentence === s.index && /,\s+and\s+(?:also\s+|then\s+)?$/.test(doc.text.slice(Math.max(s.start, v.start - 16), v.start));
        let topicIds = after.length || type === 'REJECT' || joinedAfter ? after : topicsIn(doc, s, 'Topic', ENCOUNTERS.has(type) ? v.end : from, to, !discussed);
        if (discussed) roles.targets = roles.targets.filter((t) => !topicCountries(doc, s, from, to).has(t));
        // "held talks on Ukraine": a country spoken about is no party to the talks.
        else roles.targets = roles.targets.filter((t) => !topicCountries(doc, s, v.end, to, true).has(t));
        // "…communications, which China suspended last August": a relative clause is about its antecedent.
        if (!topicIds.length && RELATIVE_CLAUSE.test(doc.text.slice(Math.max(s.start, from - 8), from))) {
          topicIds = topicsIn(doc, s, 'Topic', s.start, from, true);
        }
        if (!topicIds.length) topicIds = inheritedTopics(doc, s, doc.text.slice(v.end, strongClauseEnd(doc, s, v.end)));
        topicIds = [...new Set([...topicIds, ...resumedTopics])];
        // "broke off diplomatic relations with Colombia": the ties cut are what the act does, not a subject anyone raised.
        if (type === 'SUSPEND') topicIds = topicIds.filter((t) => !onlyTiesCut(doc, s, t));
        // "held talks … but did not reach an agreement to end the war": what talks failed to settle, they took up.
        if (type === 'MEET') {
          const unsettled = UNSETTLED_AFTER.exec(doc.text.slice(to, s.end));
          if (unsettled) topicIds = [...new Set([...topicIds, ...topicsIn(doc, s, 'Topic', to, to + unsettled[0].length)])];
        }
        // "refused to rule out using force": not ruling something out is a threat, not a refusal.
        const notRuledOut = type === 'REJECT' && /^\s+to\s+rule\s+out\b/i.test(doc.text.slice(v.end, v.end + 14));
        // "met Marcos in Manila and agreed to …": agreeing or discussing right after meeting someone is done with them.
        const afterMeeting = /^(?:agreed|discussed)$/i.test(v.text) && previous?.type === 'MEET' && COORDINATED_AFTER_MEETING.test(doc.text.slice(previous.verb.end, v.start)) && previous.actorIds.every((a) => roles.actors.includes(a));
        if (afterMeeting) for (const t of previous!.targetIds) if (!roles.actors.includes(t) && doc.entities.get(t)?.label === 'Person') roles.actors.push(t);
        const ev: ExtractedEvent = {
          type: met ? 'MEET' : called ? 'CALL' : notRuledOut ? 'THREATEN' : type,
          actorIds: roles.actors,
          targetIds: roles.targets,
          topicIds,
          policyIds: topicsIn(doc, s, 'Policy', from, to),
          sentence: s.index,
          verb: { start: v.start, end: v.end },
          date: eventDate(doc, s, from, to, type, v.start),
          rule: roles.rule,
          confidence: roles.subject && roles.subject.via !== 'name' && roles.subject.via !== 'alias' ? 0.7 : 0.85,
          respondsTo: null,
        };
        if (type === 'REJECT') {
          ev.respondsTo = findResponse(doc, ev);
          const request = ev.respondsTo === null ? null : doc.events[ev.respondsTo]!;
          // A refusal is aimed at whoever asked, and is about what was asked.
          if (request && !ev.targetIds.length) ev.targetIds = request.actorIds.filter((a) => !ev.actorIds.includes(a));
          if (request && !ev.topicIds.length) ev.topicIds = [...request.topicIds];
        }
        // "announced on Monday that they would withdraw …, calling the court …": a participle shares its clause's day.
        if (!ev.date && participle && previous?.sentence === s.index && previous.date) ev.date = previous.date;
        // "held talks with Widodo on Monday, and the two leaders upgraded relations", "met Sharif on Sunday, the first visit
        // by an Iranian president since …": a coordinate clause or a visit told beside a dated act shares its day.
        if (!ev.date && previous?.sentence === s.index && previous.date?.length === 10 && (type === 'VISIT' || /,\s+and\s+/.test(doc.text.slice(previous.verb.end, v.start)))) ev.date = previous.date;
        // "On Thursday, after a meeting …, it closed its airspace": a day opening the sentence is its main clause's day.
        if (!ev.date) {
          const opening = OPENING_DAY.exec(s.text);
          if (opening && v.start > s.start + opening[0].length) ev.date = resolveDate(opening[0], doc.article.publishedAt);
        }
        // "The two leaders later shared dinner": the people of a meeting told already, meeting again undated, are at the same meeting.
        const participants = new Set([...ev.actorIds, ...ev.targetIds]);
        const same = (e: ExtractedEvent) => e.type === 'MEET' && e.actorIds.length + e.targetIds.length === participants.size && [...e.actorIds, ...e.targetIds].every((id) => participants.has(id));
        // "The two leaders held lengthy talks on energy": talks told again with their subjects still say what the meeting covered.
        // Kept as its own event, as "the two leaders held talks" is (the meetings component merges the meetings).
        const retoldTalks = /^held$/i.test(v.text) && ev.topicIds.length > 0;
        if (type === 'MEET' && (!ev.date || ev.date === inSentence.find(same)?.date) && doc.events.concat(inSentence).some(same) && rolesRepeat(v.text) && !retoldTalks) return;
        // "toured a factory": touring something that is no country is no visit.
        if (type === 'VISIT' && /^toured$/i.test(v.text) && !ev.targetIds.length) return;
        // "was in Guatemala City on a tour": the place one was in is the place visited.
        if (type === 'VISIT' && !ev.targetIds.length && /^(?:was|were)$/i.test(v.text)) {
          const place = mentionsIn(doc, s.index).find((m) => m.label === 'Country' && m.start > v.end && m.start - v.end <= 4);
          if (place) ev.targetIds = [...place.entityIds];
        }
        // "she had visited the Yasukuni Shrine": a visit to no country, person or body is no visit between states.
        if (type === 'VISIT' && !ev.targetIds.length && SHRINE_OR_SITE.test(doc.text.slice(v.end, v.end + 60))) return;
        // "banned dozens of Chinese apps", "a package of sanctions against Russia": a penalty with no named target is aimed
        // at the country its object names; "banned semi-automatic weapons" at home aims at no one and is no sanction.
        if (type === 'SANCTION' && !ev.targetIds.length) {
          const aimed = mentionsIn(doc, s.index).find(
            (m) => m.label === 'Country' && m.start >= v.end && m.end <= to && !ev.actorIds.includes(m.entityIds[0]!) && m.entityIds.length === 1 && !inPenaltyReason(doc, v.end, m),
          );
          // "Russia pulled out of the talks, in response to the sanctions Tokyo imposed": a penalty told as the cause of a
          // state's act is aimed at that state.
          const answered = aimed ? undefined : PENALTY_AS_CAUSE.test(doc.text.slice(s.start, v.start)) ? mentionsIn(doc, s.index).find((m) => m.label === 'Country' && m.entityIds.length === 1 && m.end <= v.start && !ev.actorIds.includes(m.entityIds[0]!)) : undefined;
          const target = aimed ?? answered;
          if (!target) return;
          ev.targetIds = [target.entityIds[0]!];
        }
        // "announced that it would cut ties with Taiwan": the announcement and the verb it reports are one act.
        // "Rejecting the claims, China said the report was false": a refusal told twice in one sentence is one refusal.
        const twin = ev.type === 'SUSPEND' || ev.type === 'REJECT' ? inSentence.find((e) => e.type === ev.type && sameIds(e.actorIds, ev.actorIds) && sameIds(e.targetIds, ev.targetIds)) : undefined;
        if (twin) {
          twin.topicIds = [...new Set([...twin.topicIds, ...ev.topicIds])];
          twin.date ??= ev.date;
          return;
        }
        doc.events.push(ev);
        inSentence.push(ev);
      });
      dropNextSubjects(doc, s, inSentence);
      const visit = impliedVisit(doc, s, inSentence) ?? visitSpokenOn(doc, s, inSentence);
      if (visit) doc.events.push(visit);
    }
  },
};

/**
 * "Collor de Mello hosted the summit, and Japan pledged aid": the subject of a coordinate clause that acts in it is
 * no one the verb before met or acted on.
 */
function dropNextSubjects(doc: ArticleDoc, s: Sentence, inSentence: ExtractedEvent[]): void {
  for (const later of inSentence) {
    for (const earlier of inSentence) {
      if (earlier === later || earlier.verb.end >= later.verb.start || !earlier.targetIds.length) continue;
      const subject = mentionsIn(doc, s.index).filter((m) => m.start > earlier.verb.end && m.end <= later.verb.start && m.entityIds.some((id) => later.actorIds.includes(id))).at(-1);
      // Not "met Xi …, and the two leaders agreed": a group that includes the first verb's actor is both of them again.
      if (!subject || subject.entityIds.length !== 1 || earlier.actorIds.includes(subject.entityIds[0]!)) continue;
      if (!/,\s+(?:and|but|while)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(s.start, subject.start - 12), subject.start))) continue;
      if (!/^\s*(?:(?:also|later|then|has|have|had)\s+)*$/.test(doc.text.slice(subject.end, later.verb.start))) continue;
      earlier.targetIds = earlier.targetIds.filter((t) => !subject.entityIds.includes(t));
    }
  }
}

/**
 * "Emperor Akihito told a banquet in Beijing on Friday that …, on the first visit to China by a Japanese monarch": one who
 * speaks on a first visit the sentence names made that visit.
 */
const ON_FIRST_VISIT = /,\s+on\s+(?:the|his|her|a)\s+first\s+(?:[\p{L}-]+\s+)?(?:visit|trip)\s+to\s+(?:the\s+)?(?=\p{Lu})/u;
function visitSpokenOn(doc: ArticleDoc, s: Sentence, inSentence: ExtractedEvent[]): ExtractedEvent | null {
  if (inSentence.length) return null;
  const on = ON_FIRST_VISIT.exec(s.text);
  if (!on) return null;
  const at = s.start + on.index + on[0].length;
  const place = mentionsIn(doc, s.index).find((m) => m.label === 'Country' && m.start === at && m.entityIds.length === 1);
  const speaker = mainSubject(doc, s, s.start + on.index).filter((m) => m.label === 'Person');
  if (!place || speaker.length !== 1 || sides(doc, speaker[0]!.entityIds).has(place.entityIds[0]!)) return null;
  const verbAt = s.start + on.index + on[0].indexOf('first');
  return {
    type: 'VISIT',
    actorIds: [...speaker[0]!.entityIds],
    targetIds: [place.entityIds[0]!],
    topicIds: [],
    policyIds: [],
    sentence: s.index,
    verb: { start: verbAt, end: at },
    date: s.date?.length === 10 ? s.date : null,
    rule: 'events:implied-visit',
    confidence: 0.6,
    respondsTo: null,
  };
}

/** The last capital named as a place ("in Havana") in the sentence or the few before it, outside the travellers' own countries. */
function placeBefore(doc: ArticleDoc, s: Sentence, travellers: string[]): string[] {
  const own = sides(doc, travellers);
  for (let i = s.index; i >= Math.max(0, s.index - 4); i--) {
    const place = mentionsIn(doc, i)
      .filter((m) => m.label === 'Country' && m.via === 'capital' && !own.has(m.entityIds[0]!) && /\b(?:in|to)\s+$/.test(doc.text.slice(Math.max(0, m.start - 4), m.start)))
      .at(-1);
    if (place) return [...place.entityIds];
  }
  return [];
}

/** "said Japan would respond firmly": the one who will answer, named before "would" (group 1 runs up to it). */
const RESPONDER_AFTER = /^(\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:the\s+)?)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:would|will)\s+(?:respond|retaliate|answer|take\s+(?:retaliatory|reciprocal|countermeasures))/u;
/** "its ambassador in Moscow", "their envoys to Kyiv": where a state's own envoy serves. */
const ENVOY_POSTING = /^[^;]*?\b(?:its|their)\s+(?:ambassador|envoy)s?\s+(?:in|to)\s+(?:the\s+)?(?=\p{Lu})/u;

/** Blame and penalties told in the passive without their doer ("were accused of", "was criticised for"). */
const UNNAMED_BLAME = new Set<EventType>(['ACCUSE', 'CRITICIZE']);

/**
 * "Putin met Xi in Beijing at the start of a two-day state visit", "met Biden at the White
 * House on his first trip abroad", "talks in Astana, the second stop on a tour of Central Asia", "talks in Madrid, at the
 * end of a tour of Portugal and Spain": a visit named
 * without its destination goes to the capital (or seat of government) where the meeting took place.
 */
const VISIT_NOUN = /\b(?:state|official|working|first|such|surprise|(?:one|two|three|four|five|\d+)-day)\s+(?:(?:bilateral|foreign|overseas|official|state)\s+)?(?:visit|trip)\b|\btrip abroad\b|\b(?:first|second|third|fourth|fifth|final|last)\s+(?:stop|leg)\s+(?:on|of)\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,3}?(?:tour|trip)\b|\b(?:during|on)\s+(?:a|his|her|their)\s+(?:visit|trip)\s+to\b|\bat\s+the\s+(?:start|end|beginning|close)\s+of\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,3}?(?:visit|tour|trip)\b/i;
const DURING_VISIT_TO = /\b(?:during|on)\s+(?:a|his|her|their)\s+(?:(?:state|official|working|first|two-day|three-day|one-day)\s+)?(?:visit|trip)\s+to\s+\p{Lu}/u;
/** "the first foreign leader to visit since …": a visit whose destination goes unsaid (no capital after it). */
const TO_VISIT = /\bto visit\b(?!\s+\p{Lu})/u;
/** "the first visit by an Indian prime minister to Guyana", "the first French president to visit Mongolia": the destination is told. */
const TOLD_DESTINATION = /(?:\b(?:visit|trip)\s+(?:by\s+[^,;.]{1,50}?\s+)?to|\bthe first\s+(?:[\p{L}-]+\s+){1,4}to visit)\s+(?:the\s+)?$/u;
const FIRST_TO_VISIT = /\bthe first\s+(?:[\p{L}-]+\s+){1,4}to visit\b/u;

/** "talks … at the presidential palace in Bogor on Monday, his first bilateral visit": a known city, not a capital, before the visit noun. */
function cityVisited(doc: ArticleDoc, s: Sentence, before: number, own: Set<string>): { entityIds: string[] } | undefined {
  for (const m of doc.text.slice(s.start, before).matchAll(/\b(?:in|at)\s+(?:the\s+)?(?=\p{Lu})/gu)) {
    const iso3 = placeCountryAt(doc.text.slice(s.start + m.index! + m[0].length, before));
    const id = iso3 && ids.country(iso3);
    if (id && doc.entities.has(id) && !own.has(id)) return { entityIds: [id] };
  }
  return undefined;
}

function impliedVisit(doc: ArticleDoc, s: Sentence, events: ExtractedEvent[]): ExtractedEvent | null {
  // "signed a partnership with China during a visit to Beijing": a person's act on a visit whose destination is told
  // makes the visit as a meeting would.
  const meet =
    events.find((e) => e.type === 'MEET') ??
    (DURING_VISIT_TO.test(s.text) ? events.find((e) => e.actorIds.length && e.actorIds.every((id) => doc.entities.get(id)?.label === 'Person')) : undefined);
  const noun = VISIT_NOUN.exec(s.text) ?? TO_VISIT.exec(s.text) ?? FIRST_TO_VISIT.exec(s.text);
  if (!meet || !noun || events.some((e) => e.type === 'VISIT')) return null;
  const own = sides(doc, meet.actorIds);
  const told = mentionsIn(doc, s.index).find(
    (m) => m.label === 'Country' && m.start > s.start + noun.index! && TOLD_DESTINATION.test(doc.text.slice(Math.max(s.start, m.start - 90), m.start)),
  );
  // "Xi held talks with Raisi in Beijing, the first state visit by an Iranian president to China": a host's guest made the visit.
  // "Abe, on a three-day visit to India, and Modi agreed …": of those acting together, the one from elsewhere visited.
  const visitors =
    told && own.has(told.entityIds[0]!)
      ? [...meet.actorIds, ...meet.targetIds].filter((id) => doc.entities.get(id)?.label === 'Person' && !sides(doc, [id]).has(told.entityIds[0]!))
      : meet.actorIds;
  if (told && visitors.length) {
    const at = s.start + noun.index!;
    return { ...meet, type: 'VISIT', actorIds: visitors, targetIds: [told.entityIds[0]!], topicIds: [], policyIds: [], verb: { start: at, end: at + noun[0].length }, date: meet.date, rule: 'events:implied-visit', confidence: 0.6, respondsTo: null };
  }
  const place =
    mentionsIn(doc, s.index).find(
      // A place some of those meeting are strangers to: "the two leaders met in Moscow" is a visit by the one from elsewhere.
      (m) =>
        m.label === 'Country' &&
        m.via === 'capital' &&
        /\b(?:in|at)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(s.start, m.start - 8), m.start)) &&
        meet.actorIds.some((id) => !sides(doc, [id]).has(m.entityIds[0]!)),
    ) ?? cityVisited(doc, s, s.start + noun.index!, own);
  const at = s.start + noun.index!;
  // A host's guest made the visit, wherever else the sentence goes ("received al-Sharaa …, his first visit since he took power in Damascus").
  const hosted = /^(?:hosted|hosts|received|welcomed)$/i.test(doc.text.slice(meet.verb.start, meet.verb.end));
  if (!place || hosted) {
    // "Biden hosted Kishida for a state visit": the guest visited the host's country.
    if (!hosted) return null;
    const hostCountry = meet.actorIds.flatMap((id) => doc.entities.get(id)?.roles ?? []).find((r) => r.countryId)?.countryId;
    const guests = meet.targetIds.filter((id) => doc.entities.get(id)?.label === 'Person');
    if (!hostCountry || !guests.length) return null;
    return { ...meet, type: 'VISIT', actorIds: guests, targetIds: [hostCountry], topicIds: [], policyIds: [], verb: { start: at, end: at + noun[0].length }, date: meet.date, rule: 'events:implied-visit', confidence: 0.6, respondsTo: null };
  }
  // "the two leaders met in the Kremlin at the start of a three-day state visit": the host made no visit.
  const abroad = meet.actorIds.filter((id) => !sides(doc, [id]).has(place.entityIds[0]!));
  return {
    ...meet,
    type: 'VISIT',
    actorIds: abroad.length ? abroad : meet.actorIds,
    targetIds: [place.entityIds[0]!],
    topicIds: [],
    policyIds: [],
    verb: { start: at, end: at + noun[0].length },
    date: null,
    rule: 'events:implied-visit',
    confidence: 0.6,
    respondsTo: null,
  };
}
