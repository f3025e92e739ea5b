import { ids } from '../domain/ids';
import { addMention, upsertEntity, type ArticleDoc, type Mention } from './article-doc';
import { Gazetteer } from './gazetteer';
import { countryForms, NOT_COUNTRY_PLACES, seatYet, stateOn, type CountryEntry, type CountryForm } from './lexicons';
import type { PipelineComponent } from './pipeline';

/** Countries by name, abbreviation, demonym ("Chinese") and seat of government ("Beijing said"). */
const { forms, byIso } = countryForms();
const gazetteer = new Gazetteer<CountryForm>(forms, true);
/** Every known form of each country, so that a query for "PRC" finds China even if no article wrote it. */
const knownForms = new Map<string, string[]>();
for (const [form, entry] of forms) knownForms.set(entry.iso3, [...(knownForms.get(entry.iso3) ?? []), form]);

export function countryById(id: string): CountryEntry | undefined {
  return byIso.get(id.replace(/^country:/, ''));
}
export function countryIdByName(name: string): string | null {
  const hit = gazetteer.get(name);
  return hit ? ids.country(hit.iso3) : null;
}

/** "British Columbia" is no part of the United Kingdom. */
const notCountryPlaces = new Gazetteer<true>(NOT_COUNTRY_PLACES.map((p): [string, true] => [p, true]), true);

const NON_STATE_GROUP = /^\s+(?:(?:far-right|far-left|right-wing|left-wing|hard-right|hard-left|populist|nationalist|opposition)\s+)?(?:politicians|parties|commentators|analysts|experts|scholars|academics|voters|workers|residents|civilians|families|militants|opposition|critics|rebels|protesters|protestors|activists|dissidents|companies|company|firms|firm|carmakers|automakers|businesses|media|newspapers|journalists|students|citizens|nationals|tourists|refugees|exporters|importers|farmers|fishermen|investors|banks|business\s+groups|business\s+leaders|industry\s+groups|unions|trade\s+unions|manufacturers|lawmakers)\b/i;

const NAMED_TEXT_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:[Cc]onventions?|[Pp]rotocols?|[Aa]ccords|[Aa]greements|[Mm]emorandum|[Ff]ormat)\b/u;

const INSTITUTION_AFTER = /^\s+(?:synagogue|congregation|temple|church|mosque|cathedral|hospital)\b/i;

export const countriesComponent: PipelineComponent = {
  name: 'countries',
  requires: ['sentences'],
  assigns: ['mentions.Country', 'entities.Country'],
  run(doc) {
    for (const s of doc.sentences) {
      const blocked = [...notCountryPlaces.matches(s.text, s.start)];
      for (const m of gazetteer.matches(s.text, s.start)) {
        if (blocked.some((b) => b.start <= m.start && m.end <= b.end)) continue;
        if (m.value.locativeOnly && !/\b(?:in|to|from|at)\s+$/i.test(doc.text.slice(Math.max(s.start, m.start - 6), m.start))) continue;
        // "the Budapest cybercrime convention", "the Minsk agreements": a city naming a text is where it was signed, no actor.
        if (m.value.via === 'capital' && NAMED_TEXT_AFTER.test(doc.text.slice(m.end, m.end + 40))) continue;
        // "the Adass Israel synagogue", "Beth Israel hospital": a country's name inside an institution's is no country.
        if (m.value.via !== 'demonym' && INSTITUTION_AFTER.test(doc.text.slice(m.end, m.end + 16)) && /(?<=\S\s+)\p{Lu}[\p{L}-]+\s+$/u.test(doc.text.slice(s.start, m.start))) continue;
        // "negotiations over Berlin" in 1959 are about the divided city, not Germany acting.
        if (m.value.via !== 'demonym' && !seatYet(m.text, doc.article.publishedAt)) continue;
        // "talks in the Kremlin" in 1991 were the Soviet Union's.
        const iso3 = m.value.via === 'capital' ? stateOn(m.value.iso3, doc.article.publishedAt) : m.value.iso3;
        const id = ids.country(iso3);
        const possessive = /^['’]s?\b/.test(doc.text.slice(m.end, m.end + 2));
        // "Greek opposition parties accused the government": a demonym on a group outside the state names no actor.
        const nonState = m.value.via === 'demonym' && NON_STATE_GROUP.test(doc.text.slice(m.end, m.end + 30));
        const mention: Mention = {
          start: m.start,
          end: m.end,
          sentence: s.index,
          text: m.text,
          label: 'Country',
          entityIds: [id],
          via: m.value.via === 'alias' ? 'alias' : m.value.via,
          possessive,
          qualifier: nonState,
        };
        addMention(doc, mention);
        upsertCountry(doc, iso3, m.value.name, s.index, m.text);
      }
    }
    addCombiningForms(doc);
    disambiguateCongo(doc);
  },
};

/** The country entity a mention names, with every known form of it as an alias the first time it is seen. */
function upsertCountry(doc: ArticleDoc, iso3: string, fallbackName: string, sentence: number, text: string): void {
  const id = ids.country(iso3);
  const known = doc.entities.has(id);
  const e = upsertEntity(doc, id, 'Country', byIso.get(iso3)?.name ?? fallbackName, sentence, text);
  e.props.iso3 = iso3;
  if (!known) for (const f of knownForms.get(iso3) ?? []) if (f !== e.name) e.aliases.add(f);
}

/** The first halves of compound demonyms ("Sino-Soviet", "Anglo-Irish", "Franco-German"), which stand only before a hyphen. */
const COMBINING_FORMS: Record<string, string> = { Sino: 'CHN', Franco: 'FRA', Anglo: 'GBR', Indo: 'IND', Russo: 'RUS', Italo: 'ITA', Greco: 'GRC', Austro: 'AUT', Turco: 'TUR', Hispano: 'ESP', Luso: 'PRT' };
const COMBINING = new RegExp(`\\b(${Object.keys(COMBINING_FORMS).join('|')})-(?=\\p{Lu})`, 'gu');
/** "the Sino-Indian border": the first half names a country only where a country's demonym follows the hyphen (not "Indo-Pacific"). */
function addCombiningForms(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    COMBINING.lastIndex = 0;
    for (const c of /-/.test(s.text) ? s.text.matchAll(COMBINING) : []) {
      const start = s.start + c.index!;
      const end = start + c[1]!.length;
      const second = doc.mentions.find((m) => m.label === 'Country' && m.start === end + 1 && m.via === 'demonym');
      if (!second || doc.mentions.some((m) => m.label === 'Country' && m.start <= start && start < m.end)) continue;
      const iso3 = COMBINING_FORMS[c[1]!]!;
      const id = ids.country(iso3);
      addMention(doc, { start, end, sentence: s.index, text: c[1]!, label: 'Country', entityIds: [id], via: 'demonym', possessive: false, qualifier: second.qualifier });
      upsertCountry(doc, iso3, iso3, s.index, c[1]!);
    }
  }
}

const DRC_CUES = /\b(?:eastern\s+Congo|Goma|Bukavu|Kinshasa|M23|Tshisekedi|Kivu|Ituri|Kabila)\b/;
const ROC_CUES = /\b(?:Brazzaville|Sassou)\b/;
/** A bare "Congo" in an article about the Democratic Republic ("Congolese", "Kinshasa", "eastern Congo") is that Congo. */
function disambiguateCongo(doc: ArticleDoc): void {
  const drc = ids.country('COD');
  const roc = ids.country('COG');
  const countries = doc.mentions.filter((m) => m.label === 'Country');
  // "eastern Congo", "Goma", "the M23": the places and actors of the Democratic Republic, unless the article names Brazzaville.
  const drcCues = DRC_CUES.test(doc.text) && !ROC_CUES.test(doc.text);
  if (!countries.some((m) => m.entityIds[0] === drc) && !drcCues) return;
  const bare = countries.filter((m) => m.entityIds[0] === roc && /^Congo$/i.test(m.text));
  if (!bare.length) return;
  for (const m of bare) m.entityIds = [drc];
  // The Democratic Republic may be named only by the bare word: it is then a country of the article too.
  if (!doc.entities.has(drc)) {
    const e = upsertEntity(doc, drc, 'Country', countryById(drc)?.name ?? 'DR Congo', bare[0]!.sentence, bare[0]!.text);
    e.props.iso3 = 'COD';
  }
  if (!countries.some((m) => m.entityIds[0] === roc)) doc.entities.delete(roc);
}
