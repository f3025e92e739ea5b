import { ids } from '../domain/ids';
import { homeCountry, mentionsIn, upsertEntity, type ArticleDoc, type Entity } from './article-doc';
import { countryById } from './countries';
import { lexiconOrganization } from './organizations';
import type { PipelineComponent } from './pipeline';

/**
 * A national body named without its country ("the Communist Party", "the Supreme Court") belongs to the country of the
 * official it is named with: "Communist Party General Secretary Nguyen Phu Trong" is Vietnam's party, "the Communist
 * Party's top diplomat Wang Yi" China's. Named so, one country's party or court does not become another's when the
 * graph joins articles; a body whose country the text does not give keeps its bare name.
 */
const GENERIC_BODY =
  /^(?:(?:Communist|Socialist|Labour|Labor|Workers['’]?|National|Supreme|Constitutional|High|Central|People['’]s|Democratic|Federal|Electoral|Election)\s+)+(?:Party|Court|Assembly|Bank|Commission)$/u;
/** Between the body and the official only the post may stand: "General Secretary", "'s top diplomat". */
const POST_BETWEEN = /^(?:['’]s?)?\s+(?:(?:\p{Lu}[\p{L}-]*|top|chief|senior|diplomat|leader|official|head|spokes(?:man|woman|person))\s+){1,4}$/u;

export const nationalBodiesComponent: PipelineComponent = {
  name: 'national-bodies',
  requires: ['entities.Organization', 'mentions.Person.resolved', 'entities.Person.roles'],
  assigns: ['entities.Organization.country'],
  run(doc) {
    for (const body of [...doc.entities.values()]) {
      if (body.label !== 'Organization' || body.props.countryId || !GENERIC_BODY.test(body.name)) continue;
      const owners = new Set<string>();
      for (const m of doc.mentions) {
        if (!m.entityIds.includes(body.id)) continue;
        const official = mentionsIn(doc, m.sentence).find((p) => p.label === 'Person' && p.start >= m.end && POST_BETWEEN.test(doc.text.slice(m.end, p.start)));
        // The officials lexicon gives a known office holder's country where the post names only the body.
        const country = official && (homeCountry(doc, official.entityIds[0]!) ?? doc.entities.get(official.entityIds[0]!)?.props.countryId);
        if (country) owners.add(country);
      }
      if (owners.size === 1) nameByCountry(doc, body, [...owners][0]!);
    }
  },
};

/** Moves the body's mentions to its name with the country ("Communist Party of Vietnam"), or the lexicon's name for that. */
function nameByCountry(doc: ArticleDoc, body: Entity, countryId: string): void {
  const country = countryById(countryId);
  if (!country) return;
  const named = `${body.name} of ${country.name}`;
  const entry = lexiconOrganization(named);
  const name = entry?.name ?? named;
  const owned = upsertEntity(doc, ids.organization(name), 'Organization', name, body.firstSentence, body.name);
  if (owned === body) return;
  owned.props = { ...body.props, ...owned.props, countryId, kind: entry?.kind ?? String(body.props.kind ?? 'organization') };
  for (const a of body.aliases) owned.aliases.add(a);
  for (const m of doc.mentions) if (m.entityIds.includes(body.id)) m.entityIds = m.entityIds.map((id) => (id === body.id ? owned.id : id));
  owned.firstSentence = Math.min(owned.firstSentence, body.firstSentence);
  doc.entities.delete(body.id);
}
