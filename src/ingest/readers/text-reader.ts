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

export function readText(content: string, origin: string): RawArticle[] {
  const lines = content.split(/\r?\n/);
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
      publishedAt: null,
      origin,
    },
  ];
}
