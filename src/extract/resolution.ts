import { ids } from '../domain/ids';
import { initialsOf, nameVariantKey } from '../domain/names';
import { addMention, homeCountry, insideQuote, mentionsIn, peopleIn, peopleJustBefore, upsertEntity, type ArticleDoc, type Entity, type Mention, type Sentence } from './article-doc';
import { escapeRegex } from './gazetteer';
import { FAMILY_NAME_FIRST, FEMALE_GIVEN_NAMES, HONORIFICS, MALE_GIVEN_NAMES, SPEECH_WORDS_ALT } from './lexicons';
import type { PipelineComponent } from './pipeline';
import { TITLE_ALT, titleEntry, titlesCompatible } from './titles';
import { NOT_NAME_START, tokens } from './name-patterns';

/**
 * Within-article resolution of the short forms that follow a full name:
 * - a bare name (surname "Blinken", or family name "Wang" for "Wang Yi"), with or
 *   without an honorific; a titled short name ("President Xi") is merged into
 *   the full-named person;
 * - role phrases ("the secretary of state", "Biden's secretary of state",
 *   "China's top diplomat") to the person holding a compatible title;
 * - singular pronouns outside quotes to the subject of the sentence, or of the
 *   nearest earlier sentence with a person as subject.
 */
const ROLE_PHRASE = new RegExp(`(?<![\\p{L}])(${TITLE_ALT})(?![\\p{L}])`, 'gu');
const PRONOUN = /(?<![\p{L}])(he|she|him|his|her|He|She|His|Her)(?![\p{L}])/gu;
const LETTER = /^\p{L}$/u;
const HONORIFIC_RE = new RegExp(`^(?:${HONORIFICS.map((h) => h.replace('.', '\\.')).join('|')})\\s+$`);

function personMention(doc: ArticleDoc, sentence: number, start: number, end: number, ids: string[], via: Mention['via']): Mention {
  const m: Mention = {
    start,
    end,
    sentence,
    text: doc.text.slice(start, end),
    label: 'Person',
    entityIds: ids,
    via,
    possessive: /^['’]s?\b/.test(doc.text.slice(end, end + 2)) || /^(his|her|their)$/i.test(doc.text.slice(start, end)),
    qualifier: false,
  };
  return addMention(doc, m);
}

function taken(doc: ArticleDoc, sentence: number, start: number, end: number): boolean {
  return mentionsIn(doc, sentence).some((m) => m.label !== 'Topic' && m.start < end && start < m.end);
}

/**
 * Matches of `re` in a sentence that stand outside quotes and that no mention has taken yet; the span is the
 * whole match, or its last `tail` characters ("said they" is resolved at "they").
 */
function* freeMatches(doc: ArticleDoc, s: Sentence, re: RegExp, tail?: number): Generator<{ m: RegExpExecArray; start: number; end: number }> {
  re.lastIndex = 0;
  for (const m of s.text.matchAll(re)) {
    const end = s.start + m.index! + m[0].length;
    const start = tail === undefined ? s.start + m.index! : end - tail;
    if (insideQuote(doc, start) || taken(doc, s.index, start, end)) continue;
    yield { m: m as RegExpExecArray, start, end };
  }
}

/** Most recent person mention of any of `ids` before `pos`, to break ties between namesakes. */
const KIN_OF = /\b(?:sister|brother|wife|husband|son|daughter|father|mother|widow|nephew|niece|uncle|aunt|cousin)\s+of\s+(?:(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4})?$/u;
function mostRecent(doc: ArticleDoc, candidates: string[], sentence: number, pos: number): string {
  if (candidates.length === 1) return candidates[0]!;
  for (let i = sentence; i >= 0; i--) {
    let best: Mention | null = null;
    for (const m of mentionsIn(doc, i)) {
      if (m.label !== 'Person' || m.start >= pos || !m.entityIds.some((id) => candidates.includes(id))) continue;
      // "Kim Yo Jong, the sister of leader Kim Jong Un, …. Kim said": one named only to say whose kin another is
      // is not whom the story goes on about.
      if (KIN_OF.test(doc.text.slice(Math.max(0, m.start - 60), m.start))) continue;
      if (!best || m.start > best.start) best = m;
    }
    if (best) return best.entityIds.find((id) => candidates.includes(id))!;
  }
  return candidates[0]!;
}

/** Moves every mention and role of `from` to `into`, which keeps `from`'s name as an alias. */
function mergePerson(doc: ArticleDoc, from: Entity, into: Entity): void {
  for (const m of doc.mentions) if (m.entityIds.includes(from.id)) m.entityIds = m.entityIds.map((id) => (id === from.id ? into.id : id));
  for (const r of from.roles) if (!into.roles.some((x) => x.title === r.title && x.countryId === r.countryId)) into.roles.push(r);
  for (const a of [from.name, ...from.aliases]) if (a !== into.name) into.aliases.add(a);
  into.firstSentence = Math.min(into.firstSentence, from.firstSentence);
  doc.entities.delete(from.id);
}

/**
 * The one name among `names` that `name` is another way of writing: its fuller form ("Subrahmanyam Jaishankar" for
 * "S. Jaishankar"), else its one other spelling ("Mohammed bin Zayed Al Nahyan" for "Mohamed bin Zayed Al Nahyan").
 * A full name is never cut back to initials.
 */
function variantOf(name: string, names: readonly string[]): string | null {
  const fuller = [...new Set(names.filter((n) => initialsOf(name, n)))];
  if (fuller.length) return fuller.length === 1 ? fuller[0]! : null;
  const key = nameVariantKey(name);
  const spelled = [...new Set(names.filter((n) => n !== name && nameVariantKey(n) === key))];
  return spelled.length === 1 ? spelled[0]! : null;
}

/** Known full names, less those that only write another of them differently: one person, not two namesakes. */
function distinctPeople(names: readonly string[]): string[] {
  const full = names.filter((n) => tokens(n).length > 1);
  return full.filter((n, i) => !variantOf(n, full.filter((o, j) => j < i || initialsOf(n, o))));
}

/**
 * One person written two ways, in this article or against the names the graph already holds ("S. Jaishankar" and
 * "Subrahmanyam Jaishankar", "Mohamed" and "Mohammed bin Zayed"), becomes one person under the fuller name, or under
 * the spelling met first.
 */
function mergeNameVariants(doc: ArticleDoc): void {
  const persons = [...doc.entities.values()].filter((e) => e.label === 'Person' && tokens(e.name).length > 1).sort((a, b) => a.firstSentence - b.firstSentence);
  for (const [i, p] of persons.entries()) {
    if (!doc.entities.has(p.id)) continue;
    // Initials go to the full name wherever it stands; a spelling goes to one met before it.
    const here = persons.filter((o, j) => o !== p && doc.entities.has(o.id) && (j < i || initialsOf(p.name, o.name))).map((o) => o.name);
    const target = variantOf(p.name, here) ?? variantOf(p.name, doc.context.knownPeople?.get(tokens(p.name).at(-1)!) ?? []);
    if (!target) continue;
    mergePerson(doc, p, doc.entities.get(ids.person(target)) ?? upsertEntity(doc, ids.person(target), 'Person', target, p.firstSentence));
  }
}

function mergeShortNamedPersons(doc: ArticleDoc): void {
  const persons = [...doc.entities.values()].filter((e) => e.label === 'Person');
  for (const short of persons.filter((p) => tokens(p.name).length === 1)) {
    const full = persons.filter((p) => p !== short && p.aliases.has(short.name));
    let target: Entity;
    if (full.length === 1) target = full[0]!;
    else {
      // Not named in full here: the one known person with this surname, if there is exactly one.
      const known = full.length ? [] : distinctPeople(doc.context.knownPeople?.get(short.name) ?? []);
      if (known.length !== 1) continue;
      target = upsertEntity(doc, ids.person(known[0]!), 'Person', known[0]!, short.firstSentence, short.name);
    }
    mergePerson(doc, short, target);
  }
}

function resolveShortNames(doc: ArticleDoc): void {
  const byAlias = new Map<string, string[]>();
  for (const e of doc.entities.values()) {
    if (e.label !== 'Person') continue;
    // "He" for He Lifeng: a family name that is also a pronoun is read as the pronoun.
    for (const a of e.aliases) if (tokens(a).length === 1 && !NOT_NAME_START.has(a)) byAlias.set(a, [...(byAlias.get(a) ?? []), e.id]);
  }
  if (!byAlias.size) return;
  // Plain alternatives, longest first, with the letter boundaries checked by hand: a regular expression that opens with
  // a lookbehind cannot skip ahead to a name's first letter, and this one runs over every sentence.
  const re = new RegExp(
    [...byAlias.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|'),
    'g',
  );
  for (const s of doc.sentences) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (LETTER.test(s.text[m.index - 1] ?? '') || LETTER.test(s.text[m.index + m[0].length] ?? '')) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (taken(doc, s.index, start, end)) continue;
      const honorific = HONORIFIC_RE.exec(doc.text.slice(Math.max(s.start, start - 6), start));
      const from = honorific ? start - honorific[0].length : start;
      personMention(doc, s.index, from, end, [mostRecent(doc, byAlias.get(m[0])!, s.index, start)], 'surname');
    }
  }
}

function resolveRolePhrases(doc: ArticleDoc): void {
  const persons = [...doc.entities.values()].filter((e) => e.label === 'Person' && e.roles.length);
  if (!persons.length) return;
  for (const s of doc.sentences) {
    ROLE_PHRASE.lastIndex = 0;
    for (const m of s.text.matchAll(ROLE_PHRASE)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (taken(doc, s.index, start, end)) continue;
      const before = doc.text.slice(Math.max(s.start, start - 40), start);
      // A titled full name was handled by the person component; "a minister" refers to nobody in particular.
      if (/^\s+\p{Lu}/u.test(doc.text.slice(end, end + 2)) && !/^\s+(?:said|says|told)/.test(doc.text.slice(end, end + 8))) continue;
      if (/\b(a|an|another|other|any|every|each|no)\s+(?:[\p{L}.'’-]+\s+)?$/iu.test(before)) continue;
      // "Deng is the first Chinese leader to visit Japan": a rank among a post's holders describes, it does not refer.
      // Its country still qualifies the post, not a party to what is told.
      if (/\bthe\s+(?:first|only|last|second|third)\s+(?:[\p{L}.'’-]+\s+)?$/iu.test(before) && /^\s+(?:to|since|in|ever)\b/.test(doc.text.slice(end, end + 8))) {
        const country = mentionsIn(doc, s.index).find((x) => x.label === 'Country' && x.end <= start && /^\s*$/.test(doc.text.slice(x.end, start)));
        if (country) country.qualifier = true;
        continue;
      }
      const qualifier = mentionsIn(doc, s.index).find(
        (x) => (x.label === 'Country' || x.label === 'Organization') && x.end <= start && /^(?:['’]s?)?\s*$/.test(doc.text.slice(x.end, start)),
      );
      const possessor = mentionsIn(doc, s.index).find((x) => x.label === 'Person' && x.possessive && /^['’]s?\s*$/.test(doc.text.slice(x.end, start)));
      if (!qualifier && !possessor && !/\b(the|his|her|their|its)\s+$/i.test(before)) continue;
      const title = titleEntry(m[1]!)?.canonical;
      if (!title) continue;
      // "Azali Assoumani, the president of the Comoros,": an appositive names the person just before it.
      // Not "X, the president's adviser": that president is someone else.
      const apposed =
        !/^['’]s?\b/.test(doc.text.slice(end, end + 2)) &&
        mentionsIn(doc, s.index).find((x) => x.label === 'Person' && x.entityIds.length === 1 && /^,\s+(?:the\s+)?$/.test(doc.text.slice(x.end, start)));
      if (apposed) {
        personMention(doc, s.index, start, end, [...apposed.entityIds], 'role');
        continue;
      }
      const countryId = qualifier?.label === 'Country' ? qualifier.entityIds[0] : undefined;
      let candidates = persons.filter(
        (p) => !possessor?.entityIds.includes(p.id) && p.roles.some((r) => titlesCompatible(title, r.title) && (!countryId || r.countryId === countryId)),
      );
      // No one is known to hold the office for the country the phrase names.
      if (!candidates.length && countryId) {
        // "… told Volodymyr Zelensky …; the Ukrainian president said": the one person named so far without any post holds it.
        const unplaced = [...doc.entities.values()].filter((p) => p.label === 'Person' && !p.roles.length && p.firstSentence <= s.index && !possessor?.entityIds.includes(p.id));
        if (unplaced.length === 1) {
          unplaced[0]!.roles.push({ title, countryId, organizationId: null, former: false, sentence: s.index });
          candidates = unplaced;
        } else {
          // "President Bola Tinubu …; the Nigerian leader said": else the holder of a compatible title whose country the
          // article has not said, and now it has.
          candidates = persons.filter((p) => !possessor?.entityIds.includes(p.id) && p.roles.some((r) => titlesCompatible(title, r.title)) && p.roles.every((r) => !r.countryId));
          const chosen = candidates.length ? doc.entities.get(mostRecent(doc, candidates.map((c) => c.id), s.index, start)) : undefined;
          for (const r of chosen?.roles ?? []) if (titlesCompatible(title, r.title)) r.countryId = countryId;
        }
      }
      if (!candidates.length) continue;
      if (qualifier) qualifier.qualifier = true;
      const referent = mostRecent(doc, candidates.map((c) => c.id), s.index, start);
      if (possessor) {
        possessor.qualifier = true;
        // "Biden's secretary of state" is American, and so is Biden.
        const country = homeCountry(doc, referent);
        const owner = doc.entities.get(possessor.entityIds[0]!);
        if (country && owner) for (const r of owner.roles) r.countryId ??= country;
      }
      personMention(doc, s.index, start, end, [referent], 'role');
    }
  }
}


/**
 * "the top US diplomat", "her American counterpart": a post named by its country, with no name after it, is the person
 * the story has named holding it for that country (a counterpart of that country, the foreign minister of that country).
 */
const COUNTRY_POST = /\b(?:[Tt]he\s+top|his|her|their)\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(diplomat|counterpart)\b(?!\s*,?\s+\p{Lu})/gu;
function resolveCountryPosts(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    if (!/ (?:diplomat|counterpart)\b/.test(s.text)) continue;
    COUNTRY_POST.lastIndex = 0;
    for (const m of s.text.matchAll(COUNTRY_POST)) {
      const start = s.start + m.index! + m[0].length - m[1]!.length - m[2]!.length - 1;
      const end = s.start + m.index! + m[0].length;
      if (insideQuote(doc, start)) continue;
      const here = mentionsIn(doc, s.index);
      const country = here.find((x) => x.label === 'Country' && x.entityIds.length === 1 && x.start >= start && x.end <= end);
      if (!country || here.some((x) => x.label === 'Person' && x.start < end && start < x.end)) continue;
      const diplomat = m[2] === 'diplomat';
      const candidates = [...doc.entities.values()].filter(
        (p) =>
          p.label === 'Person' &&
          p.firstSentence <= s.index &&
          homeCountry(doc, p.id) === country.entityIds[0] &&
          (!diplomat || p.roles.some((r) => titlesCompatible('Top Diplomat', r.title))),
      );
      if (!candidates.length) continue;
      country.qualifier = true;
      // "the top US diplomat": the post begins at "top".
      const from = diplomat ? s.start + m.index! + m[0].indexOf('top') : start;
      personMention(doc, s.index, from, end, [mostRecent(doc, candidates.map((c) => c.id), s.index, from)], 'role');
    }
  }
}

/**
 * "The leaders also agreed …" without a number: the people last named together, two to
 * four of them in one earlier sentence (up to two back).
 */
const LEADERS = /\b[Tt]he (?:(?:leaders|presidents|prime ministers|foreign ministers|ministers)\b(?!\s+(?:of|from)\b)|two(?=\s+(?:also|later|then|have|had|were|are|will|would|agreed|discussed|met|spoke|signed|held|said|talked|pledged|issued|exchanged|reviewed|declared|announced|proclaimed)\b))/g;
function resolveLeaders(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { m, start, end } of freeMatches(doc, s, LEADERS)) {
      // "the leaders of Australia, India and Japan" name their countries.
      if (/^\s+of\b/.test(doc.text.slice(end, end + 4))) continue;
      // "Trump spoke with Putin and said the two had agreed …": people named before it in the same sentence; else
      // "The leaders also discussed …" a few sentences after the meeting that named them.
      const before = [...new Set(peopleIn(doc, s.index, start))];
      let people = before.length >= 2 ? before : (peopleLastNamedTogether(doc, s.index) ?? peopleLastNamedTogether(doc, s.index, Infinity));
      // "Carney, who hosted the summit, said … Macron said … The leaders also discussed …": without a number, the leaders
      // are everyone the two sentences before named, not only those of the nearer one.
      if (people && before.length < 2 && !/two$/i.test(m[0]) && /leaders$/i.test(m[0])) {
        const recent = peopleJustBefore(doc, s.index);
        if (recent.length > people.length && recent.length <= 4 && people.every((p) => recent.includes(p))) people = recent;
      }
      // "Kamikawa held talks with Wang, before the two joined Park … The two agreed": two are the first two of the group.
      if (people && /two$/i.test(m[0]) && people.length > 2) people = people.slice(0, 2);
      if (people && people.length <= 4) personMention(doc, s.index, start, end, people, 'pronoun');
    }
  }
}

/**
 * "The crown prince and his guest reviewed …": the guest (or visitor, or host) of the one "his" stands for is the
 * other person of the story, the one named most recently.
 */
const GUEST = /\b(?:his|her)\s+(guest|visitor|host)\b/gi;
function resolveGuests(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    // The possessive stays its owner's mention; the noun after it is the guest.
    for (const { m, start, end } of freeMatches(doc, s, GUEST, 5)) {
      const nounStart = end - m[1]!.length;
      const owner = mentionsIn(doc, s.index).find((x) => x.label === 'Person' && x.start === s.start + m.index! && x.entityIds.length === 1)?.entityIds[0];
      if (!owner || start > nounStart) continue;
      const other = doc.mentions.filter((x) => x.label === 'Person' && x.entityIds.length === 1 && x.start < nounStart && x.entityIds[0] !== owner && !x.qualifier).at(-1);
      if (other) personMention(doc, s.index, nounStart, end, [other.entityIds[0]!], 'role');
    }
  }
}

/**
 * "Anwar was received by Putin … The visiting leader told his host …": the one received, welcomed or hosted, or who
 * visited or arrived, in this sentence or the two before.
 */
const VISITING = /\bthe visiting (?:leader|president|prime minister|premier|minister|king|queen|emir|chancellor|monarch|secretary|envoy)\b/gi;
const RECEIVED_BY = /\b(?:was|were)\s+(?:received|welcomed|hosted|greeted)\s+by\b/;
const HOSTED_SOMEONE = /\b(?:received|welcomed|hosted|greeted)\s+$/;
const MADE_VISIT = /^\s+(?:\p{Ll}+\s+)?(?:visited|arrived|travelled|traveled|flew)\b/u;
function resolveVisiting(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { start, end } of freeMatches(doc, s, VISITING)) {
      let visitor: string | undefined;
      for (let i = s.index; !visitor && i >= Math.max(0, s.index - 2); i--) {
        const people = mentionsIn(doc, i).filter((x) => x.label === 'Person' && x.entityIds.length === 1 && !x.qualifier && (i < s.index || x.end <= start));
        const text = doc.sentences[i]!;
        for (const x of people) {
          const after = doc.text.slice(x.end, Math.min(text.end, x.end + 40));
          const before = doc.text.slice(Math.max(text.start, x.start - 40), x.start);
          if (RECEIVED_BY.test(after.slice(0, 24)) || MADE_VISIT.test(after) || HOSTED_SOMEONE.test(before.replace(/(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u, ''))) {
            visitor = x.entityIds[0];
            break;
          }
        }
      }
      if (visitor) personMention(doc, s.index, start, end, [visitor], 'role');
    }
  }
}

/** "the two leaders", "both sides": the last two people (or countries) named in earlier sentences. */
const PLURAL_REFERENCE = /\b(?:the (two|three|four|five|six|seven|eight)|(both))\s+(?:(?:prime|foreign|defence|defense|finance|trade)\s+)?(leaders|men|women|sides|presidents|ministers|officials|diplomats|candidates|rivals|countries|nations|governments|juntas|regimes|states|neighbours|neighbors)\b|\bthe (?:pair|duo)\b(?!\s+of\b)/gi;
/** "talks with leaders of both countries", "mediated between the two countries": the countries are the speaker's other side. */
const OTHER_SIDE_BEFORE = /\b(?:with|between)\s+(?:(?:the\s+)?[\p{Ll}-]+\s+(?:of|from)\s+)?$/u;
/** A sentence that tells a meeting: its people are the ones "the two leaders" later refers to. */
const MEETING_WORD = /\b(?:met|meets|hosted|hosts|received|welcomed|held\s+(?:[\p{L}-]+\s+){0,4}?talks|sat\s+down|talks\s+with|meeting\s+with)\b/u;
const BROKERED_BY = /\b(?:brokered|mediated|facilitated|arranged|hosted)\s+by\b/;
/** Small counts written as words ("the two leaders", "three days after"). */
export const COUNT: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const HEAD_TITLES = new Set(['President', 'Prime Minister', 'Chancellor', 'King', 'Queen', 'Emir', 'Sultan', 'Crown Prince', 'Supreme Leader', 'General Secretary', 'Leader', 'President-elect']);
/** Verbs of reporting, not of taking part: "Borrell said", not "Lammy raised". */
const REPORTING = /^(?:['’]s)?\s+(?:\p{L}+\s+){0,2}?(?:said|says|told|tells|added|noted|stated|announced|wrote|tweeted|posted|confirmed|claimed|explained|insisted)\b/u;

function resolvePluralReferences(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { m, start, end } of freeMatches(doc, s, PLURAL_REFERENCE)) {
      // "The pair agreed …" counts two people, as "the two leaders" does.
      const noun = m[3] ?? 'leaders';
      const label = /countries|nations|governments|juntas|regimes|states|neighbou?rs/i.test(noun) ? 'Country' : 'Person';
      const wanted = COUNT[(m[1] ?? m[2] ?? 'two').toLowerCase()]!;
      const found: string[] = [];
      if (label === 'Country') {
        // "Amir-Abdollahian met bin Salman …, since the two countries agreed": people earlier in the sentence count first,
        // unless the countries are the other side of their talks ("Rubio held talks with leaders of both countries").
        const otherSide = OTHER_SIDE_BEFORE.test(doc.text.slice(Math.max(s.start, start - 40), start));
        const people = otherSide ? [] : recentMentions(doc, s.index, 'Person', start);
        for (const p of people) {
          const country = homeCountry(doc, p.entityIds[0]!);
          if (country && !found.includes(country)) found.push(country);
          if (found.length === wanted) break;
        }
        // "Modi met Zelensky … The two governments signed": a person with no known country leaves the rest to
        // the countries the story names most so far, not to one named once in passing ("warned against arming Taiwan").
        if (found.length && found.length < wanted) {
          const counts = new Map<string, number>();
          for (const c of doc.mentions) {
            if (c.label === 'Country' && !c.qualifier && c.entityIds.length === 1 && c.start < start) counts.set(c.entityIds[0]!, (counts.get(c.entityIds[0]!) ?? 0) + 1);
          }
          const ranked = [...counts].filter(([id]) => !found.includes(id)).sort((a, b) => b[1] - a[1]);
          if (ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1] || found.length + 1 < wanted)) for (const [id] of ranked.slice(0, wanted - found.length)) found.push(id);
        }
        if (found.length < wanted) found.length = 0;
        // "Scholz and Tusk met … The two governments signed …": the countries of the people the story paired.
        if (!found.length) {
          const paired = [...new Set((peopleLastNamedTogether(doc, s.index, Infinity) ?? []).map((id) => homeCountry(doc, id)))];
          if (paired.length === wanted && paired.every(Boolean)) found.push(...(paired as string[]));
        }
      }
      // "Borrell said both leaders had accepted": whoever reports on the group is not in it. A coordinate clause
      // ("Lee told Ishiba that …, and both leaders condemned …") is the narrator's again.
      // "Hegseth said on Saturday after the two men held talks": a clause of when is the narrator's too.
      const ownClause = /(?:,\s+(?:and|but|while|whereas)|\b(?:after|before|when|as|since|following))\s+$/.test(doc.text.slice(s.start, start));
      const reporters = new Set(
        (ownClause ? [] : mentionsIn(doc, s.index))
          // "Milei's office said the two leaders …": the office reports; Milei is still one of the two.
          .filter((x) => x.label === 'Person' && !x.possessive && x.end <= start && REPORTING.test(doc.text.slice(x.end, x.end + 24)))
          .flatMap((x) => x.entityIds),
      );
      let earlier = recentMentions(doc, s.index, label, start);
      // "Kagame and Tshisekedi met in talks hosted by the emir … the two leaders called for …": the pair that acted together.
      const pair = label === 'Person' && wanted === 2 && !found.length ? openingPair(doc, s.index) : null;
      if (pair && !pair.some((id) => reporters.has(id))) found.push(...pair);
      // "Zelensky met Ramaphosa … Ramaphosa said he had spoken to Trump … The two leaders discussed …": the people of the
      // latest meeting in the sentences before, when it had as many.
      if (label === 'Person' && !found.length && /^(?:leaders|presidents|men|sides|ministers)$/i.test(noun)) {
        for (let back = s.index - 1; back >= Math.max(0, s.index - 3); back--) {
          if (!MEETING_WORD.test(doc.sentences[back]!.text)) continue;
          // "… in a meeting brokered by US envoy Tom Barrack": the broker is not one of the two who met.
          const broker = BROKERED_BY.exec(doc.sentences[back]!.text);
          const all = peopleIn(doc, back);
          const people = all.length > wanted && broker ? peopleIn(doc, back, doc.sentences[back]!.start + broker.index) : all;
          // "Sisi met Costa and von der Leyen … The two sides discussed …": a side may be a delegation of several.
          const sides = /^sides$/i.test(noun) && people.length > wanted;
          // "Trump met Munir … Trump said the two men had discussed Iran": one of the two may report for both.
          if (people.length === wanted || sides) found.push(...people);
          break;
        }
      }
      // "the two leaders" after an envoy was named, "the two sides" after a dinner with aides: the heads of state or government, when there are enough of them.
      if (label === 'Person' && /^(?:leaders|presidents|sides)$/i.test(noun)) {
        const isHead = (x: Mention) => doc.entities.get(x.entityIds[0]!)?.roles.some((r) => HEAD_TITLES.has(r.title));
        let heads = earlier.filter(isHead);
        // Not enough heads nearby: those named anywhere before, latest first.
        if (new Set(heads.map((x) => x.entityIds[0])).size < wanted) heads = doc.mentions.filter((x) => x.label === 'Person' && x.entityIds.length === 1 && x.start < start && !x.qualifier && isHead(x)).reverse();
        if (new Set(heads.map((x) => x.entityIds[0])).size >= wanted) earlier = heads;
      }
      // "The two officials agreed …" after leaders were named in passing: officials are not heads of state or government.
      if (label === 'Person' && /^officials$/i.test(noun)) {
        const isHead = (x: Mention) => doc.entities.get(x.entityIds[0]!)?.roles.some((r) => HEAD_TITLES.has(r.title));
        const others = earlier.filter((x) => !isHead(x));
        if (new Set(others.map((x) => x.entityIds[0])).size >= wanted) earlier = others;
      }
      // "received both ministers": people who hold the office the noun names, when there are enough of them.
      if (label === 'Person' && /^(?:ministers|presidents|diplomats)$/i.test(noun)) {
        // A foreign secretary is a minister too.
        const office = /^diplomats$/i.test(noun) ? /Minister|Secretary|Ambassador|Envoy|Diplomat/ : /^ministers$/i.test(noun) ? /(?<!Prime )Minister|Secretary/ : new RegExp(noun.slice(0, -1), 'i');
        const holders = earlier.filter((x) => doc.entities.get(x.entityIds[0]!)?.roles.some((r) => office.test(r.title)));
        if (new Set(holders.map((x) => x.entityIds[0])).size >= wanted) earlier = holders;
      }
      for (const x of found.length ? [] : earlier) {
        if (reporters.has(x.entityIds[0]!)) continue;
        if (!found.includes(x.entityIds[0]!)) found.push(x.entityIds[0]!);
        if (found.length === wanted) break;
      }
      // "The two leaders later shared dinner", several sentences on: the people the story last named together.
      if (found.length < wanted && label === 'Person') {
        const together = (peopleLastNamedTogether(doc, s.index, Infinity) ?? []).filter((id) => !reporters.has(id));
        if (together.length === wanted) found.splice(0, found.length, ...together);
      }
      if (found.length < wanted) continue;
      // In the order the text introduced them.
      const firstSeen = (id: string) => doc.mentions.find((x) => x.entityIds.length === 1 && x.entityIds[0] === id)?.start ?? Infinity;
      const mention = personMention(doc, s.index, start, end, found.sort((a, b) => firstSeen(a) - firstSeen(b)), 'pronoun');
      mention.label = label;
    }
  }
}

/** Single-entity, non-qualifier mentions of a label in the three sentences before `sentence`, latest first. */
function recentMentions(doc: ArticleDoc, sentence: number, label: Mention['label'], before = -1): Mention[] {
  // "Scholz met Modi …, and the two sides signed …": those named earlier in the same sentence come first.
  const out: Mention[] = before < 0 ? [] : mentionsIn(doc, sentence).filter((x) => x.label === label && !x.qualifier && x.entityIds.length === 1 && x.end <= before && x.via !== 'pronoun').sort((a, b) => b.start - a.start);
  for (let i = sentence - 1; i >= Math.max(0, sentence - 3); i--) {
    out.push(...mentionsIn(doc, i).filter((x) => x.label === label && !x.qualifier && x.entityIds.length === 1).sort((a, b) => b.start - a.start));
  }
  return out;
}

/**
 * The distinct people of the nearest of the two sentences before `sentence` that names at least
 * two, by name or as a group already resolved ("The leaders agreed …").
 */
function peopleLastNamedTogether(doc: ArticleDoc, sentence: number, reach = 2): string[] | null {
  for (let back = sentence - 1; back >= Math.max(0, sentence - reach); back--) {
    const group = mentionsIn(doc, back).find((m) => m.label === 'Person' && m.entityIds.length > 1 && !insideQuote(doc, m.start));
    const people = [...new Set([...(group?.entityIds ?? []), ...peopleIn(doc, back)])];
    if (people.length >= 2) return people;
  }
  return null;
}

const THEY_REPORTED = new RegExp(`\\b(?:${SPEECH_WORDS_ALT})\\s+(?:that\\s+)?they\\b`, 'g');

/** "They condemned …" right after "The three leaders agreed …": the same group. */
const THEY = /^(They|they)\b/;
function resolvePluralPronouns(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    if (THEY.test(s.text) && s.index > 0) {
      const group = mentionsIn(doc, s.index - 1).find((m) => m.entityIds.length > 1 && !insideQuote(doc, m.start));
      // "Starmer met Harris … The meeting was the first summit between the two governments … They discussed energy":
      // states named only as an object, whose leaders the story has just named together, stand for those leaders.
      const leaders = group?.label === 'Country' && /\b(?:between|of|with|for)\s+$/i.test(doc.text.slice(Math.max(0, group.start - 12), group.start)) ? peopleLastNamedTogether(doc, s.index) : null;
      const theirs = leaders && leaders.length === group!.entityIds.length && group!.entityIds.every((c) => leaders.some((p) => homeCountry(doc, p) === c));
      if (theirs) personMention(doc, s.index, s.start, s.start + 4, leaders, 'pronoun');
      else if (group) personMention(doc, s.index, s.start, s.start + 4, [...group.entityIds], 'pronoun').label = group.label;
      else {
        // "Putin thanked Xi …, while Xi said … They also discussed …": the people just named together.
        const people = peopleLastNamedTogether(doc, s.index);
        if (people && people.length <= 4) personMention(doc, s.index, s.start, s.start + 4, people, 'pronoun');
      }
    }
    // "Sheinbaum said they discussed migration": the people last named together, the speaker among them.
    for (const { start, end } of freeMatches(doc, s, THEY_REPORTED, 4)) {
      const people = peopleLastNamedTogether(doc, s.index);
      if (people) personMention(doc, s.index, start, end, people.slice(0, 4), 'pronoun');
    }
  }
}
/**
 * "The foreign ministers of Congo and Rwanda signed …": the people of the article who hold that office for
 * each country named, when there is exactly one for each.
 */
const OFFICE_HOLDERS_OF = /\b(?:the\s+)?(foreign ministers|defen[cs]e ministers|prime ministers|presidents|finance ministers|trade ministers|interior ministers|leaders)\s+of\s+(?:the\s+)?/gi;
/** "The leaders of Russia, Ukraine and Belarus": whoever heads each state. */
const HEAD_OF_STATE = /^(?:President|Prime Minister|Chancellor|Premier|Leader|King|Queen|Emir|Chairman|General Secretary|Supreme Leader)$/;
function resolveOfficeHoldersOf(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { m, start, end } of freeMatches(doc, s, OFFICE_HOLDERS_OF)) {
      // The countries listed right after "of": "A and B", "A, B and C".
      const countries: Mention[] = [];
      let at = end;
      for (const c of mentionsIn(doc, s.index).filter((x) => x.label === 'Country' && x.start >= at).sort((a, b) => a.start - b.start)) {
        if (!/^(?:,\s+|,?\s+and\s+|\s*)(?:the\s+)?$/.test(doc.text.slice(at, c.start))) break;
        countries.push(c);
        at = c.end;
      }
      if (countries.length < 2) continue;
      const office = /^leaders$/i.test(m[1]!) ? HEAD_OF_STATE : new RegExp(m[1]!.replace(/s$/, '').replace(/ministers?$/i, 'Minister').replace(/defen[cs]e/i, 'Defen[cs]e'), 'i');
      const holders = countries.map((c) => {
        const found = [...doc.entities.values()].filter((e) => e.label === 'Person' && e.roles.some((r) => r.countryId === c.entityIds[0] && office.test(r.title) && !r.former));
        // "Alija Izetbegovic of Bosnia": one named with the country and no post is the one meant, when no one holds it by title.
        const listed = found.length ? [] : [...doc.entities.values()].filter((e) => e.label === 'Person' && !e.roles.length && e.props.countryId === c.entityIds[0]);
        return found.length === 1 ? found[0]!.id : listed.length === 1 ? listed[0]!.id : null;
      });
      if (holders.some((h) => !h)) continue;
      for (const c of countries) c.qualifier = true;
      personMention(doc, s.index, start, at, holders as string[], 'role');
    }
  }
}

/** "The two leaders met, and their governments signed …": the countries of the people last named together. */
const THEIR_GOVERNMENTS = /\btheir\s+(?:governments|countries|nations|administrations|delegations)\b/gi;
function resolveTheirGovernments(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { start, end } of freeMatches(doc, s, THEIR_GOVERNMENTS)) {
      const before = mentionsIn(doc, s.index).filter((x) => x.label === 'Person' && x.end <= start && !x.qualifier);
      const group = before.filter((x) => x.entityIds.length > 1).at(-1)?.entityIds;
      const people = group ?? (new Set(before.flatMap((x) => x.entityIds)).size >= 2 ? [...new Set(before.flatMap((x) => x.entityIds))] : peopleLastNamedTogether(doc, s.index));
      const countries = [...new Set((people ?? []).map((id) => homeCountry(doc, id)))];
      if (countries.length < 2 || countries.some((c) => !c)) continue;
      personMention(doc, s.index, start, end, countries as string[], 'pronoun').label = 'Country';
    }
  }
}

/** The two people who open a sentence as a coordinated subject ("Kagame and Tshisekedi met …"), named before `limit`. */
function pairOpening(doc: ArticleDoc, sentence: number, limit = Infinity): [string, string] | null {
  const s = doc.sentences[sentence]!;
  const [first, second] = mentionsIn(doc, sentence).filter((x) => x.label === 'Person' && x.entityIds.length === 1 && !x.qualifier && x.end <= limit).sort((a, b) => a.start - b.start);
  if (!first || !second || first.start - s.start > 40 || first.entityIds[0] === second.entityIds[0] || !PAIR_JOIN.test(doc.text.slice(first.end, second.start))) return null;
  return [first.entityIds[0]!, second.entityIds[0]!];
}

/** The pair that opens one of the three sentences before `sentence`. */
function openingPair(doc: ArticleDoc, sentence: number): [string, string] | null {
  for (let back = sentence - 1; back >= Math.max(0, sentence - 3); back--) {
    const pair = pairOpening(doc, back);
    if (pair) return pair;
  }
  return null;
}

/** "Biden and Xi spoke on Tuesday, their first call since they met": "they" is the pair that opens the sentence. */
const INNER_THEY = /(?<=\s)they\b/g;
// "Araghchi and International Atomic Energy Agency chief Rafael Grossi": a title, lower-case head and all, may stand before the second.
const PAIR_JOIN = /^\s+and\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|chief|head|leader|president|minister|secretary|envoy)\s+){0,6}$/u;
function resolveTheyOfOpeningPair(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { start, end } of freeMatches(doc, s, INNER_THEY)) {
      // "the two leaders held their summit, where they discussed …": the group named before it in the sentence.
      const group = mentionsIn(doc, s.index).filter((x) => x.label === 'Person' && x.entityIds.length > 1 && x.end <= start).at(-1);
      if (group) {
        personMention(doc, s.index, start, end, [...group.entityIds], 'pronoun');
        continue;
      }
      const pair = pairOpening(doc, s.index, start);
      if (pair) {
        personMention(doc, s.index, start, end, pair, 'pronoun');
        continue;
      }
      // "Modi met Kishida; they discussed trade": after a clause boundary, the two people that clause named.
      // "welcomed Modi to Chequers, where they signed …": a clause on the place of their meeting too.
      if (/(?:;|,\s+and|,\s+where|,\s+at\s+which)\s+$/.test(doc.text.slice(s.start, start))) {
        const named = [...new Set(mentionsIn(doc, s.index).filter((x) => x.label === 'Person' && x.entityIds.length === 1 && x.end <= start).map((x) => x.entityIds[0]!))];
        if (named.length === 2) personMention(doc, s.index, start, end, named, 'pronoun');
      }
    }
  }
}

/** "Ramaphosa led a delegation of African leaders … On Saturday the delegation met Putin": the delegation acts through its head. */
const THE_DELEGATION = /\b[Tt]he delegation\b/g;
const LED_DELEGATION = /\b(?:led|headed)\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+){0,3}delegation\b/u;
function resolveDelegations(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { start, end } of freeMatches(doc, s, THE_DELEGATION)) {
      for (let back = s.index - 1; back >= Math.max(0, s.index - 3); back--) {
        const earlier = doc.sentences[back]!;
        const led = LED_DELEGATION.exec(earlier.text);
        if (!led) continue;
        const head = mentionsIn(doc, back).filter((x) => x.label === 'Person' && x.entityIds.length === 1 && x.end <= earlier.start + led.index).at(-1);
        if (head) personMention(doc, s.index, start, end, [...head.entityIds], 'pronoun');
        break;
      }
    }
  }
}

/** "Hamas said it welcomed …": "it" after a body's or country's speech verb is that body or country. */
// "said on Tuesday that it was cutting ties": a day may stand between the verb and its clause.
const IT_REPORTED = new RegExp(`\\b(?:${SPEECH_WORDS_ALT})\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:that\\s+)?it\\b`, 'gu');
const STATE_GOVERNMENT_GAP = /^(?:['’]s)?\s*(?:(?:government|authorities|administration|cabinet)\s+)?$/;
const SEATED_IN = /\b(?:in|at)\s+$/;
const APPOSITIVE_BEFORE = /,\s+(?:the|a|an|its|\p{Lu}[\p{L}-]*['’]s)\s+[^,;]{1,60},\s*$/u;
const BODY_GAP = /^(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*$/u;
function resolveReportedIt(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { m, start, end } of freeMatches(doc, s, IT_REPORTED, 2)) {
      // "The Soviet Union, Iraq's main arms supplier, said it …": the speaker stands before a phrase set off by commas.
      const appositive = APPOSITIVE_BEFORE.exec(doc.text.slice(s.start, s.start + m.index!));
      const verbAt = appositive ? s.start + appositive.index : s.start + m.index!;
      // "China's embassy in Prague said it …": a capital named as where a body sits is a place, not the speaker.
      const speaker = mentionsIn(doc, s.index)
        .filter((x) => (x.label === 'Organization' || x.label === 'Country') && !x.qualifier && x.entityIds.length === 1 && x.end <= verbAt && !SEATED_IN.test(doc.text.slice(Math.max(s.start, x.start - 4), x.start)))
        .at(-1);
      // Only when nothing else stands between: "Hamas said it", not "Hamas praised Qatar and said it"; a state's
      // government is the state ("The Iraqi government said it had warned …").
      if (!speaker || !(speaker.label === 'Country' ? STATE_GOVERNMENT_GAP : BODY_GAP).test(doc.text.slice(speaker.end, verbAt))) continue;
      // A national body found by pattern ("the Israeli military") acts for its country through "it" too.
      personMention(doc, s.index, start, end, [...speaker.entityIds], speaker.via === 'pattern' ? 'pattern' : 'pronoun').label = speaker.label;
    }
  }
}


/**
 * "Pakistan rejected the accusation. On Thursday, after a meeting chaired by Shehbaz Sharif, it closed its airspace":
 * "it" opening a clause is the country or body that opened one of the two sentences before (never a person).
 */
const IT_SUBJECT = /(?:^|,\s+|;\s+|\band\s+|\b(?:on\s+)?\p{Lu}\p{Ll}+day\s+)[Ii]t(?=\s+(?:\p{Ll}+(?:ed|s)\b|(?:has|had|was|will|would|also|then)\b))/gu;
function resolveSubjectIt(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { start, end } of freeMatches(doc, s, IT_SUBJECT, 2)) {
      let opener: Mention | undefined;
      for (let i = s.index; !opener && i >= Math.max(0, s.index - 2); i--) {
        const first = mentionsIn(doc, i).filter((x) => !x.qualifier && x.entityIds.length === 1 && (i < s.index || x.end <= start)).sort((a, b) => a.start - b.start)[0];
        if (first && (first.label === 'Country' || first.label === 'Organization') && first.start - doc.sentences[i]!.start <= 30) opener = first;
      }
      if (!opener) continue;
      // "The Russian foreign ministry said … It also ended …": a national body found by pattern acts for its country, as when named.
      personMention(doc, s.index, start, end, [...opener.entityIds], opener.via === 'pattern' ? 'pattern' : 'pronoun').label = opener.label;
    }
    // "Russia ordered 20 Czech diplomats to leave. Its foreign ministry called the decision hostile": a state's own
    // body opening a clause acts for the state that opened the sentence before.
    // "Turkey had called off the visit, and its foreign ministry summoned …": the state that opened this sentence, if one did.
    for (const { start, end } of freeMatches(doc, s, ITS_BODY)) {
      const opener = (i: number, before: number) =>
        mentionsIn(doc, i).filter((x) => !x.qualifier && x.entityIds.length === 1 && x.end <= before).sort((a, b) => a.start - b.start)[0];
      const here = opener(s.index, start);
      const owner = here && here.start - s.start <= 30 ? here : s.index > 0 ? opener(s.index - 1, Infinity) : undefined;
      if (owner?.label !== 'Country' || owner.start - doc.sentences[owner.sentence]!.start > 30) continue;
      personMention(doc, s.index, start, end, [...owner.entityIds], 'pronoun').label = 'Country';
    }
  }
}
const ITS_BODY = /(?<=^|,\s+|;\s+|\band\s+)[Ii]ts\s+(?:(?:foreign|defence|defense|interior)\s+ministry|government|embassy|cabinet|parliament|military|army)(?=\s+\p{Ll}+(?:ed|s)\b)/gu;

/** "accused the bloc": the organization named last, in this sentence or the two before. */
const BODY_REFERENCE = /\bthe (bloc|alliance|organi[sz]ation|union|group|body|court|league|council|assembly|commission)\b/gi;
function resolveBodyReferences(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { m, start, end } of freeMatches(doc, s, BODY_REFERENCE)) {
      // "the league" is the Arab League named earlier, however far back; else the body named last, nearby.
      const head = m[1]!.toLowerCase();
      let body: Mention | undefined = ['league', 'council', 'assembly', 'commission', 'court'].includes(head)
        ? doc.mentions.filter((x) => x.label === 'Organization' && x.entityIds.length === 1 && x.start < start && x.via !== 'pronoun' && x.text.toLowerCase().includes(head)).at(-1)
        : undefined;
      for (let i = s.index; !body && i >= Math.max(0, s.index - 2); i--) {
        body = mentionsIn(doc, i)
          .filter((x) => x.label === 'Organization' && x.entityIds.length === 1 && (i < s.index || x.end <= start))
          .sort((a, b) => b.start - a.start)[0];
      }
      if (!body) continue;
      const mention = personMention(doc, s.index, start, end, [...body.entityIds], 'pronoun');
      mention.label = 'Organization';
    }
  }
}

/**
 * "Burundi closed its border with Rwanda, accusing its neighbour of arming the rebels": the neighbour is the other
 * country the sentence (or else the one before) named last, the owner being the first country the sentence names.
 */
const NEIGHBOUR_REFERENCE = /\b(?:its|their)\s+(?:(?:smaller|larger|bigger|southern|northern|eastern|western)\s+)?neighbou?r\b(?!s|ing|hood)/gi;
function resolveNeighbourReferences(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    for (const { start, end } of freeMatches(doc, s, NEIGHBOUR_REFERENCE)) {
      const countries = (i: number) => mentionsIn(doc, i).filter((x) => x.label === 'Country' && !x.qualifier && x.entityIds.length === 1 && (i < s.index || x.end <= start));
      const owner = countries(s.index)[0]?.entityIds[0];
      if (!owner) continue;
      const other = [...countries(s.index), ...(s.index > 0 ? countries(s.index - 1) : [])].reverse().find((x) => x.entityIds[0] !== owner);
      // The one other country of the sentence; the sentence before may name only one besides the owner.
      const others = new Set(countries(s.index).map((x) => x.entityIds[0]).filter((id) => id !== owner));
      if (!other || others.size > 1) continue;
      const mention = personMention(doc, s.index, start, end, [...other.entityIds], 'pronoun');
      mention.label = 'Country';
    }
  }
}

/** What a name or title tells of a person's gender; null when it tells nothing. */
function genderOf(e: Entity | undefined): 'f' | 'm' | null {
  if (!e) return null;
  if (e.roles.some((r) => /^(?:King|Emir|Sultan|Crown Prince|Pope)$/.test(r.title))) return 'm';
  if (e.roles.some((r) => r.title === 'Queen')) return 'f';
  const toks = tokens(e.name);
  const given = toks.length > 1 && FAMILY_NAME_FIRST.has(toks[0]!) ? toks[1]! : toks[0]!;
  return FEMALE_GIVEN_NAMES.has(given) ? 'f' : MALE_GIVEN_NAMES.has(given) ? 'm' : null;
}

/** The one person named between the clause opener ("that", "who", a comma or "and") before `pos` and `pos`. */
function clauseSubjectBefore(doc: ArticleDoc, s: Sentence, pos: number): string | undefined {
  const before = doc.text.slice(s.start, pos);
  const opener = [...before.matchAll(/\b(?:that|who|and|but)\s|,\s/g)].at(-1);
  const from = s.start + (opener ? opener.index! + opener[0].length : 0);
  const people = mentionsIn(doc, s.index).filter((x) => x.label === 'Person' && x.entityIds.length === 1 && x.start >= from && x.end <= pos && x.via !== 'pronoun');
  return people.length === 1 ? people[0]!.entityIds[0] : undefined;
}

/** The first person named in the clause a "though" or "but" right before `pos` qualifies: "…, where X accepted …, though he". */
const CONCESSIVE_BEFORE = /,\s+(?:though|although|even\s+though|but)\s+$/;
function concededSubject(doc: ArticleDoc, s: Sentence, pos: number): string | undefined {
  const concession = CONCESSIVE_BEFORE.exec(doc.text.slice(s.start, pos));
  if (!concession) return undefined;
  const comma = s.start + concession.index;
  const opener = [...doc.text.slice(s.start, comma).matchAll(/(?:\b(?:where|when|while|that|who)|[,;])\s/g)].at(-1);
  const from = s.start + (opener ? opener.index! + opener[0].length : 0);
  return mentionsIn(doc, s.index).find((x) => x.label === 'Person' && x.entityIds.length === 1 && x.via !== 'pronoun' && x.start >= from && x.end <= comma)?.entityIds[0];
}

/** "… said he", "… told reporters that he": the verb of saying right before a pronoun. */
const SAID_BEFORE = new RegExp(`\\b(?:${SPEECH_WORDS_ALT})(?:\\s+(?:reporters|journalists))?(?:\\s+on\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:that\\s+)?$`, 'u');
/** The person who says the words a pronoun opens, when named right before the verb of saying (an appositive may stand between). */
function reportingSpeaker(doc: ArticleDoc, s: Sentence, pronounStart: number): string | undefined {
  const said = SAID_BEFORE.exec(doc.text.slice(s.start, pronounStart));
  if (!said) return undefined;
  const verbStart = s.start + said.index;
  const speaker = mentionsIn(doc, s.index).filter((x) => x.label === 'Person' && x.entityIds.length === 1 && !x.possessive && x.end <= verbStart).at(-1);
  return speaker && /^\s*(?:,[^,]{1,80},\s*)?$/.test(doc.text.slice(speaker.end, verbStart)) ? speaker.entityIds[0] : undefined;
}

/**
 * He or she is the subject of the sentence, or of the nearest earlier one, unless the
 * name says otherwise: then the next person named there ("Sheinbaum spoke with Trump,
 * days after he threatened tariffs": he is Trump).
 */
function resolvePronouns(doc: ArticleDoc): void {
  // A person once called "he" is not "she" further on, though the name says nothing ("He Lifeng").
  const told = new Map<string, 'f' | 'm'>();
  for (const s of doc.sentences) {
    PRONOUN.lastIndex = 0;
    for (const m of s.text.matchAll(PRONOUN)) {
      const start = s.start + m.index!;
      if (insideQuote(doc, start)) continue;
      const gender = /^(?:he|him|his)$/i.test(m[0]) ? 'm' : 'f';
      const genderHere = (id: string) => genderOf(doc.entities.get(id)) ?? told.get(id) ?? null;
      const fits = (id: string) => genderHere(id) !== (gender === 'm' ? 'f' : 'm');
      // "Asked about the preacher Zakir Naik, Anwar said … he would …": the subject stands after the opening participle.
      const opening = LEADING_PARTICIPLE.exec(s.text);
      const here = peopleIn(doc, s.index, start, opening ? s.start + opening[0].length : 0).filter(fits);
      // "Assoumani thanked Putin but asked him": an object pronoun is not its own clause's subject.
      const object = /^him$/i.test(m[0]) || (/^her$/i.test(m[0]) && OBJECT_FOLLOWS.test(doc.text.slice(start + 3, start + 12)));
      // The clause's subject is the sentence's first actor; a person named after a country or body is an object already.
      const firstActor = mentionsIn(doc, s.index).find((x) => (x.label === 'Person' || x.label === 'Country' || x.label === 'Organization') && !x.qualifier && x.start < start);
      if (object && firstActor?.label === 'Person' && here[0] === firstActor.entityIds[0]) here.shift();
      let referent = (object ? here.at(-1) : here[0]) ?? null;
      // "Trump announced the ceasefire, and Rubio said he and Vance …": he is who says so, not the sentence's first person.
      const reporter = object ? undefined : reportingSpeaker(doc, s, start);
      if (reporter && fits(reporter)) referent = reporter;
      // "Sun demanded that Prime Minister Sanae Takaichi retract her remarks": his or her in a clause is its own subject's.
      const owner = !object && !reporter && /^(?:his|her)$/i.test(m[0]) ? clauseSubjectBefore(doc, s, start) : undefined;
      if (owner && genderHere(owner) === gender) referent = owner;
      // "…, where Saakashvili accepted the plan, though he objected to …": a concession goes on with the clause it qualifies.
      const conceding = !object && !reporter && /^(?:he|she)$/i.test(m[0]) ? concededSubject(doc, s, start) : undefined;
      if (conceding && fits(conceding)) referent = conceding;
      // "Reeves met He Lifeng. She said …": in an earlier sentence, one whose name says the pronoun's gender goes before one whose name says nothing.
      // Not for "he": "Xi told Biden that … He also said …" goes on with its subject, a name that says no gender being far
      // more often a man's than a woman's among the officials the news names.
      const named = (id: string) => genderHere(id) === gender;
      for (let back = s.index - 1; !referent && back >= Math.max(0, s.index - 3); back--) {
        const people = subjectFirst(doc, back);
        referent = (gender === 'f' ? people.find(named) : undefined) ?? people.find(fits) ?? null;
      }
      // "after her government cut ties with Taiwan": the government one leads is the state, not the leader.
      const governs = /^(?:his|her)$/i.test(m[0]) ? OWN_GOVERNMENT.exec(doc.text.slice(start + m[0].length, start + m[0].length + 16)) : null;
      const state = referent && governs ? homeCountry(doc, referent) : undefined;
      if (state) personMention(doc, s.index, start, start + m[0].length + governs![0].length, [state], 'pronoun').label = 'Country';
      else if (referent) {
        personMention(doc, s.index, start, start + m[0].length, [referent], 'pronoun');
        if (!told.has(referent)) told.set(referent, gender);
      }
    }
  }
}

const OWN_GOVERNMENT = /^\s+(?:government|administration|country)\b/;

/** "asked her to", "told her that", "her." — "her" as an object, not a possessive. */
const OBJECT_FOLLOWS = /^\s*(?:[,.;:!?]|$|(?:to|that|about|on|in|at|for|of|with|and|but|during|after|before)\b)/;

const LEADING_PARTICIPLE = /^(?:Asked|Questioned|Pressed|Speaking|Responding|Commenting|Referring|Writing|Standing|Flanked|Sitting|Seated)\b[^,]{0,120},/;

/**
 * The people of an earlier sentence, its subject first: "Standing beside Nauseda, Merz said …" is Merz's sentence,
 * so a "he" in the next one is Merz, though Nauseda is named first.
 */
function subjectFirst(doc: ArticleDoc, sentence: number): string[] {
  const s = doc.sentences[sentence]!;
  const opening = LEADING_PARTICIPLE.exec(s.text);
  if (!opening) return peopleIn(doc, sentence);
  const after = peopleIn(doc, sentence, Infinity, s.start + opening[0].length);
  return [...after, ...peopleIn(doc, sentence, s.start + opening[0].length)];
}


export const resolutionComponent: PipelineComponent = {
  name: 'resolution',
  requires: ['mentions.Person', 'entities.Person.roles', 'quotes'],
  assigns: ['mentions.Person.resolved'],
  run(doc) {
    mergeNameVariants(doc);
    mergeShortNamedPersons(doc);
    resolveShortNames(doc);
    resolveRolePhrases(doc);
    resolveCountryPosts(doc);
    resolvePronouns(doc);
    resolveGuests(doc);
    resolvePluralReferences(doc);
    resolveOfficeHoldersOf(doc);
    resolveLeaders(doc);
    resolvePluralPronouns(doc);
    resolveTheirGovernments(doc);
    resolveTheyOfOpeningPair(doc);
    resolveDelegations(doc);
    resolveReportedIt(doc);
    resolveSubjectIt(doc);
    resolveVisiting(doc);
    resolveBodyReferences(doc);
    resolveNeighbourReferences(doc);
    doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
