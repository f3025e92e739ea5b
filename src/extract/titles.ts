import { escapeRegex } from './gazetteer';
import { titleForms, type TitleEntry } from './lexicons';

/**
 * Title matching shared by the person and resolution components. Titles are
 * matched case-sensitively in their usual spellings (lower, Capitalized, Title
 * Case) because names after them are recognized by their capital letters.
 */
const SMALL = new Set(['of', 'the', 'for', 'and', 'to']);
const byForm = new Map<string, TitleEntry>();
const variants: string[] = [];
for (const [form, entry] of titleForms()) {
  const lower = form.toLowerCase();
  const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
  const title = lower.replace(/(^|[\s-])(\p{L})/gu, (m, sep: string, ch: string, off: number) => {
    const word = /^[\p{L}.]+/u.exec(lower.slice(off + sep.length))?.[0] ?? '';
    return off > 0 && SMALL.has(word) ? m : sep + ch.toUpperCase();
  });
  for (const v of new Set([lower, cap, title, form])) {
    if (!byForm.has(v)) variants.push(v);
    byForm.set(v, entry);
  }
}
variants.sort((a, b) => b.length - a.length);
export const TITLE_ALT = variants.map(escapeRegex).join('|');

export function titleEntry(form: string): TitleEntry | undefined {
  return byForm.get(form) ?? byForm.get(form.toLowerCase());
}

/**
 * Titles that can refer to the same office in a role phrase: "the Chinese leader"
 * is the president or premier, "China's top diplomat" its foreign minister.
 */
const EQUIVALENT: Record<string, string[]> = {
  Leader: ['President', 'Prime Minister', 'Chancellor', 'King', 'Queen', 'Emir', 'Sultan', 'Supreme Leader', 'Crown Prince', 'Leader'],
  'Top Diplomat': ['Foreign Minister', 'Secretary of State', 'Foreign Secretary', 'Top Diplomat', 'Top Foreign Policy Official', 'High Representative'],
  'Top Foreign Policy Official': ['Foreign Minister', 'Secretary of State', 'Foreign Secretary', 'Top Diplomat', 'Top Foreign Policy Official', 'High Representative'],
  Monarch: ['King', 'Queen', 'Emir', 'Sultan', 'Monarch'],
  // "the secretary" after "Secretary of State Blinken": the one secretary the article has named.
  Secretary: ['Secretary of State', 'Secretary of Defense', 'Secretary of the Treasury', 'Secretary of Commerce', 'Foreign Secretary', 'Secretary-General', 'General Secretary', 'Secretary'],
  Minister: ['Foreign Minister', 'Defense Minister', 'Finance Minister', 'Trade Minister', 'Interior Minister', 'Minister', 'Prime Minister'],
};

export function titlesCompatible(phraseTitle: string, held: string): boolean {
  if (phraseTitle === held) return true;
  return (EQUIVALENT[phraseTitle] ?? []).includes(held) || (EQUIVALENT[held] ?? []).includes(phraseTitle);
}
