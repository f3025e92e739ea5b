import { ids } from '../domain/ids';
import { addMention, mentionsIn, upsertEntity } from './article-doc';
import type { PipelineComponent } from './pipeline';

/**
 * Named policies: a hyphenated or capitalized modifier before "policy",
 * "doctrine" or "principle" ("one-China policy", "zero-COVID policy",
 * "Neighbourhood First policy"). Holders are found later, once events exist.
 */
const POLICY_RE = /(?<![\p{L}-])((?:\p{L}+-\p{L}+(?:-\p{L}+)*|\p{Lu}[\p{L}]*)(?:\s+\p{Lu}[\p{L}]*){0,2})\s+(policy|doctrine|principle)(?![\p{L}])/gu;
const NOT_MODIFIER = /^(The|A|An|This|That|Its|His|Her|Their|Our|Foreign|Domestic|Economic|Official|New|Current|U\.S|US)$/;

export function canonicalPolicyName(modifier: string, head: string): string {
  // "One China" and "one-China" are the same policy: a numeral-like first word joins the next
  // with a hyphen; other names keep their spacing ("Neighbourhood First policy").
  const words = modifier.split(/\s+/);
  const joined = words.length === 2 && /^(One|Zero|Open|No)$/i.test(words[0]!) ? `${words[0]}-${words[1]}` : modifier;
  const name = joined.replace(/^(One|Zero|Open|No)-/i, (w) => w.toLowerCase());
  return `${name} ${head}`;
}

export const policiesComponent: PipelineComponent = {
  name: 'policies',
  requires: ['sentences', 'mentions.Country'],
  assigns: ['mentions.Policy', 'entities.Policy'],
  run(doc) {
    for (const s of doc.sentences) {
      POLICY_RE.lastIndex = 0;
      for (const m of s.text.matchAll(POLICY_RE)) {
        let modifier = m[1]!;
        let offset = 0;
        const first = modifier.split(/\s+/)[0]!;
        if (NOT_MODIFIER.test(first)) {
          const rest = modifier.split(/\s+/).slice(1).join(' ');
          if (!rest) continue;
          offset = modifier.length - rest.length;
          modifier = rest;
        }
        const start = s.start + m.index! + offset;
        const end = s.start + m.index! + m[0].length;
        // A country name alone is not a policy modifier: "China policy" is policy toward China.
        if (mentionsIn(doc, s.index).some((x) => x.label === 'Country' && x.start === start && x.end >= start + modifier.length)) continue;
        const name = canonicalPolicyName(modifier, m[2]!);
        const id = ids.policy(name);
        addMention(doc, { start, end, sentence: s.index, text: doc.text.slice(start, end), label: 'Policy', entityIds: [id], via: 'pattern', possessive: false, qualifier: false });
        // Countries inside the name or right before it ("the U.S. one-China policy") qualify it, they do not act.
        for (const c of mentionsIn(doc, s.index)) {
          if (c.label !== 'Country') continue;
          if ((c.start >= start && c.end <= end) || (c.end <= start && /^(?:['’]s?)?\s+$/.test(doc.text.slice(c.end, start)))) c.qualifier = true;
        }
        upsertEntity(doc, id, 'Policy', name, s.index, doc.text.slice(start, end));
      }
    }
  },
};
