import matter from 'gray-matter';
import type { RawArticle } from '../raw-article';
import { InputError } from '../raw-article';

/** Markdown with YAML front matter (title, source, url, publishedAt|date). */
export function readMarkdown(content: string, origin: string): RawArticle[] {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options also turns off gray-matter's per-content cache, which would hand back shared objects.
    parsed = matter(content, { language: 'yaml' });
  } catch (err) {
    throw new InputError(origin, `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const data = parsed.data as Record<string, unknown>;
  let body = parsed.content;
  let title = stringOrNull(data.title);
  if (!title) {
    const h1 = /^#\s+(.+)$/m.exec(body);
    if (h1) {
      title = h1[1]!.trim();
      body = body.replace(h1[0], '');
    }
  }
  return [
    {
      title,
      text: markdownToText(body),
      source: stringOrNull(data.source ?? data.site),
      url: stringOrNull(data.url ?? data.link),
      publishedAt: dateString(data.publishedAt ?? data.published_at ?? data.date),
      origin,
    },
  ];
}

/** YAML reads an unquoted 2024-02-01 as a Date; keep it as the calendar date that was written. */
function dateString(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
  return v === undefined || v === null ? null : String(v);
}

function stringOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** Markdown syntax to plain paragraphs; headings stay as their own lines. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
