import { ids } from '../domain/ids';
import { addMention, mentionsIn, removeMention, upsertEntity, type ArticleDoc, type Mention } from './article-doc';
import { countryById } from './countries';
import { escapeRegex, Gazetteer } from './gazetteer';
import { MINISTRY_CANONICAL, MINISTRY_HEADS, organizationForms, ORG_SUFFIXES, type OrganizationEntry } from './lexicons';
import type { PipelineComponent } from './pipeline';

/**
 * Organizations three ways: the lexicon (IGOs, media, well-known bodies), a
 * country followed by a body ("China's Ministry of Foreign Affairs", "the
 * Indian military"), and capitalized names ending in an organization word
 * ("Palestinian Liberation Organization", "Bank of Japan" is left to the lexicon).
 */
const forms = organizationForms();
const gazetteer = new Gazetteer<OrganizationEntry>(forms, true);
/** The lexicon's entry for a body by any of its names ("Communist Party of China" is the Chinese Communist Party). */
export function lexiconOrganization(name: string): OrganizationEntry | undefined {
  return gazetteer.get(name);
}
const knownForms = new Map<string, string[]>();
for (const [form, entry] of forms) if (form !== entry.name) knownForms.set(entry.name, [...(knownForms.get(entry.name) ?? []), form]);
const HEAD_RE = new RegExp(`^(?:'s?\\s+|\\s+)(${MINISTRY_HEADS.sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?![\\p{L}-])`, 'iu');
const THE_COUNTRYS_CUE = /\b(?:the\s+country['’]s|its)\s/i;
const THE_COUNTRYS = new RegExp(`\\b(?:the\\s+country['’]s|its)\\s+(${MINISTRY_HEADS.filter((h) => !/^(?:embassy|military|army|navy)$/i.test(h)).sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?![\\p{L}-])`, 'giu');
const MINISTRY_IN_CAPITAL = new RegExp(
  `\\bthe\\s+(${MINISTRY_HEADS.filter((h) => /ministry|office|affairs/i.test(h)).sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})\\s+in\\s+$`,
  'iu',
);
const ADJECTIVAL_HEAD = /^(?:military|army|navy|naval|defense|defence)$/i;
const MODIFIED_NOUN =
  /^\s+(?:operations?|aircraft|planes?|helicopters?|aid|assistance|exercises|drills|cooperation|ties|action|spending|bases?|alliances?|equipment|personnel|officials?|leaders?|junta|government|rule|coup|intelligence|support|presence|buildup|build-up|pressure|threats?|channels|communications|talks|dialogue|deals?|pacts?|hardware|sales|campaign|offensive|strikes?|power|capabilities|activity|activities|installations?|facilities|budget|parade|options?|solution|escalation|posture)\b/i;
/** Head words compare without case: "China's foreign ministry" is its Ministry of Foreign Affairs. */
const CANONICAL_HEAD = new Map(Object.entries(MINISTRY_CANONICAL).map(([k, v]) => [k.toLowerCase(), v]));
const SUFFIX_RE = new RegExp(
  `(?<![\\p{L}])((?:\\p{Lu}[\\p{L}-]+\\s+)(?:(?:of|for|and|the)\\s+)?(?:\\p{Lu}[\\p{L}-]+\\s+){0,3}(?:${ORG_SUFFIXES.join('|')}))(?![\\p{L}])`,
  'gu',
);

const ARMED_CUE = /\b(?:rebel|militia|militant|insurgent|fighters)/;
/**
 * A name of one to three capitalized words (or with digits: "M23") before "rebels", "militia" and the like, after
 * "the" or a possessive; a name that opens the sentence is no cue ("Sudanese rebels" is a demonym, left out later).
 */
const ARMED_GROUP_RE = /(?<=\b(?:the|its|their|by|with|of|against)\s+)((?:\p{Lu}[\p{L}\d-]*|\p{N}+[\p{L}\d-]*)(?:\s+\p{Lu}[\p{L}\d-]*){0,2})(?=\s+(?:rebels|rebel\s+group|rebel\s+movement|militia|militias|militants|insurgents|fighters)\b)/gu;

/** Aliases that name a body of some country without saying which. */
const BARE_NATIONAL = new Set(['Congress', 'Parliament', 'Senate', 'Duma', 'Pentagon', 'Treasury']);

/** A firm's kind, then its name: "carmaker Renault", "state oil company Saudi Aramco". */
const FIRM_KIND = String.raw`(?:carmaker|automaker|company|firm|conglomerate|manufacturer|shipbuilder|chipmaker|airline|oil\s+major|giant)`;
const FIRM_CUE = new RegExp(String.raw`\b${FIRM_KIND}\s+\p{Lu}`, 'u');
const FIRM_RE = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}-]+\s+)?(?:(?:state|state-owned|oil|gas|energy|mining|tech|defen[cs]e|arms|car|steel|chemicals?)\s+)*${FIRM_KIND}\s+(\p{Lu}[\p{L}&-]+(?:\s+\p{Lu}[\p{L}&-]+){0,2})`,
  'gu',
);
const EU_CONTEXT = /\b(?:EU|European Union|European Commission|European Council)\b/;
const STATE_BODY = /\b(?:Council|Commission|Committee|Cabinet|Presidency|Office|Assembly)$/;
/** "Embassy of the United States", "Ministry of Foreign Affairs of the Philippines": names English gives an article. */
const TAKES_THE = /^(?:United\s|Philippines$|Netherlands$|Bahamas$|Gambia$|Maldives$|Comoros$)|\s(?:Islands|Republic|Emirates)$/;
function withArticle(countryName: string): string {
  return TAKES_THE.test(countryName) ? `the ${countryName}` : countryName;
}

/** A state's body named by its head word and the mention of its state: "China's foreign ministry" is the Ministry of Foreign Affairs of China. */
function addNationalBody(doc: ArticleDoc, sentence: number, start: number, end: number, head: string, country: Mention) {
  const canonical = CANONICAL_HEAD.get(head.toLowerCase()) ?? head;
  const name = `${canonical} of ${withArticle(countryById(country.entityIds[0]!)?.name ?? country.text)}`;
  const kind = /military|forces|navy|guard/i.test(canonical) ? 'military' : 'government body';
  addOrg(doc, { start, end, sentence, text: doc.text.slice(start, end), via: 'pattern' }, name, country.entityIds[0]!, kind);
}

function addOrg(doc: ArticleDoc, m: Omit<Mention, 'label' | 'entityIds' | 'qualifier' | 'possessive'>, name: string, countryId: string | null, kind: string) {
  const id = ids.organization(name);
  addMention(doc, { ...m, label: 'Organization', entityIds: [id], possessive: /^'s?\b/.test(doc.text.slice(m.end, m.end + 2)), qualifier: false });
  const e = upsertEntity(doc, id, 'Organization', name, m.sentence, m.text);
  for (const f of knownForms.get(name) ?? []) e.aliases.add(f);
  e.props.kind = kind;
  if (countryId) e.props.countryId = countryId;
  return id;
}

export const organizationsComponent: PipelineComponent = {
  name: 'organizations',
  requires: ['sentences', 'mentions.Country'],
  assigns: ['mentions.Organization', 'entities.Organization'],
  run(doc) {
    for (const s of doc.sentences) {
      const countryMentions = mentionsIn(doc, s.index).filter((m) => m.label === 'Country');
      const taken: Array<[number, number]> = [];
      for (const m of gazetteer.matches(s.text, s.start)) {
        // A national body named without its country ("Congress") is that country's only where the article names the country.
        if (m.value.country && BARE_NATIONAL.has(m.text) && !doc.mentions.some((x) => x.label === 'Country' && x.entityIds[0] === ids.country(m.value.country!))) continue;
        // "the Commonwealth of the Bahamas", "the Commonwealth Games": a state's formal name or an event, not the association.
        if (m.text === 'Commonwealth' && /^\s+(?:of|Games)\b/.test(doc.text.slice(m.end, m.end + 8))) continue;
        addOrg(doc, { start: m.start, end: m.end, sentence: s.index, text: m.text, via: 'lexicon' }, m.value.name, m.value.country ? ids.country(m.value.country) : null, m.value.kind);
        taken.push([m.start, m.end]);
      }
      for (const c of countryMentions) {
        const head = HEAD_RE.exec(doc.text.slice(c.end, c.end + 60));
        if (!head) continue;
        const end = c.end + head[0].length;
        if (taken.some(([a, b]) => a < end && c.start < b)) continue;
        // "Israel's military operations", "American military alliances": the head is an adjective there.
        if (ADJECTIVAL_HEAD.test(head[1]!) && MODIFIED_NOUN.test(doc.text.slice(end, end + 24))) continue;
        addNationalBody(doc, s.index, c.start, end, head[1]!, c);
        c.qualifier = true;
        taken.push([c.start, end]);
      }
      // "Nicaragua broke off relations, hours after the country's National Assembly asked …": "the country" is the state
      // the sentence opened with.
      THE_COUNTRYS.lastIndex = 0;
      for (const m of THE_COUNTRYS_CUE.test(s.text) ? s.text.matchAll(THE_COUNTRYS) : []) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        // "Beijing halted the talks, its foreign ministry said": "its" too is the state the sentence opened with, when no body
        // stands between.
        const its = /^its\b/i.test(m[0]);
        // Only a ministry or an office: "if its armed forces came under attack" may be any state's forces.
        if (its && !/ministr|office/i.test(m[1]!)) continue;
        const owner = countryMentions.find((c) => c.entityIds.length === 1 && c.end <= start && !c.qualifier);
        if (its && owner && mentionsIn(doc, s.index).some((x) => x.label === 'Organization' && x.start >= owner.end && x.end <= start)) continue;
        if (!owner || taken.some(([a, b]) => a < end && start < b)) continue;
        addNationalBody(doc, s.index, start, end, m[1]!, owner);
        taken.push([start, end]);
      }
      // "the foreign ministry in Beijing": a ministry named by the capital it sits in is that state's.
      for (const c of countryMentions) {
        if (c.via !== 'capital' || c.entityIds.length !== 1) continue;
        const head = MINISTRY_IN_CAPITAL.exec(doc.text.slice(Math.max(s.start, c.start - 60), c.start));
        if (!head) continue;
        const start = c.start - head[0].length + head[0].indexOf(head[1]!);
        if (taken.some(([a, b]) => a < c.end && start < b)) continue;
        removeMention(doc, c);
        addNationalBody(doc, s.index, start, c.end, head[1]!, c);
        taken.push([start, c.end]);
      }
      SUFFIX_RE.lastIndex = 0;
      for (const m of s.text.matchAll(SUFFIX_RE)) {
        const start = s.start + m.index!;
        const end = start + m[1]!.length;
        if (taken.some(([a, b]) => a < end && start < b)) continue;
        const text = m[1]!;
        if (/^(The|A|An|This|That)\s/.test(text)) continue;
        // "13 percent of the West Bank": a territory named like a bank.
        if (/^(?:West|Left|South)\s+Bank$/.test(text)) continue;
        // "the Soviet Union", "the European Union" named as a state: a country is no body of its own.
        if (mentionsIn(doc, s.index).some((c) => c.label === 'Country' && c.start === start && c.end === end)) continue;
        // "the Compact of Free Association", "the Treaty of Friendship and Cooperation": an accord named after what it founds.
        if (/^(?:Compact|Treaty|Agreement|Convention|Pact|Charter|Declaration|Accord|Protocol|Memorandum)\s+of\b/.test(text)) continue;
        // "Sudan's Defence Council", "the Iranian Supreme National Security Council": a state body named by its
        // country acts for that country, as its ministries do.
        const owner = STATE_BODY.test(text)
          ? mentionsIn(doc, s.index).find((c) => c.label === 'Country' && c.entityIds.length === 1 && /^(?:['’]s)?\s+$/.test(doc.text.slice(c.end, start)))
          : undefined;
        if (owner) owner.qualifier = true;
        // "Nepal's Constituent Assembly", "Russia's Security Council": named with its state, as the lexicon names state bodies.
        const ownerName = owner ? withArticle(countryById(owner.entityIds[0]!)?.name ?? owner.text) : undefined;
        const named = ownerName && !/^(?:Presidency|Office|Cabinet)$/.test(text) ? `${text} of ${ownerName}` : text;
        addOrg(doc, { start, end, sentence: s.index, text, via: 'pattern' }, lexiconOrganization(named)?.name ?? named, owner?.entityIds[0] ?? null, owner ? 'government body' : 'organization');
        taken.push([start, end]);
      }
      // "the RED-Tabara rebels", "M23 militia": a name the lexicon lacks, set before what armed groups are called.
      ARMED_GROUP_RE.lastIndex = 0;
      // A cheap test first: most sentences name no rebels.
      for (const m of ARMED_CUE.test(s.text) ? s.text.matchAll(ARMED_GROUP_RE) : []) {
        const start = s.start + m.index!;
        const end = start + m[1]!.length;
        if (taken.some(([a, b]) => a < end && start < b) || countryMentions.some((c) => c.start < end && start < c.end)) continue;
        // One word is a name only when it looks like one ("M23", "RED-Tabara", "ADF"): "Tigray rebels", "Islamist militants" name a region or a creed.
        if (!/\s/.test(m[1]!) && !/\d|-|\p{Lu}.*\p{Lu}/u.test(m[1]!)) continue;
        addOrg(doc, { start, end, sentence: s.index, text: m[1]!, via: 'pattern' }, m[1]!, null, 'armed group');
        taken.push([start, end]);
      }
      // "French carmaker Renault agreed", "the state oil company Saudi Aramco": a firm named after what it is, and whose.
      FIRM_RE.lastIndex = 0;
      for (const m of FIRM_CUE.test(s.text) ? s.text.matchAll(FIRM_RE) : []) {
        const start = s.start + m.index! + m[0].length - m[1]!.length;
        const end = start + m[1]!.length;
        if (taken.some(([a, b]) => a < end && start < b) || mentionsIn(doc, s.index).some((x) => x.start < end && start < x.end && x.label !== 'Country')) continue;
        const country = countryMentions.find((c) => c.start < end && start < c.end);
        if (country && !(country.start === start && country.end < end)) continue;
        const owner = countryMentions.find((c) => c.via === 'demonym' && c.end <= start && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(doc.text.slice(c.end, start)) && c.end >= s.start + m.index! - 1);
        if (owner) owner.qualifier = true;
        addOrg(doc, { start, end, sentence: s.index, text: m[1]!, via: 'pattern' }, m[1]!, owner?.entityIds[0] ?? null, 'company');
        taken.push([start, end]);
      }
      // "the demands Brussels had added": where the article is about the EU, Brussels acting is the Union, not Belgium.
      for (const c of countryMentions) {
        if (c.via !== 'capital' || c.text !== 'Brussels' || !EU_CONTEXT.test(doc.text) || /\b(?:in|to|from|at|near|outside)\s+$/i.test(doc.text.slice(Math.max(s.start, c.start - 8), c.start))) continue;
        const eu = gazetteer.get('European Union');
        if (!eu) continue;
        removeMention(doc, c);
        addOrg(doc, { start: c.start, end: c.end, sentence: s.index, text: c.text, via: 'alias' }, eu.name, null, eu.kind);
        if (!doc.mentions.some((m) => m.entityIds.includes(c.entityIds[0]!))) doc.entities.delete(c.entityIds[0]!);
      }
      // "U.S." inside "U.S. State Department" names the department, not an actor of its own.
      const orgs = mentionsIn(doc, s.index).filter((m) => m.label === 'Organization');
      for (const c of countryMentions) if (orgs.some((o) => o.start <= c.start && c.end <= o.end)) c.qualifier = true;
    }
  },
};
