import * as chrono from 'chrono-node';
import type { RawArticle } from '../raw-article';

/**
 * A scraped page saved as text: a site-name line, a headline line, then
 * paragraphs with site chrome mixed in (the cleaner removes the chrome).
 * Menu and breadcrumb lines around them are skipped. A file that starts directly
 * with a paragraph is taken as untitled text.
 */
const SHORT_LINE = 90;
/** "World | Asia", "Home › Politics": a menu or breadcrumb line, never the headline. */
const MENU_SEPARATOR = /\s+(?:[|›»·•>]|\/)\s+/;
const isMenu = (line: string) => {
  const items = line.split(MENU_SEPARATOR);
  return items.length >= 2 && items.every((item) => item.split(/\s+/).length <= 4);
};

/** "Published 2024-05-28", "Updated: May 24, 2024", "24 May 2024": a line that only dates the page. */
const DATE_LABEL = /^(?:(?:first\s+)?published|updated|posted|date|dated)\s*:?\s*/i;
const MAX_DATE_LINE = 60;

/** "By a staff correspondent", "By Jane Doe and John Roe": who wrote the piece, not part of it. */
const BYLINE = /^By\s+(?:a|an|our|the|\p{Lu})[^.!?]{0,60}$/u;

/** The page's date from a line that holds nothing else, at the precision it gives; null when the line is more than a date. */
export function dateLine(line: string): string | null {
  const rest = line.trim().replace(DATE_LABEL, '');
  if (!rest || rest.length > MAX_DATE_LINE || !/\d{4}/.test(rest)) return null;
  const [hit] = chrono.strict.parse(rest);
  // The date must be the whole line (a weekday or a time may stand around it), not a phrase in a sentence.
  if (!hit || rest.replace(hit.text, '').replace(/[\s,.|·–—-]+|\b(?:at|on)\b/gi, '').replace(/^(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*/iu, '').length > 0) return null;
  const c = hit.start;
  if (!c.isCertain('year') || !c.isCertain('month')) return null;
  const y = String(c.get('year')).padStart(4, '0');
  const m = String(c.get('month')).padStart(2, '0');
  return c.isCertain('day') ? `${y}-${m}-${String(c.get('day')).padStart(2, '0')}` : `${y}-${m}`;
}

/** "By our correspondent · 31 October 2025": a byline that carries the date. */
function bylineDate(line: string): string | null {
  const parts = line.trim().split(/\s+[·•|—–]\s+/);
  if (parts.length < 2 || !parts.some((p) => BYLINE.test(p))) return null;
  return parts.map(dateLine).find((d) => d !== null) ?? null;
}

export function readText(content: string, origin: string): RawArticle[] {
  const all = content.split(/\r?\n/);
  // A date line among the first few lines dates the page and is no part of its text; a byline may stand between the
  // headline and the date ("By a staff correspondent").
  const head = all.map((l, i) => ({ l, i })).filter((x) => x.l.trim()).slice(0, 6);
  const dated = head.map((x) => ({ i: x.i, date: dateLine(x.l) ?? bylineDate(x.l) })).find((x) => x.date !== null);
  const publishedAt = dated?.date ?? null;
  const byline = head.find((x) => BYLINE.test(x.l.trim()));
  const lines = all.filter((_, i) => i !== dated?.i && i !== byline?.i);
  // The first line names the site, sections and all ("Herald | World"); menus after it are skipped.
  const nonBlank = lines.map((l, i) => ({ l: l.trim(), i })).filter((x) => x.l.length > 0).filter((x, k) => k === 0 || !isMenu(x.l));
  let source: string | null = null;
  let title: string | null = null;
  let bodyFrom = 0;
  const looksLikeLabel = (s: string) => s.length <= SHORT_LINE && !/[.!?:;"]$/.test(s);
  const first = nonBlank[0];
  // "Sahel Monitor / West Africa / <headline>": a section label of a few words before a longer headline line.
  const sectionLabel = (x: { l: string } | undefined, next: { l: string } | undefined) =>
    !!x && !!next && x.l.split(/\s+/).length <= 3 && looksLikeLabel(x.l) && looksLikeLabel(next.l) && next.l.split(/\s+/).length > x.l.split(/\s+/).length + 1;
  const second = sectionLabel(nonBlank[1], nonBlank[2]) ? nonBlank[2] : nonBlank[1];
  if (first && second && looksLikeLabel(first.l) && second.l.length <= 250) {
    source = first.l;
    title = second.l;
    bodyFrom = second.i + 1;
  } else if (first && first.l.length <= 250 && looksLikeLabel(first.l)) {
    title = first.l;
    bodyFrom = first.i + 1;
  }
  return [
    {
      title,
      text: lines.slice(bodyFrom).join('\n'),
      source,
      url: null,
      publishedAt,
      origin,
    },
  ];
}
