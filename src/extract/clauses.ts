import { insideQuote, type ArticleDoc, type Mention, type Sentence } from './article-doc';

/** Helpers for finding who does what within a clause, shared by the fact components. */

export const ACTOR_LABELS = new Set(['Person', 'Country', 'Organization']);
const CLAUSE_BREAK = /[;:]|\s—\s|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b|\bfollowing\b|\bwhen\b|\bbecause\b|\bthat\b|\bwhich\b|\bwho\b|\baccording to\b|\bin response to\b|\bin retaliation for\b|\bin the wake of\b/gi;
const PREPOSITION_BEFORE = /\b(of|with|to|from|between|by|for|on|in|against|at|about|among|toward|towards|into|than|as)\s+(?:the\s+|a\s+|an\s+)?(?:other\s+)?$/i;

/** Start of the clause holding `pos`: just after the last clause break before it. */
export function clauseStart(doc: ArticleDoc, s: Sentence, pos: number): number {
  let start = s.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of doc.text.slice(s.start, pos).matchAll(CLAUSE_BREAK)) start = s.start + m.index! + m[0].length;
  return start;
}

/** End of the clause that begins at or after `pos`. */
export function clauseEnd(doc: ArticleDoc, s: Sentence, pos: number): number {
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(doc.text.slice(pos, s.end));
  return m ? pos + m.index : s.end;
}

/**
 * Entity ids a mention stands for as an actor: a national body found by
 * pattern ("China's Foreign Ministry") acts for its country.
 */
export function actingIds(doc: ArticleDoc, m: Mention): string[] {
  return m.entityIds.map((id) => {
    const e = doc.entities.get(id);
    if (e?.label === 'Organization' && m.via === 'pattern' && e.props.countryId) return e.props.countryId;
    return id;
  });
}

export function actorMentions(doc: ArticleDoc, s: Sentence, from: number, to: number, allowQuoted = false): Mention[] {
  return doc.mentions.filter(
    (m) =>
      m.sentence === s.index &&
      ACTOR_LABELS.has(m.label) &&
      m.entityIds.length > 0 &&
      !m.qualifier &&
      m.start >= from &&
      m.end <= to &&
      (allowQuoted || !insideQuote(doc, m.start)),
  );
}

/** The subject of a verb at `pos`: the nearest actor before it in its clause that is not a prepositional object. */
export function subjectBefore(doc: ArticleDoc, s: Sentence, pos: number, allowQuoted = false): Mention | null {
  const from = clauseStart(doc, s, pos);
  const candidates = actorMentions(doc, s, from, pos, allowQuoted).sort((a, b) => b.start - a.start);
  for (const m of candidates) {
    if (PREPOSITION_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 20), m.start))) continue;
    // "X and Y met": take both when joined by "and".
    return m;
  }
  return null;
}

export function objectsAfter(doc: ArticleDoc, s: Sentence, pos: number, end: number, exclude: string[], allowQuoted = false): string[] {
  const out: string[] = [];
  for (const m of actorMentions(doc, s, pos, end, allowQuoted).sort((a, b) => a.start - b.start)) {
    for (const id of actingIds(doc, m)) if (!exclude.includes(id) && !out.includes(id)) out.push(id);
    if (out.length >= 4) break;
  }
  return out;
}
