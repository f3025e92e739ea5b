import { ids } from '../domain/ids';
import { addMention, mentionsIn, removeMention, upsertEntity, type ArticleDoc, type Mention, type Sentence } from './article-doc';
import { ownerOfName, RECEIVING_GUEST } from './clauses';
import { FAMILY_NAME_FIRST, GIVEN_NAMES, VIETNAMESE_FAMILY_NAMES, HONORIFICS, isVenueName, KNOWN_OFFICIALS, nameOnDate, ORG_SUFFIXES, REGNAL_NAMES, ROLE_WORDS, SEATS_OF_GOVERNMENT, SPEECH_VERBS } from './lexicons';
import { MONTHS_AND_DAYS, NAME, NOT_NAME_START, NOT_NAME_TOKEN, PRIVATE_ROLES, ROLE_NOUN_BEFORE, tokens } from './name-patterns';
import type { PipelineComponent } from './pipeline';
import { TITLE_ALT, titleEntry } from './titles';

/**
 * People by their full names, found three ways:
 * 1. after a title: "Secretary of State Antony Blinken", "former House Speaker Nancy Pelosi";
 * 2. before an appositive role: "Wang Yi, China's top foreign policy official, …";
 * 3. by name cues: a known given name or East-Asian family name first, or a
 *    speech verb beside the name ("…, said Jake Sullivan").
 * Titles become roles, with the country or organization that qualifies them.
 * Single surnames, role phrases and pronouns are left to the resolution component.
 */
/** Words that say when or how someone holds a title ("former", "caretaker"), between a country and the title too. */
const TITLE_MODIFIERS = 'former|then-|acting|outgoing|incoming|late|interim|caretaker|transitional';
const MODIFIER = `(?:(${TITLE_MODIFIERS})\\s*)?`;
/** "China's Foreign Minister", "Lebanese caretaker Prime Minister": what may stand between a qualifying country and its title. */
const QUALIFIER_GAP = new RegExp(`^(?:['’]s?)?\\s*(?:(?:new|${TITLE_MODIFIERS})\\s*)?$`);
const LISTED_AFTER_POSTS =
  /\b(?:secretaries|ministers|presidents|premiers|prime\s+ministers|chancellors|envoys|ambassadors|negotiators|advisers|advisors|spokesmen|commanders),\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:and\s+)?$/u;
const TITLED = new RegExp(`(?<![\\p{L}])${MODIFIER}(${TITLE_ALT})\\s+(?:(?:${HONORIFICS.map((h) => h.replace('.', '\\.')).join('|')})\\s+)?(${NAME})`, 'gu');
/** Portfolios named before "Minister" or "Secretary": "Health Secretary", "Economy Minister", "Public Safety Minister". */
const PORTFOLIO_BEFORE =
  /(?<![\p{L}])((?:(?:Economy|Economic|Health|Energy|Justice|Home|Finance|Labour|Labor|Education|Agriculture|Environment|Transport|Industry|Culture|Digital|Homeland|Security|Public|Safety|Information|Water|Resources|Strategic|Climate|Development|Science|Technology|Tourism|Communications|Immigration|Planning|Mines|Mining|Petroleum|Oil|Investment|Fisheries|Housing|Infrastructure|Cabinet|Press|Europe|European|Budget|Foreign\s+Trade)\s+){1,2})$/u;
const TITLE_WORDS = new Set('Foreign Affairs Minister Ministry State Secretary Defense Defence Interior Prime Deputy Vice Trade Finance Economy Justice Home Senior Special Chief Head'.split(' '));
const ACTS_AFTER = /^\s+(?:signed|met|visited|agreed|urged|warned|accused|rejected|thanked|praised)\b/;
const TITLE_THEN_NAME = new RegExp(`(?<![\\p{L}])(${TITLE_ALT}|commander|chief|spokesman|spokeswoman|adviser|advisor)(?:\\s+(?:of|in|to)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?,\\s+(?:(?:${HONORIFICS.map((h) => h.replace('.', '\\.')).join('|')}|Captain|Colonel|Major|Lieutenant|General|Admiral|Col\\.|Lt\\.|Gen\\.)\\s+)?(${NAME})(?=,|\\.|\\s+(?:said|says|told)\\b)`, 'gu');
/** "Senators John McCain and John Kerry", "Foreign Ministers Wang Yi and Sergei Lavrov": a plural title before a list of names. */
const PLURAL_TITLED = new RegExp(`(?<![\\p{L}])(${TITLE_ALT})s\\s+((?:${NAME})(?:,\\s+(?:${NAME}))*,?\\s+and\\s+(?:${NAME}))`, 'gu');
const LIST_SEPARATOR = /,\s+and\s+|,\s+|\s+and\s+/g;
const PLURAL_CUE = /\p{L}s\s+\p{Lu}[^.;]*?\sand\s+\p{Lu}/u;
const VESSEL_BEFORE = /\b(?:ship|liner|warship|carrier|destroyer|frigate|cruiser|submarine|vessel|yacht|tanker|freighter|ferry|icebreaker|USS|HMS)\s+$/;
const NAMED_PLACE_AFTER =
  /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:Hotel|Palace|Airport|Street|Avenue|Square|Bridge|Stadium|Hospital|University|Museum|Hall|Park|Road|Causeway|Mosque|Cathedral|Station|Centre|Center|Institute|School|College|Foundation|Prize|Award|Boulevard|Highway|Canal|Dam|Port|Library)\b/u;
const CAP_RUN = new RegExp(`(?<![\\p{L}'])(${NAME})`, 'gu');
const SPEECH = new RegExp(`^\\s*,?\\s*(?:${SPEECH_VERBS.join('|')})\\b`, 'u');
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')}),?\\s*$`, 'u');
const PRIVATE_ROLE = new RegExp(`^(?:${PRIVATE_ROLES})$`, 'i');
const APPOSITIVE = new RegExp(
  `^,\\s+(?!(?:in|at|on|for|with|by|from|to|during|after|before|as|while|when|where)\\s)(?:the\\s+|a\\s+|an\\s+)?(former\\s+|then-)?((?:(?!(?:by|of|to|for|from|with|visit|trip|meeting|time)\\s)[\\p{L}.'’-]+\\s+){0,6}?)(${TITLE_ALT}|${ROLE_WORDS.join('|')}|${PRIVATE_ROLES})(?:\\s+(?:of|to|for)\\s+[^,]{1,40})?(?=,|\\s+(?:said|says|told|who)\\b|\\.$)`,
  'u',
);

interface NameSpan {
  start: number;
  end: number;
  name: string;
}

/** Cuts a matched run at the first token that cannot belong to a name; trims a sentence-final period. */
function trimName(text: string, start: number): NameSpan | null {
  // "Foreign Minister Prince Faisal bin Farhan", "Sheikh Tamim bin Hamad Al Thani", "army chief General Abdel Fattah al-Burhan": a rank between title and
  // name is no part of the name. Not "General Secretary To Lam" or "General Assembly", where the word opens a title or a body.
  const rank = /^(?:Prince|Princess|Sheikh|Sheikha|(?:(?:Lieutenant|Major|Brigadier|Air\s+Chief)\s+)?(?:General|Marshal)|Field\s+Marshal|(?:Vice\s+|Rear\s+)?Admiral|(?:Lieutenant\s+)?Colonel)\s+(?!(?:Secretary|Assembly|Staff|Council|Prosecutor|Directorate|Command)\b)(?=\p{Lu}\S*\s+\S)/u.exec(text);
  if (rank) return trimName(text.slice(rank[0].length), start + rank[0].length);
  const toks = tokens(text);
  const kept: string[] = [];
  for (const t of toks) {
    const bare = t.replace(/\.$/, '');
    if (NOT_NAME_TOKEN.has(bare)) break;
    kept.push(t);
  }
  if (!kept.length) return null;
  let name = kept.join(' ');
  // A sentence's full stop is not part of a name, but the one of "Jr." is.
  if (/\p{L}{2,}\.$/u.test(name) && !/\b(?:Jr|Sr)\.$/.test(name)) name = name.slice(0, -1);
  return { start, end: start + name.length, name };
}

/**
 * "Foreign Minister Israel Katz": after a title, a country name that opens a longer
 * capitalized name is the person's given name, not the country.
 */
function releaseGivenNameCountry(doc: ArticleDoc, s: Sentence, span: NameSpan): void {
  if (tokens(span.name).length < 2) return;
  // "President Santiago Pena": a capital's name, too, opens a titled name as a given name.
  const first = mentionsIn(doc, s.index).find((m) => m.label === 'Country' && (m.via === 'alias' || m.via === 'capital') && m.start === span.start && m.end < span.end);
  if (!first) return;
  removeMention(doc, first);
  for (const id of first.entityIds) if (!doc.mentions.some((m) => m.entityIds.includes(id))) doc.entities.delete(id);
}

function overlapsOther(doc: ArticleDoc, s: Sentence, start: number, end: number): boolean {
  return mentionsIn(doc, s.index).some((m) => m.label !== 'Topic' && m.label !== 'Person' && m.start < end && start < m.end);
}

function qualifierBefore(doc: ArticleDoc, s: Sentence, pos: number): Mention | undefined {
  // "China's Foreign Minister", "Chinese President", "U.S. Secretary of State", "NATO Secretary-General", "South Korea's new president"
  return mentionsIn(doc, s.index).find(
    (m) =>
      (m.label === 'Country' || m.label === 'Organization') &&
      m.end <= pos &&
      // "Chad's transitional president": after a possessive, a word or two of description may stand too.
      (QUALIFIER_GAP.test(doc.text.slice(m.end, pos)) ||
        (m.possessive && /^['’]s?\s+(?:[\p{Ll}-]+\s+){1,2}$/u.test(doc.text.slice(m.end, pos)))),
  );
}

function addPerson(doc: ArticleDoc, s: Sentence, span: NameSpan): string {
  // "Prince Faisal" after "Prince Faisal bin Farhan": one name alone is the person already known by it.
  const known = tokens(span.name).length === 1 ? [...doc.entities.values()].filter((e) => e.label === 'Person' && e.aliases.has(span.name)) : [];
  const dated = nameOnDate(span.name, doc.article.publishedAt);
  const id = known.length === 1 ? known[0]!.id : ids.person(dated);
  const e = upsertEntity(doc, id, 'Person', dated, s.index);
  if (dated !== span.name) e.aliases.add(span.name);
  const toks = tokens(span.name);
  if (toks.length > 1) {
    const familyFirst = FAMILY_NAME_FIRST.has(toks[0]!) && toks.length <= 3;
    const surname = familyFirst ? toks[0]! : toks[toks.length - 1]!;
    e.aliases.add(surname);
    // "Pham Minh Chinh" is "Chinh", "Bui Thanh Son" "Son": Vietnamese names are shortened to their last word.
    if (VIETNAMESE_FAMILY_NAMES.has(toks[0]!) && toks.length <= 4) e.aliases.add(toks[toks.length - 1]!);
    // "el-Sisi" is also written "Sisi".
    const bare = /^(?:al|el|ad|ash|bin|ibn|abu)-(\p{Lu}[\p{L}\p{M}-]+)$/u.exec(surname)?.[1];
    if (bare) e.aliases.add(bare);
    // "Luiz Inacio Lula da Silva" is "Lula": the name before a particle is how second references run.
    const particle = toks.findIndex((t, i) => i >= 2 && /^(?:da|de|do|dos|das|di|del|van|von)$/.test(t));
    if (particle > 0) e.aliases.add(toks[particle - 1]!);
    // "Ursula von der Leyen" is "von der Leyen", and "Von der Leyen" at the start of a sentence.
    if (!familyFirst && /^(?:von|van|de|da|di|del|der|den|du|le|la)$/.test(toks[1] ?? '') && toks.length >= 3) {
      const rest = toks.slice(1).join(' ');
      e.aliases.add(rest);
      e.aliases.add(rest[0]!.toUpperCase() + rest.slice(1));
    }
    // "Ali Bongo Ondimba" is "Bongo": a middle name that is no given name is how second references run too.
    if (!familyFirst && toks.length === 3 && particle < 0 && /^\p{Lu}\p{Ll}+$/u.test(toks[1]!) && !GIVEN_NAMES.has(toks[1]!)) e.aliases.add(toks[1]!);
    // "Abiy Ahmed" is "Abiy", "Anwar Ibrahim" "Anwar": where a patronym follows, the first name is how second references
    // run. It only counts where the text uses it alone, so "Paul" stays unused for "Paul Kagame".
    // "Samia Suluhu Hassan" is "Samia" too: with three names and no particle the first may be how she is called.
    if (!familyFirst && (toks.length === 2 || (toks.length === 3 && particle < 0)) && /^\p{Lu}\p{Ll}{2,}$/u.test(toks[0]!)) e.aliases.add(toks[0]!);
    // "Hassan Sheikh Mohamud" is "Hassan Sheikh": the name and honorific before the family name.
    if (!familyFirst && toks.length === 3 && toks[1] === 'Sheikh') e.aliases.add(`${toks[0]} ${toks[1]}`);
    // "Mohamed bin Zayed Al Nahyan" is "bin Zayed", and "Bin Zayed" at the start of a sentence: the patronym is how
    // second references often run.
    const patronym = toks.findIndex((t, i) => i >= 1 && /^(?:bin|ibn)$/.test(t) && /^\p{Lu}\p{Ll}{2,}$/u.test(toks[i + 1] ?? ''));
    if (!familyFirst && patronym > 0) {
      const word = toks[patronym]!;
      e.aliases.add(`${word} ${toks[patronym + 1]}`);
      e.aliases.add(`${word[0]!.toUpperCase()}${word.slice(1)} ${toks[patronym + 1]}`);
    }
    // "Faisal bin Farhan" is "Prince Faisal": a name with a patronym after "bin" goes by its first name too.
    if (!familyFirst && /^(?:bin|bint|ibn)$/.test(toks[1] ?? '') && /^\p{Lu}\p{Ll}{2,}$/u.test(toks[0]!)) e.aliases.add(toks[0]!);
  }
  const existing = mentionsIn(doc, s.index).find((m) => m.label === 'Person' && m.start === span.start);
  if (!existing) {
    addMention(doc, {
      start: span.start,
      end: span.end,
      sentence: s.index,
      text: span.name,
      label: 'Person',
      entityIds: [id],
      via: 'name',
      possessive: /^['’]s?\b/.test(doc.text.slice(span.end, span.end + 2)),
      qualifier: false,
    });
  }
  return id;
}

function addRole(doc: ArticleDoc, personId: string, title: string, qualifier: Mention | undefined, former: boolean, sentence: number) {
  const entry = titleEntry(title);
  const canonical = entry?.canonical ?? title.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
  let countryId = entry?.country ? ids.country(entry.country) : null;
  let organizationId: string | null = null;
  if (qualifier?.label === 'Country') countryId = qualifier.entityIds[0] ?? countryId;
  if (qualifier?.label === 'Organization') {
    organizationId = qualifier.entityIds[0] ?? null;
    const org = organizationId ? doc.entities.get(organizationId) : undefined;
    countryId = (org?.props.countryId as string | undefined) ?? countryId;
  }
  if (qualifier) qualifier.qualifier = true;
  const person = doc.entities.get(personId)!;
  if (!person.roles.some((r) => r.title === canonical && r.countryId === countryId && r.organizationId === organizationId)) {
    person.roles.push({ title: canonical, countryId, organizationId, former, sentence });
  }
}

/**
 * "Alija Izetbegovic of Bosnia, Slobodan Milosevic of Serbia and Franjo Tudjman of Croatia agreed": a two-word name told
 * with its country or its party, then a list goes on or the clause does. Not a body named for its state ("the National Assembly of Kuwait").
 */
const AFTER_OF_COUNTRY = /^(?:,|\.(?:\s|$)|\s+and\s|\s+(?:said|says|agreed|signed|met|told|initialled|initialed|urged|warned|called|visited)\b)/;
const INSTITUTION_WORDS = new Set([...ORG_SUFFIXES, ...'Republic Kingdom Congress Government Embassy Consulate University Force Federation Emirates Church Senate State States Duchy Islands Coast Sea Gulf Province Region Office Authority Service Guard Police Command League Chamber Foundation Company Airlines Museum School College Academy Club Team'.split(' ')]);
/** The country (or party, or body) told right after a name ending at `end`, when a list or the clause goes on after it. */
function ownerAfter(doc: ArticleDoc, sentence: number, end: number): Mention | undefined {
  const whose = ownerOfName(doc, sentence, end);
  return whose && AFTER_OF_COUNTRY.test(doc.text.slice(whose.end, whose.end + 16)) ? whose : undefined;
}
function ownerNamedAfter(doc: ArticleDoc, s: Sentence, span: NameSpan): boolean {
  // "Lothar de Maiziere of East Germany": a particle between the two names does not count as a word.
  const words = tokens(span.name).filter((t) => /^\p{Lu}/u.test(t));
  // "Tun Abdul Razak of Malaysia" in a list of such names: three words too, where the list shows it.
  const listed = words.length === 3 && /(?:,|\bwith|\band)\s+$/.test(doc.text.slice(Math.max(s.start, span.start - 8), span.start));
  return (words.length === 2 || listed) && !INSTITUTION_WORDS.has(words.at(-1)!) && !!ownerAfter(doc, s.index, span.end);
}

/** "Alija Izetbegovic of Bosnia, Slobodan Milosevic of Serbia and …": a person listed with a country is of that country. */
function inferCountriesNamedAfter(doc: ArticleDoc): void {
  for (const m of doc.mentions) {
    if (m.label !== 'Person' || m.entityIds.length !== 1) continue;
    const p = doc.entities.get(m.entityIds[0]!)!;
    if (p.props.countryId || p.roles.some((r) => r.countryId)) continue;
    // "Egypt's Gamal Abdel Nasser": so is one named as a country's.
    const country = ownerAfter(doc, m.sentence, m.end) ?? possessingCountry(doc, m.sentence, m.start);
    if (country?.label === 'Country' && country.entityIds.length === 1) p.props.countryId = country.entityIds[0]!;
  }
}

/**
 * "Indian Prime Minister Jawaharlal Nehru and Egypt's Gamal Abdel Nasser were among the leaders": a name of two to
 * four words held by a country, and going on as people do in a list or a clause, is a person's.
 */
const AFTER_POSSESSED_NAME = /^(?:,|\s+and\s|\s+(?:said|says|told|met|signed|agreed|visited|urged|warned|was|were|has|had|called)\b)/;
function countryPossessedName(doc: ArticleDoc, s: Sentence, span: NameSpan): boolean {
  const words = tokens(span.name);
  if (words.length < 2 || words.length > 4 || words.some((w) => INSTITUTION_WORDS.has(w))) return false;
  return !!possessingCountry(doc, s.index, span.start) && AFTER_POSSESSED_NAME.test(doc.text.slice(span.end, span.end + 12));
}
/** The country whose possessive stands right before `start` ("Egypt's …"). */
function possessingCountry(doc: ArticleDoc, sentence: number, start: number): Mention | undefined {
  return mentionsIn(doc, sentence).find((m) => m.label === 'Country' && m.via !== 'demonym' && m.possessive && /^['’]s?\s+$/.test(doc.text.slice(m.end, start)));
}

/** "the detained American Paul Whelan": a demonym used as a noun, after an article, names a person. */
const COUNTERPART_BEFORE = /(his|her|their)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+counterpart,?\s+$/u;
function demonymNounBefore(doc: ArticleDoc, s: Sentence, pos: number): boolean {
  const demonym = mentionsIn(doc, s.index).find((m) => m.label === 'Country' && m.via === 'demonym' && /^\s$/.test(doc.text.slice(m.end, pos)));
  return !!demonym && /\b(?:the|a|an)\s+(?:\p{Ll}+\s+)?$/u.test(doc.text.slice(Math.max(s.start, demonym.start - 24), demonym.start));
}

function plausibleBareName(span: NameSpan): boolean {
  const toks = tokens(span.name);
  // "Tamim bin Hamad Al Thani": a name that gives the father's name runs to five words.
  if (toks.length < 2 || toks.length > (toks.some((t) => /^(?:bin|bint|ibn)$/.test(t)) ? 5 : 4)) return false;
  if (NOT_NAME_START.has(toks[0]!) || toks.some((t) => MONTHS_AND_DAYS.has(t))) return false;
  return toks.every((t) => /^\p{Lu}/u.test(t) || /^(bin|bint|ibn|al|el|de|da|do|van|von|der|den|le|la|du|di|dos|das)$/.test(t) || /^(al|el|ad|ash|bin|ibn|abu)-\p{Lu}/u.test(t));
}

export const personsComponent: PipelineComponent = {
  name: 'persons',
  requires: ['sentences', 'mentions.Country', 'mentions.Organization'],
  assigns: ['mentions.Person', 'entities.Person', 'entities.Person.roles'],
  run(doc) {
    for (const s of doc.sentences) {
      // 1. Title + name.
      TITLED.lastIndex = 0;
      for (const m of s.text.matchAll(TITLED)) {
        // "Amir Khan Muttaqi", "Amir Ohana": capitalized Amir before a plain name is a given name; the title takes "Sheikh".
        if (m[2] === 'Amir' && !m[3]!.startsWith('Sheikh')) continue;
        const nameStart = s.start + m.index! + m[0].length - m[3]!.length;
        let span = trimName(m[3]!, nameStart);
        // "Prime Minister Sheikh Hasina": before a one-word name the honorific is part of the name the world uses.
        const sheikh = /\bSheikh\s+$/.exec(m[0].slice(0, m[0].length - m[3]!.length));
        if (span && sheikh && span.start === nameStart && tokens(span.name).length === 1) span = { ...span, start: s.start + m.index! + sheikh.index, name: `Sheikh ${span.name}` };
        // "King Charles" is Charles III: the reigning holder of a title named by given name alone.
        const regnal = span && REGNAL_NAMES.get(`${m[2]} ${span.name}`);
        if (span && regnal) span = { ...span, name: regnal };
        if (span) releaseGivenNameCountry(doc, s, span);
        if (!span || overlapsOther(doc, s, span.start, span.end)) continue;
        // "the King David Hotel", "King Abdulaziz International Airport": a place named after a titled person is no person.
        if (NAMED_PLACE_AFTER.test(doc.text.slice(span.end, span.end + 40))) continue;
        // "Vice Premier He Lifeng": after a title, an East-Asian family name that is also a pronoun opens a name.
        const first = tokens(span.name)[0]!;
        if (NOT_NAME_START.has(first) && !(FAMILY_NAME_FIRST.has(first) && tokens(span.name).length > 1)) continue;
        const id = addPerson(doc, s, span);
        const titleStart = s.start + m.index! + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : 0);
        // A body named inside the title ("European Commission President") qualifies it like one before it.
        const inside = mentionsIn(doc, s.index).find((x) => (x.label === 'Organization' || x.label === 'Country') && x.start >= titleStart && x.end <= nameStart);
        // "US Health Secretary Robert Kennedy", "Argentine Economy Minister Luis Caputo": the portfolio belongs to the title,
        // and the country before it qualifies the whole.
        const portfolio = m[1] || !/^(?:Minister|Secretary)$/.test(m[2]!) ? null : PORTFOLIO_BEFORE.exec(doc.text.slice(Math.max(s.start, titleStart - 40), titleStart));
        const title = portfolio ? `${portfolio[1]!.trim()} ${m[2]}` : m[2]!;
        // "Bangladesh's interim leader Muhammad Yunus": the country qualifies the title across its modifier.
        addRole(doc, id, title, qualifierBefore(doc, s, portfolio ? titleStart - portfolio[0].length : s.start + m.index!) ?? inside, !!m[1], s.index);
        if (inside) inside.qualifier = true;
      }
      // 1b. "Mali's foreign minister, Abdoulaye Diop, asked …", "the emir of Qatar, Sheikh Tamim …": a title, then the name set off by commas.
      TITLE_THEN_NAME.lastIndex = 0;
      for (const m of s.text.matchAll(TITLE_THEN_NAME)) {
        const titleStart = s.start + m.index!;
        const nameStart = titleStart + m[0].length - m[2]!.length;
        // "the emir of Qatar, Sheikh Tamim …": the country may follow the post.
        // "its ambassador to Russia, Alexander Graf Lambsdorff": the state an envoy is sent to is not his own.
        const qualifier =
          qualifierBefore(doc, s, titleStart) ??
          mentionsIn(doc, s.index).find((x) => x.label === 'Country' && x.start > titleStart + m[1]!.length && x.end <= nameStart && !/\bto\s+(?:the\s+)?$/.test(doc.text.slice(titleStart + m[1]!.length, x.start)));
        // "the junta's leader, Captain Ibrahim Traore": an article, perhaps with a possessor, also introduces the post.
        // "the exiled president, Jean-Bertrand Aristide,": an adjective may stand between the article and the post.
        if (!qualifier && !/\b(?:the\s+(?:\p{L}+['’]s\s+|(?:exiled|ousted|deposed|former|late|new|elected|interim|acting|outgoing|incoming)\s+)?|his\s+|her\s+|their\s+|its\s+)$/iu.test(doc.text.slice(Math.max(s.start, titleStart - 24), titleStart))) continue;
        const span = trimName(m[2]!, nameStart);
        if (!span || tokens(span.name).length < 2 || overlapsOther(doc, s, span.start, span.end) || NOT_NAME_START.has(tokens(span.name)[0]!)) continue;
        if (mentionsIn(doc, s.index).some((x) => x.label === 'Person' && x.start < span.end && span.start < x.end)) continue;
        addRole(doc, addPerson(doc, s, span), m[1]!, qualifier, false, s.index);
      }
      // 1c. Each name in the list after a plural title holds the title. A country before it qualifies them all only when it
      // is the one country there ("US Senators", not "Chinese and Russian foreign ministers").
      PLURAL_TITLED.lastIndex = 0;
      // A cheap test first: few sentences hold a plural word before a name and an "and" after it.
      for (const m of PLURAL_CUE.test(s.text) ? s.text.matchAll(PLURAL_TITLED) : []) {
        const titleStart = s.start + m.index!;
        const qualifier = qualifierBefore(doc, s, titleStart);
        const shared = qualifier && !/\band\s+$/.test(doc.text.slice(Math.max(s.start, qualifier.start - 6), qualifier.start)) ? qualifier : undefined;
        const listStart = titleStart + m[0].length - m[2]!.length;
        let at = 0;
        for (const sep of [...m[2]!.matchAll(LIST_SEPARATOR), null]) {
          const end = sep ? sep.index! : m[2]!.length;
          const span = trimName(m[2]!.slice(at, end), listStart + at);
          if (sep) at = sep.index! + sep[0].length;
          if (!span || tokens(span.name).length < 2 || overlapsOther(doc, s, span.start, span.end) || NOT_NAME_START.has(tokens(span.name)[0]!)) continue;
          addRole(doc, addPerson(doc, s, span), m[1]!, shared, false, s.index);
        }
      }
      // 2 and 3. Capitalized runs with an appositive role, a name cue or a speech verb beside them.
      CAP_RUN.lastIndex = 0;
      for (const m of s.text.matchAll(CAP_RUN)) {
        let span = trimName(m[1]!, s.start + m.index!);
        // "the detained American Paul Whelan": the demonym opens the run but is no part of the name.
        const lead = span && mentionsIn(doc, s.index).find((x) => x.label === 'Country' && x.via === 'demonym' && x.start === span!.start && x.end < span!.end);
        if (span && lead) span = trimName(doc.text.slice(lead.end, span.end).trimStart(), span.end - doc.text.slice(lead.end, span.end).trimStart().length);
        // "US Marine Paul Whelan": a known given name inside the run starts the name.
        if (span && overlapsOther(doc, s, span.start, span.end)) {
          const toks = tokens(span.name);
          const at = toks.findIndex((t, i) => i > 0 && GIVEN_NAMES.has(t));
          if (at > 0 && toks.length - at >= 2) {
            const offset = span.name.indexOf(` ${toks[at]} `.trimEnd(), 0) + 1;
            span = trimName(span.name.slice(offset), span.start + offset);
          }
        }
        // "Foreign Affairs Adel al-Jubeir": words of an unlisted title before the name are no part of it.
        if (span) {
          const toks = tokens(span.name);
          const lead = toks.findIndex((t) => !TITLE_WORDS.has(t));
          if (lead > 0 && toks.length - lead >= 2) {
            const offset = span.name.indexOf(toks[lead]!, toks.slice(0, lead).join(' ').length);
            span = trimName(span.name.slice(offset), span.start + offset);
          }
        }
        if (!span || !plausibleBareName(span)) continue;
        // "the Soviet cruise ship Maxim Gorky", "the aircraft carrier Ronald Reagan": a vessel named after a person is no person.
        if (VESSEL_BEFORE.test(doc.text.slice(Math.max(s.start, span.start - 24), span.start))) continue;
        // "Lopez Obrador" after "Andres Manuel Lopez Obrador": the end of a full name already known.
        // "Sheikh Mohammed" after "Mohammed bin Zayed Al Nahyan": an honorific before a known short name.
        const bare = /^(?:Sheikh|Sir|Dame)\s+(\S.*)$/.exec(span.name)?.[1];
        // "To Lam asked …": a full name already known is that person again, whatever word it starts with.
        const known = [...doc.entities.values()].find(
          (e) =>
            e.label === 'Person' &&
            (e.name === span!.name ||
              e.name.endsWith(` ${span!.name}`) ||
              (tokens(span!.name).length > 1 && e.aliases.has(span!.name)) ||
              (!!bare && e.aliases.has(bare)) ||
              // "John Paul spoke" after "Pope John Paul II": a regnal name without its numeral.
              (tokens(span!.name).length > 1 && e.name.replace(/\s+[IVX]+$/, '') === span!.name)),
        );
        if (known) {
          if (!mentionsIn(doc, s.index).some((x) => x.label === 'Person' && x.start < span.end && span.start < x.end))
            addMention(doc, { start: span.start, end: span.end, sentence: s.index, text: span.name, label: 'Person', entityIds: [known.id], via: known.name === span.name ? 'name' : 'surname', possessive: /^['’]s?\b/.test(doc.text.slice(span.end, span.end + 2)), qualifier: false });
          continue;
        }
        if (mentionsIn(doc, s.index).some((x) => x.label === 'Person' && x.start < span.end && span.start < x.end)) continue;
        if (overlapsOther(doc, s, span.start, span.end)) continue;
        // "the base on Diego Garcia": a venue's name is no person's, though it starts with a given name.
        if (isVenueName(span.name)) continue;
        const after = doc.text.slice(span.end, s.end);
        const appositive = APPOSITIVE.exec(after);
        const first = tokens(span.name)[0]!;
        const cue =
          GIVEN_NAMES.has(first) ||
          // "since Sheikh Hasina fled": an honorific that stays with the name is given to people ("Mr. Blinken" is a surname, resolved later).
          (/^(?:Sheikh|Sir|Dame)$/.test(first) && tokens(span.name).length >= 2) ||
          (FAMILY_NAME_FIRST.has(first) && tokens(span.name).length <= 3) ||
          SPEECH.test(after) ||
          // "released Vadim Krasikov, who had …": people, not places or bodies, take "who".
          /^,\s+who\b/.test(after) ||
          // "…, and Getachew Reda signed for the other side": a two-word name doing what people do in diplomacy.
          (tokens(span.name).length === 2 && ACTS_AFTER.test(after) && /(?:^|,\s+and\s+|,\s+)$/.test(doc.text.slice(s.start, span.start))) ||
          SPEECH_BEFORE.test(doc.text.slice(s.start, span.start)) ||
          ROLE_NOUN_BEFORE.test(doc.text.slice(Math.max(s.start, span.start - 40), span.start)) ||
          // "read out by the two foreign secretaries, S. Jaishankar and Aizaz Chaudhry": names listed after a plural post.
          LISTED_AFTER_POSTS.test(doc.text.slice(Math.max(s.start, span.start - 80), span.start)) ||
          demonymNounBefore(doc, s, span.start) ||
          ownerNamedAfter(doc, s, span) ||
          countryPossessedName(doc, s, span);
        if (!appositive && !cue) continue;
        const id = addPerson(doc, s, span);
        // "his Turkish counterpart Mevlut Cavusoglu": the other side's holder of the same office.
        const counterpart = COUNTERPART_BEFORE.exec(doc.text.slice(Math.max(s.start, span.start - 50), span.start));
        if (counterpart) {
          const at = span.start - counterpart[0].length;
          const country = mentionsIn(doc, s.index).find((x) => x.label === 'Country' && x.start >= at && x.end <= span.start);
          // Whose counterpart: the person named last before "his", pronouns being resolved only later.
          const other = mentionsIn(doc, s.index).filter((x) => x.label === 'Person' && x.end <= at && x.entityIds[0] !== id).at(-1);
          const title = other && doc.entities.get(other.entityIds[0]!)?.roles[0]?.title;
          if (country && title && !doc.entities.get(id)!.roles.length) addRole(doc, id, title, country, false, s.index);
        }
        // A publisher or an activist holds no office: the appositive names the person but gives no post.
        if (appositive && !PRIVATE_ROLE.test(appositive[3]!)) {
          const titleOffset = span.end + appositive.index + appositive[0].lastIndexOf(appositive[3]!);
          const qualifier = mentionsIn(doc, s.index).find(
            (x) => (x.label === 'Country' || x.label === 'Organization') && x.start > span.end && x.end <= titleOffset,
          );
          const lead = appositive[2]!.trim().replace(/^(?:[\p{L}.]+['’]s|[\p{Lu}][\p{L}.]*)\s*/u, '');
          const title = titleEntry(appositive[3]!) ? appositive[3]! : `${lead} ${appositive[3]!}`.trim();
          addRole(doc, id, title, qualifier, !!appositive[1], s.index);
        }
      }
    }
    inferCountriesNamedAfter(doc);
    inferCountriesFromCompanions(doc);
    inferCountriesFromRealm(doc);
    inferCountriesFromSeats(doc);
    inferCountriesOfKnownOfficials(doc);
  },
};

/**
 * "President Emmanuel Macron" names no country, but the article names France: a well-known office holder
 * serves the country the lexicon knows, when the article itself names that country. A country the text gives
 * the person stands; one the article never names is not brought in.
 */
function inferCountriesOfKnownOfficials(doc: ArticleDoc): void {
  const named = new Set(doc.mentions.filter((m) => m.label === 'Country').flatMap((m) => m.entityIds));
  for (const p of doc.entities.values()) {
    if (p.label !== 'Person' || p.props.countryId || p.roles.some((r) => r.countryId)) continue;
    const iso3 = KNOWN_OFFICIALS.get(p.name);
    const countryId = iso3 ? ids.country(iso3) : undefined;
    if (!countryId || !named.has(countryId)) continue;
    const untied = p.roles.filter((r) => !r.organizationId);
    if (untied.length) for (const r of untied) r.countryId = countryId;
    else p.props.countryId = countryId;
  }
}

/**
 * "German Chancellor Olaf Scholz met President Joe Biden at the White House": a leader
 * whose title names no country, meeting at a seat of government, is its host. A visitor
 * to it ("visited the Kremlin") is not, and neither is anyone when two titles are open.
 */
const ARRIVAL = /\b(?:visit(?:ed|s|ing)?|arriv(?:ed|es|ing)|travel(?:l?ed|s)|went|came|flew|welcomed|invited|trip|visit)\b/i;
function inferCountriesFromSeats(doc: ArticleDoc): void {
  for (const seat of doc.mentions) {
    if (seat.label !== 'Country' || !SEATS_OF_GOVERNMENT.has(seat.text.replace(/^the\s+/i, ''))) continue;
    const s = doc.sentences[seat.sentence]!;
    const lead = doc.text.slice(Math.max(0, seat.start - 8), seat.start);
    // "Biden welcomed Ruto to the White House": the host is at home there too.
    const welcoming = /\bto\s+(?:the\s+)?$/i.test(lead) ? RECEIVING_GUEST.exec(doc.text.slice(s.start, seat.start)) : null;
    if (!/\b(?:at|in)\s+(?:the\s+)?$/i.test(lead) && !welcoming) continue;
    if (!welcoming && ARRIVAL.test(doc.text.slice(s.start, seat.start))) continue;
    // The host stands before the welcoming verb; the guest after it.
    const before = welcoming ? s.start + welcoming.index : seat.start;
    const open = [
      ...new Set(
        mentionsIn(doc, seat.sentence)
          .filter((m) => m.label === 'Person' && m.end <= before)
          .map((m) => m.entityIds[0]!)
          .filter((id) => {
            const p = doc.entities.get(id);
            return !!p && p.roles.length > 0 && p.roles.every((r) => !r.countryId && !r.organizationId) && !p.props.countryId;
          }),
      ),
    ];
    if (open.length !== 1) continue;
    // "Bush and Soviet President Gorbachev signed … in the Kremlin": with the host named, the other one is the guest.
    const hosted = mentionsIn(doc, seat.sentence).some(
      (m) => m.label === 'Person' && m.entityIds[0] !== open[0] && doc.entities.get(m.entityIds[0]!)?.roles.some((r) => r.countryId === seat.entityIds[0]),
    );
    if (hosted) continue;
    for (const r of doc.entities.get(open[0]!)!.roles) r.countryId = seat.entityIds[0]!;
  }
}

/** "King Philippe of Belgium", "Emir Tamim of Qatar": a monarch named with his realm reigns over it. */
const MONARCHS = new Set(['King', 'Queen', 'Emir', 'Amir', 'Sultan', 'Prince', 'Princess', 'Crown Prince', 'Grand Duke', 'Grand Duchess', 'Sheikh']);
function inferCountriesFromRealm(doc: ArticleDoc): void {
  for (const m of doc.mentions) {
    if (m.label !== 'Person') continue;
    const person = doc.entities.get(m.entityIds[0]!);
    if (!person || !person.roles.some((r) => MONARCHS.has(r.title)) || person.roles.some((r) => r.countryId)) continue;
    const of = /^\s+of\s+(?:the\s+)?/.exec(doc.text.slice(m.end, m.end + 12));
    if (!of) continue;
    const realm = mentionsIn(doc, m.sentence).find((c) => c.label === 'Country' && c.start === m.end + of[0].length);
    if (!realm) continue;
    for (const r of person.roles) if (MONARCHS.has(r.title)) r.countryId = realm.entityIds[0]!;
  }
}

/** "President Xi Jinping and other Chinese officials": the person belongs to that country too. */
const COMPANIONS = /^\s+and other\s+$/;
function inferCountriesFromCompanions(doc: ArticleDoc): void {
  for (const m of doc.mentions) {
    if (m.label !== 'Person') continue;
    const country = mentionsIn(doc, m.sentence).find(
      (c) => c.label === 'Country' && c.start > m.end && COMPANIONS.test(doc.text.slice(m.end, c.start)) && /^\s+(officials|leaders|diplomats|ministers|negotiators|counterparts)\b/.test(doc.text.slice(c.end, c.end + 14)),
    );
    if (!country) continue;
    const person = doc.entities.get(m.entityIds[0]!);
    if (!person) continue;
    if (!person.roles.length) person.props.countryId = country.entityIds[0]!;
    for (const r of person.roles) r.countryId ??= country.entityIds[0]!;
  }
}
