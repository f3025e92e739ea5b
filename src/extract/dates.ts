import * as chrono from 'chrono-node';
import type { PipelineComponent } from './pipeline';

/**
 * Dates stated in a sentence, resolved against the article's publication date
 * with chrono-node, at the precision the text supports. News reports the past,
 * so a weekday or month that chrono places after publication is moved back.
 * Without a publication date only dates that state their year are kept.
 */
const DATE_LIKE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(yesterday|today|tonight)\b|\b(last|this|next|past) (week|month|year|weekend)\b|\b\d{4}-\d{2}(-\d{2})?\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(1[89]|20)\d{2}\b/;

/** "withdraw by March 15", "a truce starting on Monday": a deadline, a period's bound or when something asked for would begin. */
const BOUND_BEFORE = /\b(?:by|until|till|before|since|ahead of|no later than|starting|beginning|effective)\s+(?:on\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle) of\s+)?$/i;

const MONTH_ONLY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NAMED_THING_DATE = /\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:signed|agreed|reached|struck|adopted|concluded|launched|built|imposed)\s+(?:in\s+principle\s+)?$/iu;

export function resolveDate(sentence: string, publishedAt: string | null): string | null {
  // chrono is the costly part; a sentence with no calendar word cannot hold a date.
  if (!DATE_LIKE.test(sentence)) return null;
  const ref = publishedAt && publishedAt.length === 10 ? new Date(`${publishedAt}T12:00:00Z`) : null;
  const results = chrono.parse(sentence, ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false });
  for (const r of results) {
    const c = r.start;
    // chrono also reads durations ("for four hours", "in twelve years"); only calendar references count.
    if (!DATE_LIKE.test(r.text)) continue;
    // "withdraw by March 15", "in the embassy since December": a deadline or a period's bound, not when it happened.
    if (BOUND_BEFORE.test(sentence.slice(Math.max(0, r.index - 24), r.index))) continue;
    // "under a treaty signed last year": the date of a thing named after its participle, not of the sentence's act.
    if (NAMED_THING_DATE.test(sentence.slice(Math.max(0, r.index - 40), r.index))) continue;
    // "condemned the April attack": a bare month before a noun names the thing, not when the sentence's act happened.
    if (MONTH_ONLY.test(r.text) && /\b(?:the|its|their|his|her|this|that|last)\s+$/i.test(sentence.slice(Math.max(0, r.index - 8), r.index)) && /^\s+\p{Ll}/u.test(sentence.slice(r.index + r.text.length))) continue;
    const yearStated = /\b(1[89]|20)\d{2}\b/.test(r.text);
    if (!ref && !yearStated) continue;
    // "a summit early next year": what is still to come dates nothing the article reports.
    if (/\bnext\b/i.test(r.text)) continue;
    const yearKnown = yearStated || c.isCertain('year');
    let d = c.date();
    if (ref && yearStated && d.getTime() > ref.getTime() + 86_400_000 * 31) continue;
    // "at the end of December": a part of a month tells the month, not a day of it.
    const partOfMonth = PART_OF.test(r.text) || PART_OF_BEFORE.test(sentence.slice(Math.max(0, r.index - 20), r.index));
    const dayKnown = (c.isCertain('day') || c.isCertain('weekday')) && !partOfMonth;
    const monthKnown = c.isCertain('month') || dayKnown;
    if (ref && !yearKnown && d.getTime() > ref.getTime() + 86_400_000) {
      d = new Date(d);
      if (c.isCertain('weekday') && !c.isCertain('day')) d.setUTCDate(d.getUTCDate() - 7);
      else d.setUTCFullYear(d.getUTCFullYear() - 1);
    }
    const iso = d.toISOString();
    // "last week": chrono names a day seven days back; the text gives only the week, so the month (or year) it lies in.
    if (WEEK.test(r.text)) return weekPrecision(d);
    if (dayKnown) return iso.slice(0, 10);
    if (monthKnown) return iso.slice(0, 7);
    return iso.slice(0, 4);
  }
  return null;
}

const WEEK = /\b(?:last|this|past|previous)\s+week\b/i;
/** The month a week (Monday to Sunday) around `d` lies in, or its year when it spans two months, or nothing. */
function weekPrecision(d: Date): string | null {
  const monday = new Date(d);
  monday.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  const [a, b] = [monday.toISOString(), sunday.toISOString()];
  if (a.slice(0, 7) === b.slice(0, 7)) return a.slice(0, 7);
  return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : null;
}
const PART_OF = /^(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\b/i;
const PART_OF_BEFORE = /\b(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?$/i;

export const DAY_SHIFT = /\b(?:the day before|a day earlier|the previous day|the day prior|the next day|the following day|a day later)\b/i;
/** "Earlier in the day", "after the parade": the day the text last gave, again. */
const SAME_DAY = /\b(?:(?:earlier|later) (?:in|that) the day|later that day|the same day|that (?:morning|afternoon|evening)|(?:after|before) the (?:parade|ceremony|meeting|talks|summit|speech|signing|news conference))\b/i;
/** A sentence whose day is counted from the one before it rather than stated. */
export const RELATIVE_DAY = new RegExp(`${DAY_SHIFT.source}|${SAME_DAY.source}`, 'i');

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const datesComponent: PipelineComponent = {
  name: 'dates',
  requires: ['sentences'],
  assigns: ['sentences.date'],
  run(doc) {
    // The last day the text gave; a month named in passing ("drills held in February") does not replace it.
    let previous: string | null = null;
    for (const s of doc.sentences) {
      s.date = resolveDate(s.text, doc.article.publishedAt);
      // "The day before, Lula received Maduro": a day counted from the date the sentence before gave.
      // "The next day …, and agreed to conclude a deal this year": the counted day, not the year.
      const shift = s.date && s.date.length === 10 ? null : DAY_SHIFT.exec(s.text);
      if (shift && previous) s.date = addDays(previous, /before|earlier|previous|prior/i.test(shift[0]) ? -1 : 1);
      else if ((!s.date || s.date.length < 10) && previous && SAME_DAY.test(s.text)) s.date = previous;
      if (s.date && s.date.length === 10) previous = s.date;
    }
  },
};
