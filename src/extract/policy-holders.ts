import { homeCountry, mentionsIn } from './article-doc';
import type { PipelineComponent } from './pipeline';

/**
 * Who holds a policy: the country named right before it ("the U.S. one-China
 * policy", "China's zero-COVID policy"), or the country of whoever reaffirms or
 * supports it in the same sentence.
 */
const HOLDER_GAP = /^(?:['’]s?)?\s+$/;
const HOLDING_EVENTS = new Set(['REAFFIRM', 'SUPPORT', 'AGREE']);
/** "accused Washington of violating the one-China principle": the accuser holds the principle. */
const DEFENDING_EVENTS = new Set(['ACCUSE', 'CRITICIZE', 'WARN']);
const VIOLATION = /\b(?:violat|breach|undermin|contraven|betray)\w*/i;

export const policyHoldersComponent: PipelineComponent = {
  name: 'policy-holders',
  requires: ['mentions.Policy', 'events'],
  assigns: ['policyHoldings'],
  run(doc) {
    const eventsBySentence = new Map<number, typeof doc.events>();
    for (const ev of doc.events) eventsBySentence.set(ev.sentence, [...(eventsBySentence.get(ev.sentence) ?? []), ev]);
    for (const p of doc.mentions.filter((m) => m.label === 'Policy')) {
      const policyId = p.entityIds[0]!;
      const before = mentionsIn(doc, p.sentence).find(
        (m) => m.label === 'Country' && m.end <= p.start && HOLDER_GAP.test(doc.text.slice(m.end, p.start)),
      );
      if (before) {
        doc.policyHoldings.push({ policyId, holderId: before.entityIds[0]!, sentence: p.sentence, rule: 'policies:possessor' });
        continue;
      }
      for (const ev of eventsBySentence.get(p.sentence) ?? []) {
        const defends = DEFENDING_EVENTS.has(ev.type) && ev.verb.end <= p.start && VIOLATION.test(doc.text.slice(ev.verb.end, p.start));
        if (!defends && (!HOLDING_EVENTS.has(ev.type) || !ev.policyIds.includes(policyId))) continue;
        for (const actor of ev.actorIds) {
          const e = doc.entities.get(actor);
          const holder = e?.label === 'Country' ? actor : homeCountry(doc, actor);
          if (holder) doc.policyHoldings.push({ policyId, holderId: holder, sentence: p.sentence, rule: defends ? 'policies:defends' : `policies:${ev.type.toLowerCase()}` });
        }
      }
    }
  },
};
