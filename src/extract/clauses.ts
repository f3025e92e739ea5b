import { insideQuote, mentionsIn, type ArticleDoc, type Mention, type Sentence } from './article-doc';
import { SPEECH_WORDS_ALT } from './lexicons';
import { TITLE_ALT } from './titles';

/** Helpers for finding who does what within a clause, shared by the fact components. */

export const ACTOR_LABELS = new Set(['Person', 'Country', 'Organization']);
/** Verbs of receiving a guest: "welcomed Ruto to the White House" puts the host at home there. */
export const RECEIVING_GUEST = /\b(?:welcomed|welcomes|received|receives|invited|invites)\b/i;
const SPEECH_ALT = SPEECH_WORDS_ALT;
/** "his", "their": a possessive pronoun belongs to the noun after it. */
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/i;
const CLAUSE_BREAK = new RegExp(
  `[;:]|\\s—\\s|\\b(?:but|while|whereas|after|before|following|since|until|amid|despite|when|where|(?<!(?:well|such)\\s)as(?!\\s+(?:well|an?)\\b|\\s+(?:its|their|the)\\s+capital\\b)|because|though|although|that|which|who|whose|according to|in response to|in retaliation for|in the wake of|${SPEECH_ALT})\\b`,
  'gi',
);
const SPEECH_AT_END = new RegExp(`\\b(?:${SPEECH_ALT})\\s*$`, 'i');
/** "said that", "told reporters that": a that-clause of reported words. */
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_ALT})\\b`, 'giu');
const REPORTED_MODAL = /\b(?:would|will|could|should|must|might)\s+(?:\p{L}+\s+)?\p{L}+\b[^,;]*\band\s+$/u;
const PAST_VERB_AT = /^(?:asked|urged|called|pressed|invited|thanked|praised|warned|criticised|criticized|accused|offered|promised|pledged|signed|announced|met|visited|told|said|added)\b/;
const SPEECH_THAT = new RegExp(`\\b(?:${SPEECH_ALT})(?:\\s+[\\p{L}.'’-]+){0,3}\\s+that\\s*$`, 'iu');
/** "Li said " right before the reported clause, with no "that". */
const SPEECH_BARE = new RegExp(`\\b(?:said|says|told\\s+(?:reporters|journalists|parliament|lawmakers))\\s*$`, 'iu');
/** A preposition right before a mention makes it an object, not a subject or target. */
const PREPOSITION_BEFORE = /\b(of|with|to|from|between|by|for|on|in|against|at|about|among|toward|towards|into|than|as|without|since|during|near|inside|outside|across|through|under|despite|via|within|around|beyond|after|before|alongside|beside)\s+(?:the\s+|a\s+|an\s+)?(?:other\s+)?(?:(?:eastern|western|northern|southern|central|north|south|east|west|neighbouring|neighboring|occupied)\s+)?$/i;
/** Prepositions that introduce places, times and side remarks: what follows is not a target. */
const NON_TARGET_PREPOSITION = /\b(of|from|in|at|near|without|since|during|inside|outside|across|through|into|under|despite|via|within|around|beyond|after|before|among)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}.,'-]+\s+){0,2}$/iu;
/** ", the …" / ", his …" after an object opens an appositive or a side remark: objects stop there. */
const SIDE_REMARK = /,\s+(?:(?:and|but)\s+(?:the|a|an|his|her|their|its)|the|a|an|his|her|their|its|which|where|who|five|four|three|two|days|hours|\p{Ll}+ing)\b/iu;
/** A noun phrase that is not an entity ("the launch", "some survivors") as the subject. */
const NON_ENTITY_SUBJECT = /\b(?:the|a|an|this|these|those|its|their|his|her|some|many|most|several)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const INFINITIVE = /\bto\s+\p{Ll}+/u;
const UNNAMED_GROUP_CLAUSE =
  /(?:,\s*|;\s*|\b)(?:and|but|while|whereas)\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|at\s+least\s+)?(?:(?:groups?|dozens|hundreds|thousands)\s+of\s+(?:\p{L}+\s+){1,2}|(?:(?!(?:the|their|both|its|these|those)\b)\p{Ll}+\s+){0,2}(?:countries|nations|states|governments|members|officials|delegates|negotiators|producers|donors|diplomats|lawmakers|critics|activists|campaigners|protesters|opponents|politicians|islanders|residents|villagers|families|survivors|veterans|refugees|exiles|analysts|experts)\s+)(?:(?:had|have|has)\s+)?(?:also\s+)?$/u;
const REDUCED_RELATIVE = /,\s+(?:a|an|the)\s+\p{Ll}[\p{L}-]*\s+(?:[\p{L}-]+\s+){1,3}$/u;
const RELATIVE_OPENER = /\b(?:that|who|which)\s*$/i;
// "…, the minister said on Friday, and has asked Russia …": a perfect tense joined by "and" shares the subject too.
const COORDINATED_VERB = /\band\s+(?:(?:has|have|had)\s+)?(?:(?:\p{L}+ly|also|then|later|later on|subsequently|separately|again|afterwards|afterward|together|jointly)\s+)?$/iu;
// Not the "of" of a title ("Secretary of State Dean Rusk, Soviet Foreign Minister Andrei Gromyko and …").
const PREPOSITIONAL_LIST = /\b(?:between|with|(?<!\b(?:Secretary|Secretary-General|Minister|Chancellor|President|Premier|Chairman|Chairwoman|Chief|Head|King|Queen|Emir|Sultan|Prince|Governor|Mayor)\s)of|to|from|against|among|on|for|by|alongside|beside)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*(?:,\s+|,?\s+and\s+))+$/u;
const CONJUNCTION_BEFORE = /\b(?:after|before|since|until|as)\s+(?:the\s+)?$/i;
const OTHER_GROUP = /,?\s+and\s+(?:\p{L}+\s+)?other\s+$/u;
const OTHER_MEMBERS_OF = /,?\s+and\s+(?:the\s+|its\s+|their\s+)?(?:\p{L}+\s+)?other\s+(?:[\p{L}-]+\s+)?(?:members|member\s+states|members\s+states)\s+of\s+(?:the\s+)?$/u;
const UNRESOLVED_PRONOUN = /(?:^|\s)(?:they|it|we)\s+(?:(?:\p{L}+ly|had|has|have|would|will|could|was|were|is|are)\s+)*$/iu;
/** "…, who travelled with business leaders, had earlier met …": the relative clause closed, auxiliaries may follow. */
const CLOSED_RELATIVE = /,\s*(?:(?:had|has|have|was|were|is|are|also|already|earlier|later|then|\p{L}+ly)\s+)*$/iu;
/** Nothing but auxiliaries and adverbs between a relative pronoun and its verb: "who had already …". */
const AUXILIARIES_ONLY = /^\s*(?:(?:had|has|have|was|were|is|are|also|already|earlier|repeatedly|previously|once|then|\p{L}+ly)\s+)*$/iu;

/** "… said they threatened …": the verb at `pos` has a pronoun subject that names no entity, so nobody known acts. */
export function unresolvedSubject(doc: ArticleDoc, s: Sentence, pos: number): boolean {
  const from = clauseStart(doc, s, pos);
  const gap = doc.text.slice(from, pos);
  if (UNRESOLVED_PRONOUN.test(gap) && !actorMentions(doc, s, Math.max(from, pos - 24), pos).some((m) => /^(?:they|it|we)$/i.test(m.text))) return true;
  if (demonymSubject(doc, s, from, gap)) return true;
  // "warned that the collapse of order across the border threatened …": reported words whose subject is a thing, not anyone known.
  const that = THAT_THING_SUBJECT.exec(doc.text.slice(Math.max(s.start, pos - 90), pos));
  if (that && !actorMentions(doc, s, pos - that[0].length, pos).length) return true;
  // "voted against a resolution that blamed Moscow": what a document says is its own, not the act of one who opposes it
  // (a statement issued or a text adopted speaks for those who issued or adopted it).
  if (saidByDocument(doc, s, pos)) return true;
  if (namesNoActor(doc, s, pos)) return true;
  // "…, where military governments have expelled …", "after several donors suspended …": a subordinate clause whose own subject names nobody known.
  return from > s.start && SUBORDINATOR_AT_END.test(doc.text.slice(s.start, from)) && PLAIN_SUBJECT.test(gap) && !actorMentions(doc, s, from, pos).length;
}
/**
 * "…, and more than eighty countries backed the idea", "…, and groups of Chagossians complained": a coordinate clause whose
 * subject is a group nobody names.
 * "said Russia's war against Ukraine threatened the security of Europe": a thing of a state's that threatens a thing.
 */
function namesNoActor(doc: ArticleDoc, s: Sentence, pos: number): boolean {
  const before = doc.text.slice(Math.max(s.start, pos - 80), pos);
  if (THINGS_VERB.test(doc.text.slice(pos, pos + 30)) && POSSESSED_THING.test(before)) return true;
  const group = UNNAMED_GROUP_CLAUSE.exec(before);
  return !!group && !actorMentions(doc, s, pos - group[0].length, pos).length;
}
const POSSESSED_THING = /\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{Ll}-]+\s+){1,3}(?:(?:against|in|on|with|over)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?$/u;
/** "…, and French companies signed contracts": a subject that is a people's something, not the people, is nobody known. */
function demonymSubject(doc: ArticleDoc, s: Sentence, from: number, gap: string): boolean {
  const head = DEMONYM_NOUN_SUBJECT.exec(gap);
  if (!head) return false;
  const at = from + head.index + head[0].indexOf(head[1]!);
  return mentionsIn(doc, s.index).some((m) => m.label === 'Country' && m.via === 'demonym' && m.start === at);
}
/** Heads that name a people's private parties, not its state ("Israeli lawyers rejected …" still speaks for Israel). */
const DEMONYM_NOUN_SUBJECT = /(?:^\s*|,\s+and\s+|;\s+)(?:(?:the|some|several|many|other)\s+)?(\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:companies|company|firms|firm|businesses|executives|investors|banks|bank|lenders|carmakers|manufacturers|exporters|importers|producers|farmers|media|newspapers|voters|citizens|tourists|students|workers|fishermen|nationals)(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+(?:(?:had|has|have|also|\p{Ll}+ly)\s+)*$/u;
// "a resolution in the UN General Assembly that blamed Moscow … and called for …": the verb that starts a document's words,
// or one joined to them by "and"; the first group is the word before the document, the verb that governs it.
const DOCUMENT_THAT =
  /\b(\p{L}+)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:resolution|text|draft|motion|bill|law|report|proposal)(?:\s+(?:in|of|at|from|by|before)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?,?\s+(?:that|which)\s+(?:[^,;]*\sand\s+)?(?:also\s+)?$/u;
const RELATIVE_WORD = /\b(?:that|which)\s/;
const ISSUED = /^(?:issued|signed|adopted|released|published|drafted|proposed|sponsored|introduced|tabled|approved|passed|unveiled|presented)$/i;
/** Whether the verb at `pos` is what a document opposed or voted on says, not anyone's act. */
function saidByDocument(doc: ArticleDoc, s: Sentence, pos: number): boolean {
  const lead = doc.text.slice(Math.max(s.start, pos - 200), pos);
  // A cheap test first: subjectBefore runs for every verb, and most leads hold no relative "that" or "which".
  if (!RELATIVE_WORD.test(lead)) return false;
  const document = DOCUMENT_THAT.exec(lead);
  return !!document && !ISSUED.test(document[1]!);
}
const THAT_THING_SUBJECT = /\bthat\s+(?:the|a|an|any|such|this|these|those)\s+(?:[\p{Ll}-]+\s+){1,8}$/u;
/** Verbs a thing can do to a thing: "threatened peace", not "threatened to leave". */
const THINGS_VERB = /^(?:threaten(?:ed|s)?|endanger(?:ed|s)?|undermin(?:ed|es)|jeopardi[sz](?:ed|es))\s+(?!to\b)/;
const THING_SUBJECT_JOINED = new RegExp(
  `\\b(?:${SPEECH_ALT})\\s+(?:that\\s+)?((?:the|a|an|any|such|this|these|those)\\s+(?:[\\p{Ll}-]+\\s+){1,3})(?:(?:would|will|could|might|had|has|have|was|were|is|are)\\s+)?\\p{Ll}+[^,;.]*?\\s+and\\s+(?:(?:had|has|have|would|will|could|also)\\s+)?$`,
  'u',
);
const SUBORDINATOR_AT_END = /\b(?:after|before|since|until|when|where|while|whereas|because|as|once|which|whom)\s*$/i;
// "after a dispute over human rights froze ties": the thing may carry what it is about.
const PLAIN_SUBJECT =
  /^\s*(?:(?:the|a|an|some|several|many|most|other|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){1,3}(?:(?:over|of|about|on)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){1,3})?(?:(?:had|has|have|was|were|is|are|also|\p{Ll}+ly)\s+)*$/u;

/** Start of the clause holding `pos`: just after the last clause break before it. */
export function clauseStart(doc: ArticleDoc, s: Sentence, pos: number): number {
  let start = s.start;
  CLAUSE_BREAK.lastIndex = 0;
  const text = doc.text.slice(s.start, pos);
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    // "Oscar Arias, who drew up the plan, Guatemalan President Vinicio Cerezo and … agreed": a relative clause set off
    // by commas inside a list of names opens no clause of its own.
    if (/^who$/i.test(m[0]) && /,\s+$/.test(text.slice(0, m.index)) && CLOSED_IN_LIST.test(text.slice(m.index! + m[0].length))) continue;
    start = s.start + m.index! + m[0].length;
  }
  return start;
}
const CLOSED_IN_LIST = /^[^,;]{1,60},\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,6}[^,;]*?(?:,|\s+and)\s+/u;

/** "met Kim in Pyongyang and conveyed Putin's gratitude": a second verb with an object of its own has objects of its own. */
// "would cut ties with Taiwan and recognise Beijing": a base verb after "and" opens a second act too.
const SECOND_VERB = /\band\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|gave|sent|held|made|took|brought|recogni[sz]e)\s+(?=(?:the|a|an|his|her|their|its|him|them)\s|\p{Lu})/gu;
/** End of the clause that begins at or after `pos`. */
export function clauseEnd(doc: ArticleDoc, s: Sentence, pos: number): number {
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(doc.text.slice(pos, s.end));
  return m ? pos + m.index : s.end;
}

/**
 * Entity ids a mention stands for as an actor: a national body found by
 * pattern ("China's Foreign Ministry") acts for its country.
 */
export function actingIds(doc: ArticleDoc, m: Mention): string[] {
  return m.entityIds.map((id) => {
    const e = doc.entities.get(id);
    // A state's body named by pattern acts for the state; a firm named with its country acts for itself.
    if (e?.label === 'Organization' && m.via === 'pattern' && e.props.countryId && e.props.kind !== 'company') return e.props.countryId;
    return id;
  });
}

export function actorMentions(doc: ArticleDoc, s: Sentence, from: number, to: number, allowQuoted = false): Mention[] {
  return mentionsIn(doc, s.index).filter(
    (m) =>
      ACTOR_LABELS.has(m.label) &&
      m.entityIds.length > 0 &&
      !m.qualifier &&
      m.start >= from &&
      m.end <= to &&
      (allowQuoted || !insideQuote(doc, m.start)),
  );
}

// "The office of President Ramaphosa said", "a spokesman for Tinubu said": one who speaks for a person is that person acting.
const GROUP_OF =
  /\b(?:(?:leaders|representatives|officials|ministers|members|member\s+(?:states|countries|nations)|delegates|envoys|delegations|diplomats|heads|negotiators|governments?|administration|cabinet|juntas|authorities|presidents|premiers|office)\s+of|(?:spokes(?:man|woman|person)|aides?)\s+(?:for|to))\s+(?:the\s+)?$/i;
function isPrepositional(doc: ArticleDoc, s: Sentence, m: Mention): boolean {
  // "after he threatened": a nominative pronoun is a subject, whatever stands before it.
  if (/^(?:he|she|they|we)$/i.test(m.text)) return false;
  const before = doc.text.slice(Math.max(s.start, m.start - 32), m.start);
  // "Leaders of the Group of 20 backed …": the group acts through its people.
  if (GROUP_OF.test(before)) return false;
  if (PREPOSITION_BEFORE.test(before.slice(-24))) return true;
  // "chaired by Prime Minister Shehbaz Sharif": a person's title stands between the preposition and the name.
  if (m.label !== 'Person') return false;
  const untitled = doc.text.slice(Math.max(s.start, m.start - 64), m.start).replace(TITLE_BEFORE, '');
  if (GROUP_OF.test(untitled)) return false;
  // Not after a word that also opens a clause ("after President Trump announced" has Trump for subject).
  return PREPOSITION_BEFORE.test(untitled.slice(-24)) && !/\b(?:after|before|since|as|than|despite|during)\s+$/i.test(untitled);
}

// "Ethiopia's federal government and the TPLF": a country's government is the country.
// "Gazprom and the Ukrainian state company Naftogaz": what a firm is may stand before the second name.
const DESCRIBED_JOIN = /^\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:(?:state|state-owned|national|energy|oil|gas|power|defen[cs]e|arms|mining|telecoms?|shipping)\s+){0,2}(?:company|firm|group|operator|utility|giant|producer|agency|monopoly|corporation)\s+$/u;
// "Boris Yeltsin and the leaders of NATO's member states": a body told through its people joins the list too.
const PLAIN_JOIN = /^(?:['’]s\s+(?:\p{Ll}+\s+)?(?:government|authorities|administration|leadership))?\s*(?:,|,?\s+and|\s+&)\s+(?:the\s+)?(?:(?:other\s+)?(?:leaders|heads\s+of\s+(?:state|government)|representatives|envoys)\s+of\s+(?:the\s+)?)?$/iu;
// "Costa Rican President Oscar Arias, who drew up the plan, Guatemalan President …": a relative clause on one item stays with it.
const TITLED_JOIN = /^(?:,\s+who\s+[^,;]{1,60})?\s*(?:,|,?\s+and|\s+&)\s+(?:the\s+|his\s+|her\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for|leader|rebel|army|military|junta|separatist|militia|faction|party|movement|retired|chief|president|minister|premier|king|emir|counterpart|opposition|former|foreign|policy|prime|deputy|vice|chairman|chairwoman|chair|secretary|chancellor|envoy|ambassador|commander|general|top|diplomat|political|spiritual|supreme|interim|acting|transitional|national|security|adviser|advisor|defence|defense|trade|finance|interior|senior|special|representative|negotiator|(?:president|premier|prime\s+minister|chancellor)-(?:elect|designate))\s+){0,6}$/u;

/** "Saudi Arabia and Iran agreed": the mentions joined to `m` by "and" or commas, in order. */
// "…, three months after the government of Pedro Sanchez dropped its neutrality and backed …": a clause told as what came
// before or after has a subject of its own too.
// "… on Wednesday as the two leaders met … and raised …": a clause of a pair opened without a comma is one too.
const SUBORDINATE_OPENING = /(?:,\s+|\s+(?=(?:as|while|when)\s+(?:the\s+two|both)\s))(?:as|while|when|whereas|because|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|before|since|until))\s+(?=(?:the|a|an|its|their|his|her|\p{Lu}))/gu;
/** " and the Taliban's defence minister" ending where an appositive name opens. */
const ANDED_POST = /\s+and\s+(?:the\s+|his\s+|her\s+)?(?:[\p{L}.'’-]+\s+){0,4}?(?:minister|secretary|president|premier|chancellor|leader|envoy|chief|counterpart|negotiator|spokesman|spokeswoman|ambassador|commander)\s*$/iu;

/**
 * The country, party or body named right after a name ending at `end` ("Alija Izetbegovic of Bosnia", "Gerry Adams of
 * Sinn Fein"); "Nguyen Duy Trinh of North Vietnam": a half of a divided country names the country.
 */
export function ownerOfName(doc: ArticleDoc, sentence: number, end: number): Mention | undefined {
  const of = /^\s+of\s+(?:the\s+)?/.exec(doc.text.slice(end, end + 10));
  if (!of) return undefined;
  const at = end + of[0].length;
  const half = /^(?:North|South)\s+/.exec(doc.text.slice(at, at + 6))?.[0].length ?? 0;
  return mentionsIn(doc, sentence).find((x) => (x.label === 'Organization' || (x.label === 'Country' && x.via !== 'demonym')) && (x.start === at || x.start === at + half));
}

function coordinated(doc: ArticleDoc, s: Sentence, m: Mention, candidates: Mention[]): Mention[] {
  // "…, and the two sides signed": a group reference names all its members itself.
  if (m.entityIds.length > 1) return [m];
  // "…met Netanyahu, and he called for …": a subject pronoun opens a clause of its own.
  // "…to extradite Hasina, his press office said": a possessive pronoun starts a noun phrase of its own, not a list.
  // "…, and its foreign ministry summoned …": a body told through a possessive pronoun opens one too.
  if (/^(?:he|she|they|we|it|his|her|their|its)$/i.test(m.text) || ((m.via === 'pronoun' || m.label === 'Organization') && /^(?:its|their|his|her)\s/i.test(m.text))) return [m];
  const group = [m];
  let head = m;
  // Where the item at the head of the list begins: "China's top diplomat Wang Yi" begins at "China's".
  let headStart = m.start;
  let commaOnly = false;
  // "Alija Izetbegovic of Bosnia, Slobodan Milosevic of Serbia and Franjo Tudjman …": a person's country told after the
  // name belongs to that item of the list; the gap to the next item starts after it.
  const ownCountries = new Map<Mention, number | undefined>();
  const ofCountryEnd = (p: Mention) => {
    if (p.label !== 'Person') return undefined;
    if (!ownCountries.has(p)) {
      ownCountries.set(p, ownerOfName(doc, s.index, p.end)?.end);
    }
    return ownCountries.get(p);
  };
  for (const c of candidates) {
    if (c.end > headStart) continue;
    // "Joshua Nkomo of the Patriotic Front and Bishop Abel Muzorewa": so is the body a person is told to belong to.
    if ((c.label === 'Country' || c.label === 'Organization') && candidates.some((p) => ofCountryEnd(p) === c.end)) continue;
    // "Sullivan and China's top diplomat Wang Yi": a state owning the person's post is part of that item, not one of its own.
    if (c.label === 'Country' && c.possessive && head.label === 'Person' && headStart === head.start && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(doc.text.slice(c.end, head.start))) {
      headStart = c.start;
      continue;
    }
    // "and his guest": a possessive pronoun belongs to the noun after it.
    // "and his Egyptian counterpart Badr Abdelatty": so does a post between it and the name.
    if (POSSESSIVE_PRONOUN.test(c.text) && /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*|counterpart|guest|host|colleague|deputy)\s+)*$/u.test(doc.text.slice(c.end, headStart))) continue;
    const gap = doc.text.slice(ofCountryEnd(c) ?? c.end, headStart);
    // "the Ukrainian state company Naftogaz": a demonym describing the body is no item of the list.
    if (c.via === 'demonym' && head.label === 'Organization' && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(gap)) continue;
    // Between two people the second one's title may stand: "Vucic and Kosovo Prime Minister Albin Kurti".
    const joined = head.label === 'Person' && c.label === 'Person' ? TITLED_JOIN.test(gap) : PLAIN_JOIN.test(gap) || (head.label === 'Organization' && c.label === 'Organization' && DESCRIBED_JOIN.test(gap));
    // "… between Iran and Pakistan, and the United Nations urged …": an object of a preposition, or one listed with it, joins no subject.
    // "alongside Putin and Chinese Vice President Han Zheng": a listed person's title and country stand between the list and the name.
    const beforeListed = doc.text.slice(Math.max(s.start, c.start - 60), c.start);
    // "Izetbegovic of Bosnia, Slobodan Milosevic …": the "of" before is the previous person's country, not a preposition over this one.
    const afterOwnCountry =
      c.label === 'Person' &&
      candidates.some((p) => {
        const end = p.end < c.start ? ofCountryEnd(p) : undefined;
        return end !== undefined && end <= c.start && /^\s*,?\s*(?:and\s+)?$/.test(doc.text.slice(end, c.start));
      });
    const listed = afterOwnCountry ? null : PREPOSITIONAL_LIST.exec(beforeListed) ?? (c.label === 'Person' ? PREPOSITIONAL_LIST.exec(beforeListed.replace(TITLE_BEFORE, '').replace(/(?:\p{Lu}[\p{L}-]*\s+)+$/u, '')) : null);
    const groupList = listed && GROUP_OF_LIST.test(doc.text.slice(Math.max(s.start, c.start - 80), c.start));
    if (!joined || isPrepositional(doc, s, c) || (listed && !groupList)) break;
    // "among them Senators McCain and Kerry, Clinton said": a list ends at its "and", so a pair joined by "and" before an
    // item set off by a comma alone is no part of that item's list.
    const anded = /\band\b|&/.test(gap);
    // Not "Kabila and the leaders of Angola, Namibia and Zimbabwe": "and" before a group's list opens that list.
    if (anded && commaOnly && !/\bof\s+(?:the\s+)?$/.test(gap)) return [m];
    // "the emir of Qatar, Sheikh Tamim": the post and the country closing it stand before the name's own comma.
    // "…, S. Jaishankar and Aizaz Chaudhry, Pakistan promised": a state after a comma that closes a list of people is no item of it.
    if (!anded && (c.label === head.label || (c.label === 'Person' && head.label === 'Country')) && !c.entityIds.some((id) => head.entityIds.includes(id))) commaOnly = true;
    group.unshift(c);
    head = c;
    headStart = c.start;
  }
  return group;
}

/**
 * The subject of a verb at `pos`, as mentions (several when coordinated):
 * the nearest actor before it in its clause that is not a prepositional
 * object, skipping an appositive (", attending the NATO summit in Vilnius,").
 * Returns [] when the subject is a noun phrase that names no entity.
 * When the clause has no subject of its own, the subject is taken from
 * the speech verb that opens it ("Blinken said during meetings with …") or,
 * for a verb joined by "and", from the start of the sentence.
 */
const PAIR_AROUND_APPOSITIVE = /^([^,;]{3,80}),\s+(?:on|during|in|at)\s+[^,;]{1,70},\s+and\s+([^,;]{3,80}?)\s*$/u;
/** A plural post whose holders an appositive names next ("the two foreign ministers, A and B,"). */
const GROUP_NAMED_AFTER = /\b(?:ministers|leaders|presidents|premiers|envoys|counterparts|chiefs|negotiators|secretaries|advisers|advisors)\s*$/i;
export function subjectBefore(doc: ArticleDoc, s: Sentence, pos: number, allowQuoted = false): Mention[] {
  if (saidByDocument(doc, s, pos)) return [];
  // "Abe, on a three-day visit to India, and Modi agreed …": a phrase set off by commas inside a pair of subjects.
  const paired = PAIR_AROUND_APPOSITIVE.exec(doc.text.slice(s.start, pos));
  if (paired) {
    const last = (ms: Mention[]) => (ms.some((m) => m.label === 'Person') ? ms.filter((m) => m.label === 'Person') : ms).slice(-1);
    const first = last(actorMentions(doc, s, s.start, s.start + paired[1]!.length, allowQuoted));
    const second = last(actorMentions(doc, s, pos - paired[2]!.length, pos, allowQuoted));
    if (first.length && second.length) return [...first, ...second];
  }
  const from = clauseStart(doc, s, pos);
  let gapEnd = pos;
  const lead = doc.text.slice(from, pos);
  // "Chen and Chiang Pin-kung, chairman of the Straits Exchange Foundation, also agreed": an adverb may stand after the comma.
  const closing = /,\s*(?:(?:also|then|later|jointly|together|both)\s+)?$/;
  if (closing.test(lead)) {
    // An appositive closes right before the verb: the subject stands before its opening comma.
    const open = lead.slice(0, lead.replace(closing, '').length).lastIndexOf(',');
    if (open >= 0) gapEnd = from + open;
    // "The Japanese and Chinese foreign ministers, Takeshi Iwaya and Wang Yi, met …": people named after a plural post act.
    if (open >= 0 && GROUP_NAMED_AFTER.test(lead.slice(0, open))) {
      const named = actorMentions(doc, s, from + open, pos, allowQuoted);
      if (named.length >= 2 && named.every((m) => m.label === 'Person')) return named;
    }
  }
  const gap = doc.text.slice(from, pos);
  // "Pena, whose country still recognises Taiwan, said …": a relative clause set off by commas before the verb is no
  // subject; the one it describes stands before it.
  const describing = /,\s+(?:whose|who)\b[^,;]*,\s*$/.exec(doc.text.slice(s.start, pos));
  if (describing) return subjectBefore(doc, s, s.start + describing.index, allowQuoted);
  if (demonymSubject(doc, s, from, gap)) return [];
  if (namesNoActor(doc, s, pos)) return [];
  // "… thanked Putin but asked him …": a verb right after "but" shares the sentence's subject too.
  const afterBut = !gap.trim() && /\bbut\s*$/i.test(doc.text.slice(s.start, from));
  if (COORDINATED_VERB.test(gap) || afterBut) {
    // "… visited Israel and met …": the verb shares the subject of the sentence; in reported words ("Misri said that
    // Modi raised … and urged …"), the subject of the words.
    const opener = doc.text.slice(s.start, from);
    // "said India would upgrade its mission and would send relief": a modal joined by "and" goes on with the subject
    // of the modal before it, inside the reported words.
    if (/^(?:would|will)\b/.test(doc.text.slice(pos, pos + 6))) {
      // The nearest modal before it, in the same reported words; "said the agreement would give … and would support …"
      // has a thing for subject, so no one known acts.
      const modal = [...doc.text.slice(from, pos).matchAll(/\s(?:would|will)\b/g)].at(-1);
      if (modal) {
        const at = from + modal.index!;
        const subject = actorMentions(doc, s, s.start, at, allowQuoted).filter((x) => !doc.text.slice(x.end, at).trim()).at(-1);
        return subject ? [subject] : /\b(?:the|this|that|these|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.test(doc.text.slice(from, at)) ? [] : mainSubject(doc, s, pos, allowQuoted);
      }
      // "said Washington wanted closer ties and would keep supporting …": the subject that opens the reported words.
      const opening = actorMentions(doc, s, from, pos, allowQuoted).sort((a, b) => a.start - b.start)[0];
      if (opening && /^\s*(?:that\s+)?$/.test(doc.text.slice(from, opening.start)) && SPEECH_AT_END.test(opener)) return [opening];
    }
    // "Trump left the summit early, as the leaders of the group called for … and said …": a verb joined inside a
    // clause of its own ("as", "while", "when") shares that clause's subject, or none the text names.
    const upTo = doc.text.slice(s.start, pos);
    const subordinate = [...upTo.matchAll(SUBORDINATE_OPENING)].at(-1);
    if (subordinate && !/[,;]/.test(upTo.slice(subordinate.index! + subordinate[0].length))) {
      const at = s.start + subordinate.index! + subordinate[0].length;
      const own = actorMentions(doc, s, at, pos, allowQuoted).sort((a, b) => a.start - b.start).find((m) => !isPrepositional(doc, s, m));
      return own && own.start - at < 40 ? [own] : [];
    }
    // "Kenyatta said the judgment would strain relations and threatened peace": a thing's verb joined inside reported
    // words whose subject is a thing shares that subject, not the speaker's ("… and urged China" stays the speaker's).
    const joined = THINGS_VERB.test(doc.text.slice(pos, pos + 40)) ? THING_SUBJECT_JOINED.exec(doc.text.slice(Math.max(s.start, pos - 160), pos)) : null;
    if (joined) {
      const subjectAt = pos - joined[0].length + joined[0].indexOf(joined[1]!);
      if (!actorMentions(doc, s, subjectAt, subjectAt + joined[1]!.length, allowQuoted).length) return [];
    }
    // "…, the Saudi Press Agency said, and agreed …": a parenthetical source is not the one who agreed.
    const speech = from > s.start ? opener.search(SPEECH_AT_END) : -1;
    if (speech >= 0 && !/,\s+(?:the\s+|a\s+|an\s+)?[^,]{1,60}\s*$/.test(opener.slice(0, speech))) {
      const shared = subjectBefore(doc, s, s.start + speech, allowQuoted);
      if (shared.length) return shared.slice(-1);
    }
    // "Xi told parliament that China would always stand by Pakistan and asked Islamabad …": a past tense joined to reported
    // words told with a modal goes back to the speaker, whose tense it shares.
    // "Li said China would keep opening its economy and urged …": the same with "that" left out.
    if ((SPEECH_THAT.test(opener) || SPEECH_BARE.test(opener)) && REPORTED_MODAL.test(gap) && PAST_VERB_AT.test(doc.text.slice(pos, pos + 20))) {
      const speech = [...opener.matchAll(SPEECH_VERB)].at(-1);
      if (speech) {
        const speaker = subjectBefore(doc, s, s.start + speech.index!, allowQuoted);
        if (speaker.length) return speaker;
      }
    }
    // "… that would help South Africa move away from coal, and urged": a relative "that" is no reported clause.
    const own = SPEECH_THAT.test(opener) ? actorMentions(doc, s, from, pos, allowQuoted).sort((a, b) => a.start - b.start).find((m) => !isPrepositional(doc, s, m)) : undefined;
    if (own) return [own];
    // "The crown prince and his guest reviewed …, and agreed …": the whole coordinated subject.
    return mainSubject(doc, s, pos, allowQuoted);
  }
  // "Viktor Orban, who had threatened to block …": the person the relative clause hangs on;
  // "General Tiani, who leads the junta, rejected …": once the clause closes, the same person.
  // "Oman, which has mediated between …, condemned …": the same for a body or country and "which".
  const relative = /,\s*(who|which)\s*$/i.exec(doc.text.slice(s.start, from));
  if (from > s.start && relative && ((relative[1]!.toLowerCase() === 'who' && AUXILIARIES_ONLY.test(gap)) || CLOSED_RELATIVE.test(gap))) {
    const antecedent = actorMentions(doc, s, s.start, from, allowQuoted).find((m) => /^,\s*(?:who|which)\s*$/i.test(doc.text.slice(m.end, from)));
    if (antecedent) return [antecedent];
  }
  // "… said they threatened …", "… confirmed it had signed …": a subject pronoun nobody resolved is still a subject of its own.
  if (UNRESOLVED_PRONOUN.test(gap) && !actorMentions(doc, s, pos - 24, pos, allowQuoted).some((m) => /^(?:they|it|we)$/i.test(m.text))) return [];
  let candidates = actorMentions(doc, s, from, gapEnd, allowQuoted).sort((a, b) => b.start - a.start);
  // "Asif and the Taliban's defence minister, Mullah Mohammad Yaqoob, signed": the person the appositive names joins
  // the subject in place of the post before it.
  if (gapEnd < pos) {
    const named = actorMentions(doc, s, gapEnd, pos, allowQuoted).filter((m) => m.label === 'Person');
    const post = ANDED_POST.exec(doc.text.slice(from, gapEnd));
    if (named.length === 1 && post) {
      const before = actorMentions(doc, s, from, from + post.index, allowQuoted).sort((a, b) => b.start - a.start);
      const first = before.find((m) => m.label === 'Person' && m.end <= from + post.index);
      if (first && first === before[0] && /^\s*$/.test(doc.text.slice(first.end, from + post.index))) return [...coordinated(doc, s, first, before), named[0]!];
    }
  }
  // "Tsikhanouski's wife, the opposition leader Sviatlana Tsikhanouskaya, thanked …": a possessive names whose the
  // subject is; the person the appositive names is the subject.
  if (gapEnd < pos && candidates[0]?.possessive && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*$/u.test(doc.text.slice(candidates[0].end, gapEnd))) {
    const named = actorMentions(doc, s, gapEnd, pos, allowQuoted).filter((m) => m.label === 'Person');
    if (named.length === 1) return named;
  }
  // "The chiefs of staff of Egypt and Israel, General Mohamed el-Gamasy and General David Elazar, signed": the people an
  // appositive names after a plural post of some states are the subject.
  if (gapEnd < pos && GROUP_POST_OF.test(doc.text.slice(from, gapEnd))) {
    const named = actorMentions(doc, s, gapEnd, pos, allowQuoted);
    if (named.length >= 2 && named.every((m) => m.label === 'Person')) return named;
  }
  // "South Korea's new president, Lee Jae-myung, held …": with nobody before the appositive, the person it names.
  if (!candidates.length && gapEnd < pos) candidates = actorMentions(doc, s, gapEnd, pos, allowQuoted).filter((m) => m.label === 'Person').slice(0, 1);
  for (const m of candidates) {
    // "days after the United States doubled its tariffs": a conjunction, not a preposition, when its noun has the verb.
    if (isPrepositional(doc, s, m) && !(CONJUNCTION_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 16), m.start)) && AUXILIARIES_ONLY.test(doc.text.slice(m.end, pos)))) continue;
    // "Hamas, Fatah and twelve other Palestinian factions signed": the named ones are the subject.
    // "the United States and the other permanent members of the Security Council agreed": so are the named members of a body.
    if ((m.via === 'demonym' && OTHER_GROUP.test(doc.text.slice(Math.max(from, m.start - 30), m.start))) || OTHER_MEMBERS_OF.test(doc.text.slice(Math.max(from, m.start - 60), m.start))) {
      const named = candidates.filter((c) => c.start < m.start && !isPrepositional(doc, s, c));
      if (named.length) return coordinated(doc, s, named[0]!, named);
    }
    // "…, a proposal Arab governments quickly rejected": the verb has a subject of its own after the comma.
    if (REDUCED_RELATIVE.test(doc.text.slice(m.end, pos))) return [];
    return coordinated(doc, s, m, candidates);
  }
  if (NON_ENTITY_SUBJECT.test(gap)) return [];
  const opener = doc.text.slice(s.start, from);
  if (from > s.start && RELATIVE_OPENER.test(opener) && !gap.trim()) {
    // "… led a delegation that met …": the relative clause continues the main subject's action.
    const main = actorMentions(doc, s, s.start, from, allowQuoted).find((m) => !isPrepositional(doc, s, m));
    return main ? [main] : [];
  }
  if (from > s.start && SPEECH_AT_END.test(opener)) {
    const speechPos = s.start + opener.search(SPEECH_AT_END);
    return subjectBefore(doc, s, speechPos, allowQuoted);
  }
  return [];
}

const GROUP_POST_OF = /^\s*(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:chiefs|ministers|leaders|presidents|premiers|heads|envoys|commanders|negotiators|representatives|generals)(?:\s+of\s+(?:staff|state|government|the\s+armed\s+forces))?\s+of\s+(?:the\s+)?\p{Lu}[^,;]*$/iu;
const POSSESSED_POST = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:\s+(?:of|for)(?:\s+[\p{L}-]+){1,3})?,\s+(?:(?:Captain|Colonel|General|Sheikh|Dr\.)\s+)?$/u;
/** "…, with President Gorbachev looking on" (text from "with"): one who watched, not a party to the act. */
export const ONLOOKER = /^with\s+[^,;]{2,60}?\s+(?:looking\s+on|watching|in\s+attendance|present|at\s+(?:his|her|their)\s+side)\b/;
const GROUP_OF_LIST = /\b(?:[Ll]eaders|[Rr]epresentatives|[Oo]fficials|[Mm]inisters|[Dd]elegations|[Ee]nvoys|[Hh]eads of state|[Hh]eads of government|[Gg]overnments|[Jj]untas|[Pp]residents|[Pp]remiers)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*(?:,\s+|,?\s+and\s+))*$/u;

/** The subject of the sentence: its first actor that is no prepositional object, with those coordinated with it. */
export function mainSubject(doc: ArticleDoc, s: Sentence, pos: number, allowQuoted = false): Mention[] {
  const before = actorMentions(doc, s, s.start, pos, allowQuoted).sort((a, b) => a.start - b.start);
  let first = before.find((m) => !isPrepositional(doc, s, m));
  if (!first) return [];
  // "Tsikhanouski's wife, the opposition leader Sviatlana Tsikhanouskaya, …": the person the appositive after a possessed noun names.
  const possessed = first.possessive ? /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*,\s+/u.exec(doc.text.slice(first.end, pos)) : null;
  if (possessed) {
    const named = before.find((m) => m.label === 'Person' && m.start >= first!.end + possessed[0].length && m.start - first!.end - possessed[0].length < 60 && /^\s*,/.test(doc.text.slice(m.end, m.end + 2)));
    if (named) first = named;
  }
  const group = [first];
  // "and his guest": a possessive pronoun belongs to the noun after it.
  for (const m of before.filter((x) => x.start > first.start && !POSSESSIVE_PRONOUN.test(x.text))) {
    if (!PLAIN_JOIN.test(doc.text.slice(group.at(-1)!.end, m.start)) && !(m.label === 'Person' && TITLED_JOIN.test(doc.text.slice(group.at(-1)!.end, m.start)))) break;
    group.push(m);
  }
  return group;
}

// "led by former prime minister Janez Jansa": a title in lowercase, or a former one, stands there too.
const TITLE_BEFORE = new RegExp(`(?:(?:former|then|ex-)\\s*)?(?:${TITLE_ALT})\\s+$`, 'iu');
/** "banned seafood imports from Japan": a trade flow names its partner after a preposition. */
const TRADE_PARTNER = /\b(?:imports|exports|goods|products|shipments|purchases|ambassadors?|envoys?|diplomats?)\s+(?:from|to|in)\s+(?:the\s+)?$/i;

const PLAIN_OBJECT = /^\s+(?:(?:the|a|an|some|many|several)\s+)?\p{Ll}/u;
// "relatives of citizens held hostage by Hamas": the doer of a reduced passive on a plain object is no party either.
const REDUCED_PP_BEFORE = /\b(?:[a-z]+ed|taken|held|sent|born|built|made|kept|seen|known|driven|flown|stolen|brought)\s+(?:(?:hostage|captive|prisoner)\s+)?(?:to|in|into|from|at|by)\s+(?:the\s+)?$/;
/** Actors named after a verb up to `end`, skipping places, times and side remarks. */
export function objectsAfter(doc: ArticleDoc, s: Sentence, pos: number, end: number, exclude: string[], allowQuoted = false, stopAtInfinitive = false): string[] {
  const remark = SIDE_REMARK.exec(doc.text.slice(pos, end));
  SECOND_VERB.lastIndex = 0;
  const verb = SECOND_VERB.exec(doc.text.slice(pos, end));
  const stop = Math.min(remark ? pos + remark.index : end, verb ? pos + verb.index : end);
  const out: string[] = [];
  for (const m of actorMentions(doc, s, pos, stop, allowQuoted).sort((a, b) => a.start - b.start)) {
    // "asked Turkey to approve Sweden's membership": what follows the infinitive is the request, not its target.
    // A request's target is asked before the infinitive: "called for the constitution to define South Korea as …".
    if ((out.length || stopAtInfinitive) && INFINITIVE.test(doc.text.slice(pos, m.start))) break;
    const before = doc.text.slice(Math.max(pos, m.start - 40), m.start);
    // "hosted the leaders of Australia, India and Japan": the people of a country stand for it.
    // "received Secretary of State Marco Rubio": the "of" of a title before a name is no place.
    // "met families of Ukrainian children taken to Russia": a place in a reduced relative on a plain noun object is no party.
    if (PLAIN_OBJECT.test(doc.text.slice(pos, pos + 40)) && REDUCED_PP_BEFORE.test(before)) continue;
    // "held several hours of talks with Gorbachev": the "with" right before the name governs it, not the "of" before that.
    if (NON_TARGET_PREPOSITION.test(before) && !/\bwith\s+$/i.test(before) && !TITLE_BEFORE.test(before) && !TRADE_PARTNER.test(doc.text.slice(Math.max(s.start, m.start - 40), m.start)) && !GROUP_OF_LIST.test(doc.text.slice(Math.max(pos, m.start - 80), m.start))) continue;
    if (m.possessive) {
      // "shook hands with the group's commander, Antonio Garcia": the person the possessed post names.
      const named = actorMentions(doc, s, m.end, stop, allowQuoted).find((x) => x.label === 'Person' && POSSESSED_POST.test(doc.text.slice(m.end, x.start)));
      if (named) {
        for (const id of named.entityIds) if (!exclude.includes(id) && !out.includes(id)) out.push(id);
        break;
      }
    }
    for (const id of actingIds(doc, m)) if (!exclude.includes(id) && !out.includes(id)) out.push(id);
    // "condemned Iran's attack on Israel": what follows a possessor belongs to its noun phrase.
    if (out.length >= 4 || (m.possessive && /^['’]s?\s+\p{Ll}/u.test(doc.text.slice(m.end, m.end + 4)))) break;
  }
  return out;
}
