import { ids } from '../domain/ids';
import { addMention, mentionsIn, removeMention, upsertEntity, type ArticleDoc, type Mention, type Sentence } from './article-doc';
import { Gazetteer } from './gazetteer';
import { countryForms, topicForms, type TopicEntry } from './lexicons';
import { MONTHS_AND_DAYS, PRIVATE_ROLES } from './name-patterns';
import type { PipelineComponent } from './pipeline';
import { literalCue } from './regex-cue';

/** Topics from the lexicon: synonyms as phrases, plus patterns for open-ended phrasings. */
const { forms, patterns, anaphors } = topicForms();
/** Each pattern's word that a sentence must hold for the pattern to match there, where it has one. */
const patternCues = patterns.map(([re]) => literalCue(re.source));
const gazetteer = new Gazetteer<TopicEntry>(forms, false);
/** Every synonym of each topic, so that a query for "military channels" finds the topic under any wording. */
const synonyms = new Map<string, string[]>();
for (const [form, entry] of forms) if (form !== entry.name) synonyms.set(entry.name, [...(synonyms.get(entry.name) ?? []), form]);

/**
 * Lexicon forms with an acronym in them ("New START", "AUKUS"), by their lowercase form, with the acronym's place:
 * written all in lowercase ("a new start") the acronym is the plain word. "Aukus" and "New Start" still count.
 */
const ACRONYM_FORMS = new Map(
  forms.flatMap(([form]) => {
    const words = form.split(/\s+/);
    const at = words.findIndex((w) => /^\p{Lu}{2,}$/u.test(w));
    return at >= 0 ? [[form.toLowerCase(), at] as const] : [];
  }),
);
function acronymWrittenLow(text: string): boolean {
  const at = ACRONYM_FORMS.get(text.toLowerCase());
  if (at === undefined) return false;
  const word = text.split(/\s+/)[at];
  return word !== undefined && word === word.toLowerCase();
}

const RELATIONS_WITH = /\b(relations|ties|relationship)\s+(?:with|between)\s+(?:the\s+)?/g;
const BILATERAL = gazetteer.get('bilateral relations')!;
const TIES_CUT_BEFORE =
  /\b(?:freez(?:e|es|ing)|froze|frozen|(?:broke|break|breaks|breaking|broken)\s+off|sever(?:ed|s|ing)?|cut(?:s|ting)?(?:\s+off)?|suspend(?:ed|s|ing)?)\s+(?:all\s+)?(?:its\s+|their\s+|his\s+|her\s+)?(?:(?:diplomatic|bilateral|trade)\s+)?$/;

export const topicsComponent: PipelineComponent = {
  name: 'topics',
  requires: ['sentences', 'mentions.Country', 'mentions.Organization'],
  assigns: ['mentions.Topic', 'entities.Topic'],
  run(doc) {
    for (const s of doc.sentences) {
      const found: Array<{ start: number; end: number; text: string; entry: TopicEntry; pattern?: boolean }> = [];
      const orgs = mentionsIn(doc, s.index).filter((m) => m.label === 'Organization');
      for (const m of gazetteer.matches(s.text, s.start)) {
        // "climate envoy John Kerry", "Trade Minister X": a word of a title is no subject of the sentence.
        if (TITLE_WORD_AFTER.test(doc.text.slice(m.end, m.end + 30))) continue;
        // "Human rights groups had urged Biden …": a field naming the groups that campaign for it is no subject of theirs.
        if (CAMPAIGNERS_AFTER.test(doc.text.slice(m.end, m.end + 20))) continue;
        if (acronymWrittenLow(m.text)) continue;
        // "the Truman Library in Independence, Missouri": a subject's word capitalised inside a sentence, then a comma and a name, is a town.
        if (m.start > s.start && /^\p{Lu}\p{Ll}/u.test(m.text) && m.value.name === m.value.name.toLowerCase() && /^,\s+\p{Lu}\p{Ll}+/u.test(doc.text.slice(m.end, m.end + 20))) continue;
        if (m.value.notBefore?.test(doc.text.slice(Math.max(s.start, m.start - 60), m.start)) || m.value.notAfter?.test(doc.text.slice(m.end, m.end + 30))) continue;
        // "National Security Council": words of a body's name are no subject.
        if (orgs.some((o) => o.start <= m.start && m.end <= o.end && o.text !== m.text)) continue;
        // "electric vehicle batteries", "copper mining": a lexicon subject narrowed by the noun after or the mineral
        // before it is the narrower subject.
        const batteries = BATTERIES_AFTER.exec(doc.text.slice(m.end, m.end + 12));
        const mineral = /^mining$/i.test(m.text) ? MINERAL_BEFORE.exec(doc.text.slice(Math.max(s.start, m.start - 14), m.start)) : null;
        // "military cooperation between Russia and North Korea": cooperation between two other states is a subject of
        // its own, not the speaker's security cooperation.
        const between = m.value.name === 'security cooperation' ? pairBetween(doc, s, m.end) : null;
        if (between) {
          const text = doc.text.slice(m.start, between.end);
          found.push({ start: m.start, end: between.end, text, entry: { name: `${m.text.toLowerCase()} between ${between.names}` }, pattern: true });
          continue;
        }
        if (batteries) {
          const text = doc.text.slice(m.start, m.end + batteries[0].length);
          found.push({ start: m.start, end: m.end + batteries[0].length, text, entry: { name: `${m.text.replace(/s$/, '')} batteries` }, pattern: true });
          continue;
        }
        if (mineral) {
          const start = m.start - mineral[0].length;
          found.push({ start, end: m.end, text: doc.text.slice(start, m.end), entry: { name: `${mineral[1]!.toLowerCase()} mining` }, pattern: true });
          continue;
        }
        found.push({ ...m, entry: m.value });
      }
      const lower = s.text.toLowerCase();
      for (const [p, [re, entry]] of patterns.entries()) {
        const cue = patternCues[p];
        if (cue && !lower.includes(cue)) continue;
        re.lastIndex = 0;
        for (const m of s.text.matchAll(re)) {
          const start = s.start + m.index!;
          const end = start + m[0].length;
          const same = found.find((f) => f.start < end && start < f.end && f.entry === entry);
          if (!same) found.push({ start, end, text: m[0], entry, pattern: true });
          // "a truce in their trade war": the pattern's longer phrase is what the topic spans, so the truce is no ceasefire.
          else if (end - start > same.end - same.start) Object.assign(same, { start, end, text: m[0] });
        }
      }
      // "lines of communication open between the two militaries": where two topics' phrases overlap, the longer one says what is meant.
      const overlapped = found.filter((f) => found.some((g) => g.entry !== f.entry && g.start < f.end && f.start < g.end && g.end - g.start > f.end - f.start));
      for (const f of overlapped) found.splice(found.indexOf(f), 1);
      // "the launch" after a sentence about a missile launch is that launch again; "the deal" is the
      // nearest recent topic that a deal can be (a truce, the grain deal, the nuclear deal).
      const claimed = new Map<number, { end: number; text: string; entry: TopicEntry; distance: number }>();
      for (const [re, entry] of anaphors) {
        const distance = recentDistance(doc, s.index, entry.name);
        if (distance === null) continue;
        re.lastIndex = 0;
        for (const m of s.text.matchAll(re)) {
          const start = s.start + m.index! + 4;
          const prior = claimed.get(start);
          if (!prior || distance < prior.distance) claimed.set(start, { end: s.start + m.index! + m[0].length, text: m[0].slice(4), entry, distance });
        }
      }
      for (const [start, c] of claimed) if (!found.some((f) => f.start < c.end && start < f.end)) found.push({ start, end: c.end, text: c.text, entry: c.entry, pattern: true });
      // "North Korean leader Kim Il Sung agreed to freeze his country's nuclear programme": a nuclear programme owned
      // through a possessive, in a sentence that names North Korea before it, is North Korea's.
      const northKorea = gazetteer.get("North Korea's nuclear program");
      for (const f of found) {
        if (f.entry.name !== 'nuclear program' || !northKorea) continue;
        if (!OWNED_THROUGH.test(doc.text.slice(Math.max(s.start, f.start - 24), f.start))) continue;
        if (mentionsIn(doc, s.index).some((c) => c.label === 'Country' && c.end <= f.start && c.entityIds.includes('country:PRK'))) f.entry = northKorea;
      }
      // "the war in Sudan": a war, conflict or crisis named by its country is a topic of its own.
      WAR_IN.lastIndex = 0;
      for (const m of s.text.matchAll(WAR_IN)) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        const country = countryStartingAt(doc, s, end - m[3]!.length);
        if (!country || found.some((f) => f.start < end && start < f.end)) continue;
        // "the conflicts in Ukraine and …" is the lexicon's war in Ukraine when the lexicon knows the phrase.
        // "the fighting in Ukraine" is the war there; "the insurgency in northern Mozambique" keeps the region it names.
        const place = countryName(doc, country);
        const head = m[1]!.toLowerCase().replace(/^(war|conflict)s$/, '$1').replace(/^fighting$/, 'war');
        const name = `${head} in ${head === 'insurgency' ? (m[2] ?? '') : ''}${place}`;
        // "the crisis in Sudan": in a country the lexicon knows a war in, the crisis is that war.
        const war = /^crisis$/i.test(m[1]!) ? gazetteer.get(`war in ${place}`) : undefined;
        found.push({ start, end, text: m[0], entry: gazetteer.get(name) ?? war ?? { name }, pattern: true });
      }
      COUNTRY_WAR.lastIndex = 0;
      for (const m of / war\b/.test(s.text) ? s.text.matchAll(COUNTRY_WAR) : []) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        const country = countryStartingAt(doc, s, start);
        if (!country || country.end !== start + m[1]!.length || found.some((f) => f.start < end && start < f.end)) continue;
        const name = `war in ${countryName(doc, country)}`;
        found.push({ start, end, text: m[0], entry: gazetteer.get(name) ?? { name }, pattern: true });
      }
      // "the wars in Gaza and Lebanon": the country joined by "and" after the first place has its war too.
      WARS_IN_PAIR.lastIndex = 0;
      for (const m of / and /.test(s.text) ? s.text.matchAll(WARS_IN_PAIR) : []) {
        const other = countryStartingAt(doc, s, s.start + m.index! + m[0].length - m[1]!.length);
        if (!other || found.some((f) => f.start < other.end && other.start < f.end)) continue;
        const name = `war in ${countryName(doc, other)}`;
        found.push({ start: other.start, end: other.end, text: other.text, entry: gazetteer.get(name) ?? { name }, pattern: true });
      }
      PEACE_IN.lastIndex = 0;
      for (const m of / peace in /.test(s.text) ? s.text.matchAll(PEACE_IN) : []) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        const country = countryStartingAt(doc, s, end - m[1]!.length);
        const war = country && gazetteer.get(`war in ${countryName(doc, country)}`);
        if (war && !found.some((f) => f.start < end && start < f.end)) found.push({ start, end, text: m[0], entry: war, pattern: true });
      }
      // "talked through the situation in Myanmar": the state of affairs in a country is named by the country (or its war).
      SITUATION_IN.lastIndex = 0;
      for (const m of / situation in /.test(s.text) ? s.text.matchAll(SITUATION_IN) : []) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        const country = countryStartingAt(doc, s, end - m[1]!.length);
        if (!country || found.some((f) => f.start < end && start < f.end)) continue;
        const name = countryName(doc, country);
        found.push({ start, end, text: m[0], entry: gazetteer.get(`war in ${name}`) ?? gazetteer.get(name) ?? { name }, pattern: true });
      }
      // "talks that ranged from Ukraine to technology", "discussed Ukraine": a country at war spoken about is its war;
      // "talked about Lebanon", "discussed Iran and Syria": any other country spoken about is a subject by its name.
      const spokenItems: Array<{ start: number; end: number }> = [];
      const countries = mentionsIn(doc, s.index).filter((c) => c.label === 'Country');
      for (const c of countries) {
        if (c.qualifier || c.possessive || found.some((f) => f.start < c.end && c.start < f.end)) continue;
        if (NOUN_AFTER.test(doc.text.slice(c.end, c.end + 20))) continue;
        const before = doc.text.slice(Math.max(s.start, c.start - 60), c.start);
        const listed = LIST_SEPARATOR.exec(before);
        // "discussed Syria, arms control and Ukraine": the item before may be a topic of the same list.
        const previousItem = listed ? [...spokenItems, ...found].find((i) => i.end === c.start - listed[0].length) : undefined;
        const spoken =
          SPOKEN_ABOUT_BEFORE.test(before) ||
          (previousItem !== undefined &&
            (spokenItems.includes(previousItem as { start: number; end: number }) || spokenItems.length > 0 || SPOKEN_ABOUT_BEFORE.test(doc.text.slice(Math.max(s.start, previousItem.start - 60), previousItem.start))));
        if (!spoken) continue;
        spokenItems.push(c);
        const name = countryName(doc, c);
        const war = gazetteer.get(`war in ${name}`);
        // Only where the country is the whole object: "discussed Iran, which Pakistan borders", not "Iran's programme".
        if (!war && (c.via === 'demonym' || c.via === 'capital' || !SPOKEN_OBJECT_END.test(doc.text.slice(c.end, c.end + 12)))) continue;
        found.push({ start: c.start, end: c.end, text: c.text, entry: war ?? gazetteer.get(name) ?? { name }, pattern: true });
      }
      // "the war between Israel and Iran": a war named by the two countries that fight it.
      WAR_BETWEEN.lastIndex = 0;
      // Cheap tests first: most sentences have neither phrase.
      for (const m of / between /.test(s.text) ? s.text.matchAll(WAR_BETWEEN) : []) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        const here = mentionsIn(doc, s.index).filter((c) => c.label === 'Country');
        const a = here.find((c) => c.start === start + m[0].indexOf(m[2]!, m[1]!.length));
        const b = here.find((c) => c.end === end);
        if (!a || !b || found.some((f) => f.start < end && start < f.end)) continue;
        const name = `${m[1]!.toLowerCase()} between ${doc.entities.get(a.entityIds[0]!)?.name ?? m[2]} and ${doc.entities.get(b.entityIds[0]!)?.name ?? m[3]}`;
        found.push({ start, end, text: m[0], entry: gazetteer.get(name) ?? { name }, pattern: true });
      }
      // "economic and security ties": each modifier with the head, where the lexicon knows the pair.
      SHARED_HEAD.lastIndex = 0;
      for (const m of SHARED_HEAD_CUE.test(s.text) ? s.text.matchAll(SHARED_HEAD) : []) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        for (const modifier of [m[1]!, m[2]!]) {
          // "a security and defence partnership": a field the lexicon does not pair with the head is named by its plain word.
          // "economic and financial dialogue": the economic field is the lexicon's economic cooperation, not the bare adjective.
          const field = modifier === 'economic' ? gazetteer.get('economic cooperation') : { name: modifier };
          const entry = gazetteer.get(`${modifier} ${m[3]}`) ?? (FIELDS.has(modifier) && !AID_HEADS.has(m[3]!) ? field : undefined);
          if (entry && !found.some((f) => f.entry.name === entry.name && f.start < end && start < f.end)) found.push({ start, end, text: m[0], entry, pattern: true });
        }
      }
      // "relations with Brazil", "ties between Israel and Saudi Arabia": the relations of two named countries.
      RELATIONS_WITH.lastIndex = 0;
      for (const m of s.text.matchAll(RELATIONS_WITH)) {
        const start = s.start + m.index!;
        const end = start + m[1]!.length;
        const country = mentionsIn(doc, s.index).some((c) => c.label === 'Country' && !c.qualifier && !c.possessive && c.start === start + m[0].length);
        // "was freezing relations with Colombia": ties named only as what was frozen or cut are no subject anyone raised.
        const cut = TIES_CUT_BEFORE.test(doc.text.slice(Math.max(s.start, start - 40), start));
        if (country && !cut && !found.some((f) => f.start < end && start < f.end)) found.push({ start, end, text: m[1]!, entry: BILATERAL, pattern: true });
      }
      // "without settling their differences over Berlin": a place disputed, named by no state, is itself the subject.
      PLACE_DISPUTED.lastIndex = 0;
      for (const m of PLACE_DISPUTED_CUE.test(s.text) ? s.text.matchAll(PLACE_DISPUTED) : []) {
        const start = s.start + m.index! + m[0].length - m[1]!.length;
        const end = start + m[1]!.length;
        const named = mentionsIn(doc, s.index).some((x) => x.start < end && start < x.end);
        if (!named && !MONTHS_AND_DAYS.has(m[1]!) && !found.some((f) => f.start < end && start < f.end)) found.push({ start, end, text: m[1]!, entry: gazetteer.get(m[1]!) ?? { name: m[1]! }, pattern: true });
      }
      // "India's Indo-Pacific Oceans Initiative", "the Lobito Corridor": a programme named in capitals is a subject by its name.
      NAMED_PROGRAMME.lastIndex = 0;
      for (const m of / (?:Initiative|Corridor|Plan|Framework|Compact)\b/.test(s.text) ? s.text.matchAll(NAMED_PROGRAMME) : []) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        if (found.some((f) => f.start < end && start < f.end) || mentionsIn(doc, s.index).some((x) => x.label !== 'Topic' && x.start <= start && end <= x.end)) continue;
        found.push({ start, end, text: m[0], entry: gazetteer.get(m[0]) ?? { name: m[0] }, pattern: true });
      }
      // Discovery fills what the lexicon left: noun phrases only where it found nothing, objects of discussion always.
      found.push(...discoverTopics(s.text, s.start, found));
      for (const f of [...found]) {
        const after = doc.text.slice(f.end, f.end + 12);
        const before = doc.text.slice(Math.max(s.start, f.start - 60), f.start);
        // "lithium and other critical minerals": an instance named before its kind is the kind's example, not a subject apart.
        const example = AND_OTHER.exec(after) && found.some((g) => g !== f && g.start === f.end + AND_OTHER.exec(after)![0].length);
        // "a summit marking fifty years of diplomatic relations": an anniversary of ties is the occasion, not a subject.
        // "on Monday, the third anniversary of Russia's full-scale invasion of Ukraine": a date told by what happened on it.
        const anniversary = (f.entry === BILATERAL && ANNIVERSARY_OF.test(before)) || ANNIVERSARY_OF_EVENT.test(before);
        if (example || anniversary) found.splice(found.indexOf(f), 1);
      }
      for (const f of found) {
        const id = ids.topic(f.entry.name);
        addMention(doc, {
          start: f.start,
          end: f.end,
          sentence: s.index,
          text: f.text,
          label: 'Topic',
          entityIds: [id],
          via: f.pattern ? 'pattern' : 'lexicon',
          possessive: false,
          qualifier: false,
        });
        // Aliases are the lexicon's synonyms; pattern matches are free phrasings, not names.
        const e = upsertEntity(doc, id, 'Topic', f.entry.name, s.index);
        for (const syn of synonyms.get(f.entry.name) ?? []) e.aliases.add(syn);
      }
    }
    theirOwnProgramme(doc);
    markCountriesInsideTopics(doc);
  },
};

const BATTERIES_AFTER = /^\s+batter(?:y|ies)\b/i;
const MINERAL_BEFORE = /\b(copper|lithium|gold|cobalt|nickel|uranium|coal|iron|bauxite|rare-earth|deep-sea|seabed)\s+$/i;
const AND_OTHER = /^,?\s+and\s+other\s+/;
const ANNIVERSARY_OF_EVENT = /\banniversary\s+of\s+(?:(?:the|a|an|its|their|[\p{Lu}][\p{L}-]*['’]s?|[\p{Ll}-]+)\s+){0,4}$/u;
const ANNIVERSARY_OF = /\b(?:years|anniversary|jubilee)\s+of\s+(?:the\s+(?:establishment|start)\s+of\s+)?$/i;
// "Taiwan's Vice President Lai Ching-te": a place that qualifies a title is whose post it is, not a subject.
// "the jailed Hong Kong publisher": a place before what someone does for a living says where they are from.
const CAMPAIGNERS_AFTER = /^\s+(?:groups|organi[sz]ations|watchdogs?|campaigners|NGOs)\b/;
const TITLE_WORD_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:vice|deputy|foreign|defen[cs]e|prime|interim|acting)\\s+)?(?:envoy|minister|secretary|czar|tsar|chief|negotiator|adviser|advisor|commissioner|ambassador|representative|spokesperson|spokesman|spokeswoman|president|premier|leader|lawmaker|${PRIVATE_ROLES})\\b`,
  'i',
);

/** "their differences over Berlin", "the status of Jerusalem": a place disputed, after a noun of dispute. */
const PLACE_DISPUTED_CUE = /\b(?:differences|disputes?|negotiations|tensions?|crisis|row|standoff|status)\s+(?:over|of|on|about)\s+\p{Lu}/u;
const PLACE_DISPUTED =
  /\b(?:differences|disputes?|negotiations|tensions?|crisis|row|standoff|status)\s+(?:over|of|on|about)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?=\s*(?:[,.;:]|$)|\s+(?:and|but|which|that|where|was|were|is|are|remained|had|has)\b)/gu;
/**
 * Conservative discovery of topics the lexicon lacks, for sentences where it
 * found none: a determiner, one or two lowercase modifiers and a head noun
 * that names a subject of diplomacy ("a joint satellite program", "the
 * security mission"). Capitalized modifiers are left out on purpose: they are
 * names, demonyms or headline case, not subjects.
 */
const OWNED_THROUGH = /\b(?:(?:his|her|its|their|the)\s+country['’]s|its|Pyongyang['’]s)\s+$/;
const DISCOVERY = /\b(?:the|a|an|its|their|his|her|our)\s+(?:\p{Lu}[\p{L}]*-(?:led|backed|brokered|funded|sponsored|run|built|owned)\s+)?((?:[a-z][a-z-]{2,}\s+){1,2})(deal|agreement|accord|treaty|pact|initiative|plan|roadmap|corridor|hotline|mechanism|crisis|standoff|dispute|mission|program|programme|embargo|ban|partnership|exercises|pipeline|link|links|service|route|zone|fund|project|network|conference|scheme|railway|railroad|port|bridge|highway|airport|refinery|reactor)\b/gu;
const WEAK_MODIFIERS = new Set(
  'new first final same similar other next last latest previous recent such whole entire full former current possible proposed planned two three four five six several many more most further initial broader wider larger major key future remaining international regional annual global high-level bilateral trilateral multilateral historic landmark equal fair good great important significant action biggest largest greatest highest strongest closest best worst toughest longest widest deepest deep serious grave severe acute profound memorial funeral church religious basic fundamental provisional interim preliminary temporary tentative draft formal informal partial secret binding separate'.split(' '),
);
const VERBAL = new Set('could would should will can may might must shall did does had has have was were are been being would said says told added'.split(' '));

/**
 * The second way: the object of a verb of discussion ("discussed tourism and aviation
 * links", "talked about wildfire prevention"), split at "and" and commas. Each phrase must
 * be one to three lowercase words (no names), not a generic noun ("the matter",
 * "progress"), and end before the next preposition or clause.
 */
const DISCUSSION_CUE =
  /\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s)? about|sp(?:oke|eak|eaks) about|talks (?:on|about)|cover(?:s|ed|ing)?|review(?:ed|s)?|raised|agreed on|cooperat(?:ion|e|ed)(?: with (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})? (?:on|in)|work(?:ed|ing)? together on|focus(?:ed|es)? on|work(?:ed|ing|s)?(?: closely| together)? (?:on|against)|an end to|concern(?:s|ed)? (?:about|over)|(?:[Aa]sked|[Qq]uestioned|pressed|questions?) (?:about|on)|to (?:end|stop|halt|curb|tackle|combat|fight|remove|drop|abandon)|help (?:with|on)|(?:commissions?|committees?|working groups?) to deal with|(?:talks|discussions|negotiations)\s+with\s+[^,;.]{1,60}?\s+(?:about|over)|warn(?:ed|s|ing)? (?:about|against)|(?:stress|emphasi[sz]|underlin|underscor|highlight)(?:e|ed|es|ing)? the (?:importance|need|value) (?:of|for)|a return to|(?:agreements?|deals?|declarations?|accords?|memorand(?:um|a)|pacts?)(?: in [A-Z][\w-]*)?(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))? on|touched (?:up)?on|turned to|exchanged views on|talked through|dialogues? on|explained|promoted|(?:pledged|offered|promised|sought)\s+(?:help|support|assistance)\s+(?:for|with)|invest(?:ment|ing)?\s+in|(?:agreed|agreeing|decided|promised|pledged|planned|and) to (?:study|explore|consider|examine|restart|revive|relaunch)|objected to|objects to|(?:criticized|criticised|condemned|rebuked|chided|faulted)\s+(?:[A-Z][\w'-]*\s+){1,3}over)\s+/g;
const LISTED_VERB = /^(?:restore|reopen|resume|relaunch|revive|lift|ease|expand|boost|increase|build|create|establish|set\s+up|launch|open|end|stop|halt|curb|tackle|combat|fight|allow|let|permit)\s+(?=\p{L})/u;
const REDUCED_PASSIVE = /\s+(?:[a-z]+ed|run|held|led|built|made|set|sent|given|taken|paid|won|brought|kept|hit|cut|put)\s+by\b[\s\S]*$/;
/** "called for the return of looted artefacts": what is asked for names its subject through "the X of" (not "called for calm"). */
/** "raised the threat posed by pro-Khalistan extremists": the threat's source is the subject. */
const THREAT_FROM = /\bthe\s+(?:threat|danger|risk)s?\s+(?:posed\s+by|from)\s+/g;
const CALLED_FOR_CASE = /\b(?:call(?:ed|s|ing)?|push(?:ed|es|ing)?|press(?:ed|es|ing)?|ask(?:ed|s|ing)?|appeal(?:ed|s)?)\s+for\s+(?=(?:the\s+)?(?:return|release|lifting|easing|resumption|protection|safety|reopening|restoration)\s+of\s)/g;
const RESTORING_CUE = /\bto (?:resume|restore|reopen|lift|ease|keep\s+up|maintain|step\s+up)\s+/g;
const PHRASE_END = /[.;:!?]|\s(?:in|on|at|with|for|over|between|from|to|during|after|before|by|that|which|who|but|while|as|than|because|if|when|until|since|under|amid|across|along|through|against|within|without|despite|although|though|including|unless|whereas|whether|towards?|via|ahead\s+of|meant\s+to|designed\s+to|intended\s+to|aimed\s+at)\b/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any|new|further|possible|future|more|greater|closer|stronger|better|increased)\s+/;
const ADVERB_TAIL = /\s+(?!(?:supply|assembly|ally|rally|family|anomaly|monopoly)\b)(?:[a-z]+ly|there|here)\b.*$/;
const PLACE_BEFORE_AND = /\s(?:in|on|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?=,?\s+and\s+(?:the|a|an|its|their)\s)/gu;
const LED_BY_NAME = /^\p{Lu}[\p{L}]*-(?:led|backed|brokered|funded|sponsored|run|built|owned)\s+/u;
const CASE_OF = /^(?:(?:special\s+)?status|(?:peaceful\s+|political\s+|negotiated\s+|diplomatic\s+)?(?:resolution|settlement)|case|issue|question|matter|problem|subject|fate|situation|safety|treatment|plight|exchange|sharing|transfer|protection|preservation|release|return|supply|supplies|delivery|reopening|opening|deliveries|scale|extent|toll|number|level|closure|suspension|resumption|renewal|cancellation|lifting|easing|spread|future) of\s+|^(?:(?:faster|quicker|easier|clearer|new|clear|direct)\s+)?(?:path|pathway|route)\s+to\s+|^roadmap\s+(?:for|on|to)\s+/;
/** Verbs that, right after "and" in a list, start a clause of their own ("and signed contracts"). */
const PAST_VERBS_JOINED = new Set('signed agreed announced pledged discussed called urged held met launched adopted issued reached opened unveiled promised vowed'.split(' '));
const FUNCTION_WORD = new Set('its their his her our my your the a an to of this that these those it them him us we they he she itself themselves himself herself has have had been was were is are be what which who whom whatever where when while such'.split(' '));
/** Gerunds whose object is the subject itself: "avoiding double taxation", "combating piracy". */
const PLACE_OF_NAME = /^(?:port|island|islands|province|region|strait|harbour|harbor)\s+of\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}/u;
const ACTING_ON = new Set('avoiding preventing combating combatting fighting tackling curbing countering reducing ending stopping promoting boosting expanding strengthening improving developing restoring protecting rebuilding'.split(' '));
/** Words in -ing that name a subject on their own ("mining"); other lone -ing words in a list are participles ("…, warning"). */
const ING_NOUNS = new Set('mining shipbuilding fishing farming manufacturing trafficking peacekeeping banking financing housing training funding spending dumping hacking shipping smuggling policing lending refuelling refueling logging'.split(' '));
const ADVERBS = new Set('soon now again there here too either instead together altogether later earlier first'.split(' '));
const GENERIC = new Set(
  'conduct burden burdens document documents text texts fight fights struggle battle campaign push drive support backing matter matters issue issues situation way ways step steps progress plan plans detail details meeting meetings talks visit visits ties relations cooperation development developments measure measures effort efforts thing things idea ideas topic topics subject subjects question questions problem problems proposal proposals results outcome targets target agenda concerns concern options prospects possibility region world continent country countries statement future past situation importance need needs role roles areas area work principles terms framework relationship relationships war wars fighting conflict conflicts crisis hostilities practice practices threat threats danger dangers risk risks clause clauses provision provisions paragraph paragraphs section sections point points memorandum memorandums memoranda face side sides arrangement arrangements guidelines'.split(' '),
);

/**
 * The third way: a doctrine or a process named by its suffix ("protectionism", "militarization").
 * Attitudes and devices that share the suffix are no subjects.
 */
const SUFFIXED = /(?<![\p{L}-])(?:[a-z]+-)?[a-z]{3,}(?:ism|isation|ization)(?![\p{L}-])/gu;
const NOT_SUBJECTS = new Set(
  'criticism criticisms optimism pessimism skepticism scepticism cynicism mechanism mechanisms organism realism pragmatism enthusiasm journalism patriotism heroism activism organization organisation organizations organisations authorization authorisation civilization civilisation'.split(' '),
);

/** Nouns that name nothing alone but do with a modifier ("the accusations", but "territorial claims"). */
const GENERIC_ALONE = new Set(
  'help assistance accusations allegations claims reports remarks comments statements decision decisions move moves actions action behaviour behavior conduct activities deal deals agreement agreements accord treaty pact attacks strikes hostilities fighting pressure momentum withdrawal companies dialogue projects violence bloodshed unrest offensive offensives operation operations case cases'.split(' '),
);

/**
 * The fourth way: heads that always name a subject with their modifier ("shuttle diplomacy", "workers' rights",
 * "pension reform"), and works named by a proper name ("the Power of Siberia 2 pipeline", "the Grand Ethiopian
 * Renaissance Dam"), which are subjects however they are capitalised.
 */
const HEADED = /(?<![\p{L}'’-])((?:[a-z][a-z-]+(?:['’]s?)?\s+)(?:diplomacy|rights|reforms?))(?![\p{L}-])/gu;
/** Words that open a clause or a phrase, no modifier of what follows: "if diplomacy failed", "and reforms". */
const CLAUSE_WORDS = new Set('if and or but as no not less whether than unless until because after before'.split(' '));
// "the Inflation Reduction Act": a law named by its title is a subject too.
const NAMED_WORK = /\bthe\s+((?:\p{Lu}[\p{L}-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}-]*|\d+|of|and))*\s+(?:[Pp]ipeline|[Dd]am|[Cc]orridor|[Cc]anal|[Rr]ailway|[Bb]ridge|Act|Plan|Initiative))\b/gu;

/** "China's growing role in the Pacific": a power's spreading reach, with the region it reaches into, is a subject of its own. */
const GROWING_REACH = /\b(\p{Lu}[\p{L}-]+['’]s\s+(?:growing|expanding|rising|increasing)\s+(?:role|presence|influence|footprint|clout|assertiveness)(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?)/gu;
/** "the aspirations of its Tamil community", "the Uyghur minority": a people within a state is a subject of its own. */
const PEOPLE_WITHIN = /(?<!\p{Lu}[\p{L}-]*\s)(?<![\p{L}'’-])(\p{Lu}[\p{L}-]+\s+(?:community|minority|minorities))(?![\p{L}-])/gu;
/** "welfare of Indian workers": a noun, "of", a demonym and the people or goods it qualifies. */
const OF_PEOPLE = /^([a-z][a-z-]+) of (\p{Lu}[\p{L}-]+) ([a-z][a-z-]+)(?=$|[\s,;.])/u;
/** A programme or plan named in capitals: "Indo-Pacific Oceans Initiative", "Mattei Plan", "Lobito Corridor". */
const NAMED_PROGRAMME = /(?<![\p{L}-])(?<!\p{Lu}[\p{L}-]*\s+)(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|New|Under|In|On)\s)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+(?:Initiative|Corridor|Plan|Framework|Compact)\b/gu;
/** "recent attacks on Hindu temples": acts on or against a people or a faith's places, after what owns or times them. */
const AIMED_AT_PEOPLE =
  /^(?:(?:the|its|their|recent|new|further|growing|\p{Lu}[\p{L}-]*(?:['’]s)?)\s+){0,3}?((?:attacks|violence|restrictions|curbs|discrimination|persecution|actions|measures) (?:on|against) (\p{Lu}[\p{L}-]*) [a-z][a-z-]+)/u;
const FAITHS = new Set(['Hindu', 'Muslim', 'Christian', 'Sikh', 'Jewish', 'Buddhist', 'Catholic', 'Orthodox']);
const DEMONYMS = new Set(countryForms().forms.filter(([, f]) => f.via === 'demonym').map(([form]) => form));
/**
 * "to invest in Kenyan manufacturing": whose industry it is says where, not what; the length of such a people's name.
 * Not "Chinese restrictions", "Russian troops": a people's plain noun alone says little; a field or a compound does.
 */
function peopleBefore(part: string): number {
  const people = /^(\p{Lu}[\p{L}-]+)\s+(?=(\p{Ll}+)(\s+\p{Ll}+)?)/u.exec(part);
  if (!people || !DEMONYMS.has(people[1]!)) return 0;
  return ING_NOUNS.has(people[2]!) || (people[3] && !PHRASE_END.test(people[3])) ? people[0].length : 0;
}
const NOT_A_PEOPLE = new Set(['International', 'European', 'Economic', 'Business', 'Intelligence', 'Security', 'Defence', 'Defense', 'Global', 'World', 'Scientific', 'Donor', 'The', 'A', 'Its', 'Their']);
const PREPOSITIONS = new Set('for of on in at to from with by about over under against between among into onto upon toward towards'.split(' '));
const AGENDA_AFTER = /\s+(?:were|was)\s+(?:also\s+)?(?:(?:high|top|first)\s+)?on\s+the\s+agenda\b|\s+(?:were|was)\s+also\s+discussed\b|\s+also\s+came\s+up\b|\s+also\s+featured\b/;
/** "the war in the Middle East", "security in the Pacific": a war or the security of a region is a subject by that name. */
const IN_REGION =
  /\b((?:war|conflict|crisis|security|stability|tensions)\s+in\s+the\s+(?:Middle\s+East|Indo-Pacific|Pacific|Sahel|Western\s+Balkans|Balkans|South\s+Caucasus|Caucasus|Horn\s+of\s+Africa|Red\s+Sea|Gulf|Arctic|Great\s+Lakes|Mediterranean|Baltic|Black\s+Sea))(?![\p{L}-])/gu;
/** The patterns whose match (or first group) is the subject itself, each with what disqualifies a phrase. */
const WHOLE_PHRASES: Array<[RegExp, (phrase: string) => boolean]> = [
  [IN_REGION, () => true],
  // "using dollar diplomacy": a verb is no modifier.
  // "called for reform of the WTO": a preposition is no modifier either, nor is "if" in "if diplomacy failed".
  [HEADED, (p) => p.split(/\s+/).every((w) => !WEAK_MODIFIERS.has(w) && !FUNCTION_WORD.has(w) && !VERBAL.has(w) && !PREPOSITIONS.has(w) && !CLAUSE_WORDS.has(w) && !/ing$/.test(w))],
  [NAMED_WORK, () => true],
  [GROWING_REACH, () => true],
  // "the Indian community in Kuwait": a nation's people abroad are its diaspora, not a people within a state.
  [PEOPLE_WITHIN, (p) => !NOT_A_PEOPLE.has(p.split(/\s+/)[0]!) && !DEMONYMS.has(p.split(/\s+/)[0]!)],
  [SUFFIXED, (p) => !NOT_SUBJECTS.has(p)],
];

function discoverTopics(text: string, offset: number, known: Array<{ start: number; end: number }>): Array<{ start: number; end: number; text: string; entry: TopicEntry; pattern?: boolean }> {
  const out: Array<{ start: number; end: number; text: string; entry: TopicEntry; pattern?: boolean }> = [];
  /** Whether [start, end) overlaps nothing the lexicon or discovery has found so far. */
  const free = (start: number, end: number) => ![...known, ...out].some((o) => o.start < end && start < o.end);
  DISCOVERY.lastIndex = 0;
  for (const m of known.length ? [] : text.matchAll(DISCOVERY)) {
    // "a signed defence agreement": a participle before the noun says what became of it, not what it is.
    const participle = /^[a-z]+ed\s+(?=[a-z])/.exec(m[1]!)?.[0].length ?? 0;
    const words = m[1]!.slice(participle).trim().split(/\s+/);
    // "their forces could plan": a verb phrase, not a noun phrase.
    if (words.some((w) => VERBAL.has(w))) continue;
    // "a truly equal agreement": a judgement on the deal, not what it is about.
    if (words.some((w) => /ly$/.test(w) && !/(?:supply|family|ally|rally|assembly)$/.test(w))) continue;
    // "the sides reached agreement": a noun and its verb, not two modifiers.
    if (words.length === 2 && /ed$/.test(words[1]!) && /s$/.test(words[0]!)) continue;
    // "help its neighbours deal with armed groups", "their allies plan to": a plural noun and its verb.
    if (/s$/.test(words.at(-1)!) && /^\s+(?:with|to)\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) continue;
    // "the twenty-year treaty", "the basic treaty": how long or how fundamental says nothing of what it is about.
    const modifiers = words.filter((w) => !WEAK_MODIFIERS.has(w) && !/-(?:year|month|week|day|point)$/.test(w));
    // "a joint action plan": a plan shared and no more says nothing of what it is about.
    if (!modifiers.length || modifiers.every((w) => w === 'joint')) continue;
    // "a joint news conference" is an occasion, not a subject.
    if (m[2] === 'conference' && modifiers.some((w) => w === 'news' || w === 'press')) continue;
    // "a platinum project": a project is named by what it is about.
    const name = m[2] === 'project' ? modifiers.join(' ') : `${modifiers.join(' ')} ${m[2]}`;
    const start = offset + m.index! + m[0].length - m[1]!.length - m[2]!.length + participle;
    out.push({ start, end: offset + m.index! + m[0].length, text: name, entry: { name }, pattern: true });
  }
  DISCUSSION_CUE.lastIndex = 0;
  RESTORING_CUE.lastIndex = 0;
  // "agreed to resume direct flights": what is restored is a subject only where the lexicon named none ("to resume regular
  // video calls between theatre commanders" is the lexicon's military channels).
  CALLED_FOR_CASE.lastIndex = 0;
  THREAT_FROM.lastIndex = 0;
  for (const cue of [...text.matchAll(DISCUSSION_CUE), ...text.matchAll(CALLED_FOR_CASE), ...text.matchAll(THREAT_FROM), ...(known.length ? [] : text.matchAll(RESTORING_CUE))]) {
    let from = cue.index! + cue[0].length;
    let rest = text.slice(from);
    // "wanted the war to end through negotiations": a verb with no object leaves nothing to name.
    if (/^(?:through|by|in|with|at|from|after|before|soon|quickly|peacefully|now)\b/.test(rest)) continue;
    const ofCase = CASE_OF.exec(rest.replace(DETERMINER, ''));
    if (ofCase) {
      const skip = rest.length - rest.replace(DETERMINER, '').length + ofCase[0].length;
      from += skip;
      rest = rest.slice(skip);
    }
    // "recent attacks on Hindu temples", "American restrictions on Chinese companies": acts aimed at a people or a faith's
    // places are one subject, the people named and all.
    const against = AIMED_AT_PEOPLE.exec(rest);
    if (against && (DEMONYMS.has(against[2]!) || FAITHS.has(against[2]!))) {
      const start = offset + from + against[0].length - against[1]!.length;
      if (free(start, start + against[1]!.length)) out.push({ start, end: start + against[1]!.length, text: against[1]!, entry: { name: against[1]! }, pattern: true });
      continue;
    }
    // "the closure of aid programmes run by the agency": a participle that opens "by …" ends the noun phrase.
    rest = rest.replace(REDUCED_PASSIVE, '').replace(/\s+being\s+[a-z]+\b[\s\S]*$/, '');
    // "agreements on education and on avoiding double taxation": a list goes on past a repeated preposition.
    rest = rest.replace(/\band\s+(?:on|about|over|in)\s+/g, (m) => 'and ' + ' '.repeat(m.length - 4));
    // "critical minerals, including uranium and rare earths": the examples named are subjects of the list too.
    const examples = /^[^,.;:]*,\s+(?:including|such as|notably|especially)\s+/.test(rest);
    rest = rest.replace(/,\s+(?:including|such as|notably|especially)\s+/g, (m) => ',' + ' '.repeat(m.length - 1));
    // "the gang violence in Haiti and the police mission there": a place after a listed subject leaves the list going on.
    rest = rest.replace(PLACE_BEFORE_AND, (m) => ' '.repeat(m.length));
    const end = PHRASE_END.exec(rest);
    let span = end ? rest.slice(0, end.index) : rest;
    // A comma continues the list only in "A, B and C"; otherwise it ends the phrase (", according to …").
    const comma = span.indexOf(',');
    if (comma >= 0 && !/\band\b/.test(span.slice(comma))) {
      // "critical minerals, including uranium, with …": the example named after the comma runs to the next one.
      const cut = examples ? span.indexOf(',', comma + 1) : comma;
      if (cut >= 0) span = span.slice(0, cut);
    }
    let at = 0;
    let separator = '';
    // ", and" is one separator: "… on trade, and denied …" leaves no "and denied" behind.
    for (const listed of span.split(/(\s*,?\s+and\s+|\s*,\s*)/)) {
      let partStart = from + at;
      at += listed.length;
      if (/^\s*,?\s+and\s+$|^\s*,\s*$/.test(listed)) {
        separator = listed;
        continue;
      }
      // "agreed to reopen embassies, restore flights and …": after the first, each part of a list of things to do opens
      // with a verb of its own, and what it acts on is the subject.
      const ownVerb = separator && /^to\s/.test(cue[0]) ? (LISTED_VERB.exec(listed)?.[0].length ?? 0) : 0;
      const part = listed.slice(ownVerb);
      partStart += ownVerb;
      // "…, and welcomed more investment": after a comma and "and", a past tense opens a clause, not a listed subject.
      if (/^\s*,\s*and\s+$/.test(separator) && /^[a-z]+ed\b/.test(part)) continue;
      // "… and the exchange of classified information": each listed part may name its subject through "the X of".
      const det = DETERMINER.exec(part)?.[0].length ?? 0;
      const ofCase = det + (CASE_OF.exec(part.slice(det))?.[0].length ?? 0);
      // "the Kenyan-led police mission": who leads or backs a thing says whose it is, not what it is.
      const led = ofCase + (LED_BY_NAME.exec(part.slice(ofCase))?.[0].length ?? 0);
      const lead = led + peopleBefore(part.slice(led));
      // "to end the war quickly": an adverb closes the noun phrase.
      // "the live-fire drills Chinese warships held": a name after the head starts a clause of its own.
      // "in the port of Trincomalee": a place named by its kind and its name is the subject, not the bare kind.
      // "the welfare of Indian workers": a thing of a people named by its demonym is one subject, demonym and all.
      const ofPeople = OF_PEOPLE.exec(part.slice(lead).trim());
      if (ofPeople && DEMONYMS.has(ofPeople[2]!) && !GENERIC.has(ofPeople[1]!) && !FUNCTION_WORD.has(ofPeople[1]!) && !GENERIC.has(ofPeople[3]!) && !VERBAL.has(ofPeople[3]!)) {
        const start = offset + partStart + lead + (part.slice(lead).length - part.slice(lead).trimStart().length);
        if (free(start, start + ofPeople[0].length)) out.push({ start, end: start + ofPeople[0].length, text: ofPeople[0], entry: { name: ofPeople[0] }, pattern: true });
        continue;
      }
      const namedPlace = PLACE_OF_NAME.exec(part.slice(lead).trim());
      if (namedPlace) {
        const start = offset + partStart + lead + (part.slice(lead).length - part.slice(lead).trimStart().length);
        if (free(start, start + namedPlace[0].length)) out.push({ start, end: start + namedPlace[0].length, text: namedPlace[0], entry: { name: namedPlace[0] }, pattern: true });
        continue;
      }
      let phrase = part.slice(lead).trim().replace(/\s+(?:and|or)$/, '').replace(ADVERB_TAIL, '').replace(/(?<=^[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s+\p{Lu}.*$/u, '').replace(/\s+(?:about|of|on|over|regarding|around|against|linking|connecting|joining)$/, '');
      // "the energy situation", "its energy sector": the state or the sector of a field is that field.
      const field = /^([a-z]+) (?:situation|sector|sectors|industry)$/.exec(phrase);
      if (field && FIELDS.has(field[1]!)) phrase = field[1]!;
      // "energy projects" are energy, as a project is named by what it is about.
      phrase = phrase.replace(/^([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+projects?$/, '$1');
      const words = phrase.split(/\s+/);
      // "anti-India activities": a word for being against or for a state is still a lower-case word of the phrase.
      if (!phrase || words.length > 3 || !words.every((w) => /^[a-z][a-z-]+$/.test(w) || /^(?:anti|pro)-\p{Lu}[\p{L}-]*$/u.test(w))) continue;
      // "…, and said China did not seek": a clause that goes on after the list is no part of it.
      if (words.some((w) => VERBAL.has(w) || w === 'not')) continue;
      // "…, and both leaders condemned": a subject and its verb, not a noun phrase.
      if (words.length > 1 && /[^e]ed$/.test(words.at(-1)!)) continue;
      // "… on climate change and signed contracts": a verb joined by "and" with its object, not a subject.
      if (words.length > 1 && /\band\s*$/.test(separator) && PAST_VERBS_JOINED.has(words[0]!)) continue;
      // A verb phrase is not a subject: "… and agreed to", "… and recalled its ambassador".
      // "on avoiding double taxation": what one acts against or for is the subject.
      if (words.length > 1 && ACTING_ON.has(words[0]!)) {
        const skip = part.indexOf(words[0]!) + words[0]!.length + 1;
        // "protecting the Amazon rainforest": what is acted on starts after its article, and a bare article names nothing.
        const inner = phrase.slice(words[0]!.length + 1).replace(DETERMINER, '');
        if (!inner || inner.split(' ').some((w) => FUNCTION_WORD.has(w))) continue;
        const start = offset + partStart + skip;
        if (!GENERIC.has(inner.split(' ').at(-1)!) && free(start, start + inner.length)) out.push({ start, end: start + inner.length, text: inner, entry: { name: inner }, pattern: true });
        continue;
      }
      // "the changes sweeping Eastern Europe": a participle whose object is a name leaves its noun no subject of its own.
      if (words.length > 1 && /ing$/.test(words.at(-1)!) && !ING_NOUNS.has(words.at(-1)!) && /^\s+\p{Lu}/u.test(part.slice(lead).trim().slice(phrase.length))) continue;
      // "to stop supplying components": a gerund heading the phrase is what is done, not the subject.
      if (words.length > 1 && /ing$/.test(words[0]!) && !ING_NOUNS.has(words[0]!)) continue;
      // "to stop interfering": after an infinitive, a lone -ing word is a verb ("mining" in a list is a subject).
      // "the cost of living", "freedom of navigation": one noun of another is a compound subject.
      // Not when a name follows: "the murder of journalist Jamal Khashoggi" names its subject by the name.
      const compoundOf =
        words.length === 3 && words[1] === 'of' && !FUNCTION_WORD.has(words[0]!) && !FUNCTION_WORD.has(words[2]!) && !GENERIC.has(words[0]!) && !/^\s+\p{Lu}/u.test(part.slice(lead).trim().slice(phrase.length));
      if (words.some((w) => FUNCTION_WORD.has(w) && !(compoundOf && w === 'of')) || (words.length === 1 && (/ed$/.test(phrase) || (/ing$/.test(phrase) && (/^to\s/.test(cue[0]) || !ING_NOUNS.has(phrase)))))) continue;
      // "to end soon": an adverb alone is no subject.
      if (words.length === 1 && ADVERBS.has(phrase)) continue;
      // "coercive and increasingly aggressive actions": a judgement on what was done, not its subject.
      if (words.length > 1 && /ly$/.test(words[0]!) && !/(?:supply|family|ally|rally|assembly|monopoly)$/.test(words[0]!)) continue;
      // "green development", "rural development": development of a named kind is a subject, though development alone is not.
      const kindOfDevelopment = words.length > 1 && words.at(-1) === 'development';
      if ((GENERIC.has(words.at(-1)!) && !kindOfDevelopment) || (words.length === 1 && GENERIC_ALONE.has(phrase)) || WEAK_MODIFIERS.has(words[0]!) || phrase.length < 4) continue;
      const start = offset + partStart + lead;
      if (!free(start, start + phrase.length)) continue;
      out.push({ start, end: start + phrase.length, text: phrase, entry: { name: phrase }, pattern: true });
    }
  }
  // "Semiconductors, skills training and green shipping corridors were on the agenda": a list told as the talks' subjects.
  const agenda = AGENDA_AFTER.exec(text);
  if (agenda) {
    const head = text.slice(0, agenda.index);
    // The sentence's first word is capitalised only because it opens the sentence.
    const lowered = head.replace(/^(\s*)(\p{Lu})(?=\p{Ll}+\b)/u, (_, sp: string, c: string) => sp + c.toLowerCase());
    let at = 0;
    for (const part of lowered.split(/(\s*,?\s+and\s+|\s*,\s*)/)) {
      const partStart = at;
      at += part.length;
      if (/^\s*,?\s+and\s+$|^\s*,\s*$/.test(part)) continue;
      const det = DETERMINER.exec(part.trimStart())?.[0].length ?? 0;
      const lead = part.length - part.trimStart().length + det;
      const phrase = part.slice(lead).trim();
      const words = phrase.split(/\s+/);
      if (!phrase || words.length > 3 || !words.every((w) => /^[a-z][a-z-]+$/.test(w)) || words.some((w) => FUNCTION_WORD.has(w) || VERBAL.has(w))) continue;
      if (GENERIC.has(words.at(-1)!) || WEAK_MODIFIERS.has(words[0]!) || phrase.length < 4) continue;
      const start = offset + partStart + lead;
      if (!free(start, start + phrase.length)) continue;
      out.push({ start, end: start + phrase.length, text: text.slice(partStart + lead, partStart + lead + phrase.length), entry: { name: phrase }, pattern: true });
    }
  }
  for (const [re, fits] of WHOLE_PHRASES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const phrase = m[1] ?? m[0];
      const end = offset + m.index! + m[0].length;
      const start = end - phrase.length;
      if (!fits(phrase) || !free(start, end)) continue;
      out.push({ start, end, text: phrase, entry: { name: phrase }, pattern: true });
    }
  }
  return out;
}

const WAR_BETWEEN = /\b(war|conflict|fighting|tensions) between ((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2}) and ((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})/gu;
const SHARED_HEAD = /\b([a-z]+) and ([a-z]+) (ties|cooperation|relations|links|partnership|dialogue|aid|assistance|pact|agreement|sectors|industries)\b/g;
const SHARED_HEAD_CUE = / and [a-z]+ (?:ties|cooperation|relations|links|partnership|dialogue|aid|assistance|pact|agreement|sectors|industries)\b/;
/** "humanitarian and energy aid" is aid of two kinds, not the field of energy. */
const AID_HEADS = new Set(['aid', 'assistance']);
/** Fields of cooperation, named by their plain word when they share a head ("security and defence partnership"). */
const FIELDS = new Set('security defence defense energy trade economic technology health agriculture climate education space cyber migration'.split(' '));
// Only right after an article: "the refugee crisis in Sudan" is a refugee crisis, found by discovery.
const SPOKEN_ABOUT_BEFORE =
  /(?:^\s*(?:On|Regarding|As\s+for|On\s+the\s+subject\s+of)|\b(?:talks|discussions?|exchange|views|conversation|call|remarks|comments|position|stance|focus|focuses|focused|centred|centered|briefed\s+\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}+\s+){0,2}?(?:on|about|over|regarding)|\branged\s+from|\b(?:st(?:and|ands|ood|anding)|cooperat(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|united|aligned|in\s+step)\s+(?:(?:closely\s+)?with\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?on|\bdiscuss(?:ed|es|ing)?|\b(?:talk(?:s|ed)?|sp(?:oke|eak|eaks))\s+about)\s+$/u;
/** ", " or " and " right before a listed item: "discussed Iran, Syria and Lebanon". */
const LIST_SEPARATOR = /(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** A country spoken about ends the phrase: a stop, a comma, "and" or a preposition opening what follows. */
const SPOKEN_OBJECT_END = /^(?:\s*[.,;:!?]|\s+(?:and|or|as|at|in|on|with|during|before|after|but|while|when|where|amid|over)\b|\s*$)/;
/** "on Ukraine aid", "on Ukraine's grain": the country names a thing of its own, not the war. */
const NOUN_AFTER = /^(?:['’]s?\b|\s+(?!and\b|or\b|to\b|as\b|at\b|in\b|on\b|with\b|during\b|before\b|after\b|but\b|while\b|when\b|for\b|and\b)\p{Ll})/u;
const WAR_IN =
  /(?<=\b(?:the|a)\s(?:(?:political|economic|security|diplomatic|civil|growing|deepening|ongoing|humanitarian|jihadist|Islamist)\s)?)(wars?|conflicts?|crisis|fighting|insurgency) in ((?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})/gu;
/** "the Iraq war", "the Ukraine war": a war named by its country before it is the war there. */
const COUNTRY_WAR = /(?<=\bthe\s)(\p{Lu}[\p{L}-]*)\s+war\b/gu;
const WARS_IN_PAIR = /\b(?:wars|conflicts)\s+in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+and\s+(\p{Lu}[\p{L}-]*)/gu;
const SITUATION_IN = /\b(?:the\s+)?(?:(?:political|security|humanitarian|economic)\s+)?situation in (?:(?:neighbouring|neighboring|war-torn)\s+)?((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})/gu;
/** "working for peace in Ukraine": peace in a country at war is that war's end, where the lexicon knows the war. */
const PEACE_IN = /\bpeace in ((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})/gu;

/** "… between Russia and North Korea" right after `at`: where the pair ends, and the two countries' names. */
function pairBetween(doc: ArticleDoc, s: Sentence, at: number): { end: number; names: string } | null {
  const lead = /^\s+between\s+/.exec(doc.text.slice(at, at + 12));
  if (!lead) return null;
  const first = countryStartingAt(doc, s, at + lead[0].length);
  const and = first && /^\s+and\s+/.exec(doc.text.slice(first.end, first.end + 6));
  const second = and && countryStartingAt(doc, s, first.end + and[0].length);
  return second ? { end: second.end, names: `${countryName(doc, first)} and ${countryName(doc, second)}` } : null;
}
/** The country mention that starts exactly at `at` in the sentence, if any. */
function countryStartingAt(doc: ArticleDoc, s: Sentence, at: number): Mention | undefined {
  return mentionsIn(doc, s.index).find((c) => c.label === 'Country' && c.start === at);
}
/** A country mention's canonical name ("Türkiye" for "Turkey"), or its text when unresolved. */
function countryName(doc: ArticleDoc, c: Mention): string {
  return doc.entities.get(c.entityIds[0]!)?.name ?? c.text;
}

/** How many sentences back (1 or 2) the topic was last named, or null. Nearer mentions in a sentence count as nearer. */
function recentDistance(doc: ArticleDoc, sentence: number, name: string): number | null {
  const id = ids.topic(name);
  for (let i = sentence - 1; i >= Math.max(0, sentence - 2); i--) {
    const hits = mentionsIn(doc, i).filter((m) => m.label === 'Topic' && m.entityIds.includes(id));
    if (hits.length) return sentence - i + 1 - Math.max(...hits.map((h) => h.end)) / (doc.sentences[i]!.end + 1);
  }
  return null;
}

/** "pressing North Korea to abandon its nuclear weapons programme": "its" is the country just named, and the lexicon knows that one's programme. */
function theirOwnProgramme(doc: ArticleDoc): void {
  const general = ids.topic('nuclear program');
  const northKorean = gazetteer.get("North Korea's nuclear program");
  if (!northKorean) return;
  for (const m of doc.mentions) {
    if (m.label !== 'Topic' || !m.entityIds.includes(general) || !/\bits\s+$/.test(doc.text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const owner = mentionsIn(doc, m.sentence).filter((c) => c.label === 'Country' && c.end <= m.start).at(-1);
    if (owner?.entityIds[0] !== ids.country('PRK')) continue;
    const id = ids.topic(northKorean.name);
    m.entityIds = [id];
    upsertEntity(doc, id, 'Topic', northKorean.name, m.sentence);
    if (!doc.mentions.some((x) => x.entityIds.includes(general))) doc.entities.delete(general);
  }
}

const GEOGRAPHIC_NAME = /^\s+(?:Sea|Canal|Strait|Ocean|Gulf|Peninsula|Islands?|Shoal)\b/;
/** "South China Sea", "China threat theory": a country named inside a topic's name is not an actor there. */
function markCountriesInsideTopics(doc: ArticleDoc): void {
  const inside: Mention[] = [];
  for (const s of doc.sentences) {
    const here = mentionsIn(doc, s.index);
    const topics = here.filter((m) => m.label === 'Topic' && m.via === 'lexicon');
    if (!topics.length) continue;
    for (const c of here) {
      const holder = topics.find((t) => t.start <= c.start && c.end < t.end);
      if (c.label === 'Country' && holder) {
        c.qualifier = true;
        if (GEOGRAPHIC_NAME.test(doc.text.slice(c.end, holder.end))) inside.push(c);
      }
    }
  }
  // "the South China Sea", "the Panama Canal": a country named only inside a place's name is not one the article mentions
  // (unlike "the war in Ukraine" or "a Palestinian state").
  for (const id of new Set(inside.flatMap((m) => m.entityIds))) {
    if (doc.mentions.some((m) => m.entityIds.includes(id) && !inside.includes(m))) continue;
    for (const m of inside.filter((x) => x.entityIds.includes(id))) removeMention(doc, m);
    doc.entities.delete(id);
  }
}
