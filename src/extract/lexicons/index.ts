import worldCountries from 'world-countries';
import cities from './cities.json';
import countryAliases from './country-aliases.json';
import countryDemonyms from './country-demonyms.json';
import countryStoplist from './country-stoplist.json';
import eventLexicon from './events.json';
import historicalCountries from './historical-countries.json';
import names from './names.json';
import officials from './officials.json';
import organizations from './organizations.json';
import titles from './titles.json';
import topics from './topics.json';
import venues from './venues.json';
import type { EventType } from '../../domain/ontology';

/**
 * Lexicons as data, loaded once. The country list comes from the world-countries
 * package (ISO codes, names, capitals, demonyms); our own files add informal
 * aliases and remove entries that are ordinary English words.
 */

export interface CountryEntry {
  iso3: string;
  name: string;
}
export type CountryVia = 'alias' | 'demonym' | 'capital';
/** A form to take only as a place: "in Lima" is Peru, "Lima said" is a person. */
export interface CountryForm extends CountryEntry {
  via: CountryVia;
  locativeOnly?: boolean;
}

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’()-]+$/u;
const capitalStop = new Set(countryStoplist.aliases);
const neverCountry = new Set(countryStoplist.wordsAndNames);
/** Names that contain a country form but name something else: "British Columbia". */
export const NOT_COUNTRY_PLACES: string[] = countryStoplist.places;
const SHORT_CODES_ALLOWED = new Set(['US', 'UK', 'EU']);

function plural(demonym: string): string[] {
  if (/(ese|ss|sh|ch)$/.test(demonym) || demonym.includes(' ')) return [];
  return [`${demonym}s`];
}

export function countryForms(): { forms: Array<[string, CountryForm]>; byIso: Map<string, CountryEntry> } {
  const forms: Array<[string, CountryForm]> = [];
  const byIso = new Map<string, CountryEntry>();
  const extra = countryAliases as unknown as Record<string, string[]>;
  const extraDemonyms = countryDemonyms as unknown as Record<string, string[]>;
  // "Dominican", "Congolese": a demonym two countries share means the one our list gives it to, as news uses it.
  const claimed = new Map(Object.entries(extraDemonyms).flatMap(([iso3, ds]) => (Array.isArray(ds) ? ds : []).flatMap((d) => [d, ...plural(d)].map((f): [string, string] => [f, iso3]))));
  for (const c of worldCountries) {
    // Partly recognised or freely associated places that act in diplomacy; world-countries codes Kosovo as UNK.
    if (!c.independent && !['TWN', 'PSE', 'UNK', 'HKG', 'GRL', 'COK'].includes(c.cca3)) continue;
    const entry = { iso3: c.cca3, name: c.name.common };
    byIso.set(c.cca3, entry);
    const add = (form: string, via: CountryVia) => {
      if (!form || !LATIN.test(form)) return;
      if (form.length <= 2 && !SHORT_CODES_ALLOWED.has(form)) return;
      if ((via !== 'alias' || form !== c.name.common) && capitalStop.has(form)) {
        if (via === 'capital' && !neverCountry.has(form)) forms.push([form, { ...entry, via, locativeOnly: true }]);
        return;
      }
      forms.push([form, { ...entry, via }]);
    };
    add(c.name.common, 'alias');
    add(c.name.official, 'alias');
    for (const a of c.altSpellings) if (!a.includes(',')) add(a, 'alias');
    for (const cap of c.capital ?? []) add(cap, 'capital');
    const dem = c.demonyms?.eng;
    for (const d of new Set([dem?.m, dem?.f].filter(Boolean) as string[])) {
      if (countryStoplist.demonyms.includes(d)) continue;
      if (claimed.has(d)) continue;
      add(d, 'demonym');
      for (const p of plural(d)) add(p, 'demonym');
    }
    for (const a of extra[c.cca3] ?? []) add(a, capitalLike(a, c.capital ?? []) ? 'capital' : 'alias');
    for (const d of extraDemonyms[c.cca3] ?? []) {
      add(d, 'demonym');
      for (const p of plural(d)) add(p, 'demonym');
    }
    // Newsrooms write "St Lucia" and "St. Lucia" as often as "Saint Lucia".
    for (const n of [c.name.common, c.name.official]) if (n.startsWith('Saint ')) for (const st of ['St ', 'St. ']) add(st + n.slice(6), 'alias');
  }
  // "Soviet President Mikhail Gorbachev": a state gone since is still the actor of the years an article tells.
  for (const [iso3, h] of Object.entries(historicalCountries.countries) as Array<[string, { name: string; aliases: string[]; demonyms: string[] }]>) {
    const entry = { iso3, name: h.name };
    byIso.set(iso3, entry);
    for (const a of h.aliases) forms.push([a, { ...entry, via: 'alias' }]);
    for (const d of h.demonyms) for (const f of [d, ...plural(d)]) forms.push([f, { ...entry, via: 'demonym' }]);
  }
  return { forms, byIso };
}

/**
 * "Moscow said" in 1990 is the Soviet Union: a seat of government a later state kept names the earlier one until its
 * end, and a place in one of the states its other parts became ("talks in Tashkent" in 1966) was in the earlier state.
 */
const EARLIER_STATES = new Map(
  Object.entries(historicalCountries.countries as Record<string, { seatOf?: string; members?: string[]; until?: string }>)
    .filter(([, h]) => h.seatOf && h.until)
    .flatMap(([iso3, h]) => [h.seatOf!, ...(h.members ?? [])].map((part) => [part, { iso3, until: h.until! }] as const)),
);
const SEATS_SINCE = new Map(Object.entries(historicalCountries.seatsSince as Record<string, string>).filter(([city]) => !city.startsWith('_')));
/** Whether a city names a state in an article of this date: not before it became the state's seat. */
export function seatYet(city: string, date: string | null): boolean {
  const since = SEATS_SINCE.get(city);
  return !since || !date || date >= since;
}
export function stateOn(iso3: string, date: string | null): string {
  const earlier = date ? EARLIER_STATES.get(iso3) : undefined;
  return earlier && date! < earlier.until ? earlier.iso3 : iso3;
}

/**
 * Cities and venues to the ISO3 code of their country, for where a meeting was held;
 * hand-written venues win over the generated city list.
 */
const PLACES = new Map<string, string>([...Object.entries(cities.cities as Record<string, string>), ...Object.entries(venues.venues as Record<string, string>)]);
const MAX_PLACE_WORDS = 5;

/** A hand-written venue named in full ("Diego Garcia", "Camp David"): a place, whatever given name it starts with. */
export function isVenueName(name: string): boolean {
  return Object.hasOwn(venues.venues, name);
}

/** The ISO3 code of the country holding the longest known city or venue that opens `text` ("Rio de Janeiro, …"), if any. */
export function placeCountryAt(text: string): string | null {
  const words = text.trimStart().split(/\s+/, MAX_PLACE_WORDS);
  for (let n = words.length; n > 0; n--) {
    const iso3 = PLACES.get(words.slice(0, n).join(' ').replace(/[,.;:!?)'’"]+$|['’]s$/u, ''));
    if (iso3) return iso3;
  }
  return null;
}

/** Buildings that stand for a government: whoever hosts there belongs to that country. */
export const SEATS_OF_GOVERNMENT = new Set(['White House', 'Kremlin', 'Downing Street', 'Whitehall', 'Zhongnanhai', 'Elysee', 'Élysée']);

function capitalLike(form: string, capitals: string[]): boolean {
  return capitals.some((c) => c.startsWith(form)) || form === 'Washington' || SEATS_OF_GOVERNMENT.has(form);
}

export interface TitleEntry {
  canonical: string;
  country: string | null;
}
export function titleForms(): Array<[string, TitleEntry]> {
  const out: Array<[string, TitleEntry]> = [];
  for (const t of titles.titles) for (const f of t.forms) out.push([f, { canonical: t.canonical, country: (t as { country?: string }).country ?? null }]);
  return out;
}
export const ROLE_WORDS = titles.roleWords;
export const HONORIFICS = titles.honorifics;
export const TITLE_MODIFIERS = titles.modifiers;

export interface OrganizationEntry {
  name: string;
  country: string | null;
  kind: string;
}
export function organizationForms(): Array<[string, OrganizationEntry]> {
  const out: Array<[string, OrganizationEntry]> = [];
  for (const o of organizations.organizations) {
    const entry = { name: o.name, country: (o as { country?: string }).country ?? null, kind: o.kind };
    out.push([o.name, entry]);
    for (const a of o.aliases) out.push([a, entry]);
  }
  return out;
}
export const MINISTRY_HEADS: string[] = organizations.ministryPatterns.heads;
export const MINISTRY_CANONICAL = organizations.ministryPatterns.canonical as Record<string, string>;
export const ORG_SUFFIXES: string[] = organizations.suffixes;

export interface TopicEntry {
  name: string;
  /** Words that, right before or after a match, make it another thing ("Independence Day", "energy independence"). */
  notBefore?: RegExp;
  notAfter?: RegExp;
}
/** British and American spellings of the same word, both ways. */
const SPELLINGS = new Map<string, string>();
for (const [uk, us] of [
  ['defence', 'defense'], ['programme', 'program'], ['programmes', 'programs'], ['centre', 'center'], ['centres', 'centers'], ['labour', 'labor'],
  ['harbour', 'harbor'], ['neighbour', 'neighbor'], ['neighbours', 'neighbors'], ['fertiliser', 'fertilizer'], ['fertilisers', 'fertilizers'],
  ['aluminium', 'aluminum'], ['licence', 'license'], ['offence', 'offense'], ['co-operation', 'cooperation'],
] as const) {
  SPELLINGS.set(uk, us);
  SPELLINGS.set(us, uk);
}
/** "normalisation" / "normalization", "denuclearisation" / "denuclearization": the -isation nouns, both ways. */
function otherSuffix(word: string): string {
  const m = /^(\p{L}{3,})(is|iz)(ations?)$/u.exec(word);
  return m ? `${m[1]}${m[2] === 'is' ? 'iz' : 'is'}${m[3]}` : word;
}
/** The same phrase in the other spelling ("defence cooperation" / "defense cooperation"), so the lexicon need not list both. */
function otherSpelling(form: string): string | null {
  const words = form.split(' ');
  const spelled = words.map((w) => SPELLINGS.get(w.toLowerCase()) ?? otherSuffix(w));
  return spelled.some((w, i) => w !== words[i]) ? spelled.join(' ') : null;
}

export function topicForms(): { forms: Array<[string, TopicEntry]>; patterns: Array<[RegExp, TopicEntry]>; anaphors: Array<[RegExp, TopicEntry]> } {
  const forms: Array<[string, TopicEntry]> = [];
  const patterns: Array<[RegExp, TopicEntry]> = [];
  const anaphors: Array<[RegExp, TopicEntry]> = [];
  for (const t of topics.topics) {
    const { notBefore, notAfter } = t as { notBefore?: string[]; notAfter?: string[] };
    const entry: TopicEntry = { name: t.name };
    if (notBefore?.length) entry.notBefore = new RegExp(`\\b(?:${notBefore.join('|')})\\s+$`, 'i');
    if (notAfter?.length) entry.notAfter = new RegExp(`^\\s+(?:${notAfter.join('|')})\\b`, 'i');
    forms.push([t.name, entry]);
    for (const s of t.synonyms) forms.push([s, entry]);
    for (const p of (t as { patterns?: string[] }).patterns ?? []) patterns.push([new RegExp(p, 'giu'), entry]);
    const heads = (t as { anaphors?: string[] }).anaphors;
    if (heads?.length) anaphors.push([new RegExp(`\\bthe (?:${heads.join('|')})\\b`, 'gi'), entry]);
  }
  // Other spellings come after every listed form, so a form the lexicon lists itself keeps the topic it lists it under.
  const listed = new Set(forms.map(([f]) => f.toLowerCase()));
  for (const [form, entry] of [...forms]) {
    const other = otherSpelling(form);
    if (other && !listed.has(other.toLowerCase())) {
      listed.add(other.toLowerCase());
      forms.push([other, entry]);
    }
  }
  return { forms, patterns, anaphors };
}

/**
 * Given names that cue a person: the list itself and every name the gender lists know, less those that are words or
 * titles too ("Marine Corps", "Roman Catholic", "Sultan Haitham").
 */
const NOT_ONLY_NAMES = new Set(['Sultan', 'Roman', 'Marine', 'Lenin', 'Tayyip', 'Leo']);
export const GIVEN_NAMES = new Set([...names.givenNames, ...names.maleGivenNames, ...names.femaleGivenNames].filter((n) => !NOT_ONLY_NAMES.has(n)));
/** Well-known office holders by name, to the ISO3 code of the country each serves. */
export const KNOWN_OFFICIALS = new Map(Object.entries(officials.officials as Record<string, string>));
/** "King Charles" → "Charles III": a monarch or pope named by title and given name alone. */
export const REGNAL_NAMES = new Map(Object.entries(names.regnalNames as Record<string, string>).filter(([k]) => k !== '_comment'));
/** "George Bush" in 1990 is George H. W. Bush, in 2003 George W. Bush: a name two office holders shared, by the article's date. */
const NAMES_BY_DATE = new Map(Object.entries(names.namesByDate as Record<string, unknown>).filter(([k]) => k !== '_comment') as Array<[string, Array<[string, string, string]>]>);
export function nameOnDate(name: string, date: string | null): string {
  const spans = date ? NAMES_BY_DATE.get(name) : undefined;
  return spans?.find(([from, to]) => date! >= from && date! < to)?.[2] ?? name;
}
export const FAMILY_NAME_FIRST = new Set(names.familyNameFirst);
export const VIETNAMESE_FAMILY_NAMES = new Set(names.vietnameseFamilyNames);
export const FEMALE_GIVEN_NAMES = new Set(names.femaleGivenNames);
export const MALE_GIVEN_NAMES = new Set(names.maleGivenNames);

export const EVENT_VERBS = eventLexicon.verbs as Record<EventType, string[]>;
export const AGENT_AFTER_VERBS = Object.fromEntries(Object.entries(eventLexicon.agentAfter).filter(([k]) => !k.startsWith('_'))) as Partial<Record<EventType, string[]>>;
export const PASSIVE_VERBS = eventLexicon.passive as Partial<Record<EventType, string[]>>;
export const NEGATORS = eventLexicon.negators;
export const MODALS = eventLexicon.modals;
export const SPEECH_VERBS = eventLexicon.speechVerbs;
/** The one-word speech verbs as a regex alternation ("said|told|…"): phrases need patterns of their own. */
export const SPEECH_WORDS_ALT = SPEECH_VERBS.filter((v) => !v.includes(' ')).join('|');
export const CAUSAL_MARKERS = eventLexicon.causalMarkers;
export const NOMINAL_EVENT_FORMS = new Set(eventLexicon.nominal);
export const ADVERBIAL_EVENT_FORMS = new Set(eventLexicon.adverbial);
export const INCIDENT_CUES = eventLexicon.incidentCues;
