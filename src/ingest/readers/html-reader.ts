import { parse, type HTMLElement } from 'node-html-parser';
import type { RawArticle } from '../raw-article';

const DROP = 'script, style, noscript, nav, footer, header, aside, form, iframe, svg, button, template';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';

/** An HTML page: title, `article:published_time`, and the article body without page furniture. */
export function readHtml(content: string, origin: string): RawArticle[] {
  const root = parse(content, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const meta = (sel: string) => root.querySelector(sel)?.getAttribute('content')?.trim() || null;

  const h1 = root.querySelector('article h1, main h1, h1');
  const title =
    meta('meta[property="og:title"]') ?? textOf(h1) ?? root.querySelector('title')?.text.trim() ?? null;
  const publishedAt =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    root.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const source = meta('meta[property="og:site_name"]');
  const url = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');

  const container = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  for (const el of container.querySelectorAll(DROP)) el.remove();
  if (h1 && title && textOf(h1) === title) h1.remove();
  const blocks = container.querySelectorAll(BLOCKS);
  const paragraphs = (blocks.length ? blocks : [container])
    .filter((el) => !el.querySelector(BLOCKS)) // nested blocks are read once, at the innermost level
    .map(textOf)
    .filter((t): t is string => !!t);

  return [{ title, text: paragraphs.join('\n\n'), source, url: url ?? null, publishedAt, origin }];
}

function textOf(el: HTMLElement | null | undefined): string | null {
  if (!el) return null;
  const t = el.text.replace(/\s+/g, ' ').trim();
  return t || null;
}
