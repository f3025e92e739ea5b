import { z } from 'zod';
import type { RawArticle } from '../raw-article';
import { InputError } from '../raw-article';

const nullableString = z.string().nullish();
/** Accepts the field names that common scrapers and exports use. */
const ArticleJson = z
  .object({
    text: nullableString,
    body: nullableString,
    content: nullableString,
    title: nullableString,
    headline: nullableString,
    source: nullableString,
    site: nullableString,
    url: nullableString,
    publishedAt: z.union([z.string(), z.number()]).nullish(),
    published_at: z.union([z.string(), z.number()]).nullish(),
    date: z.union([z.string(), z.number()]).nullish(),
  })
  .passthrough();

function toRaw(value: unknown, origin: string): RawArticle {
  const parsed = ArticleJson.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `field "${issue.path.join('.')}"` : 'value';
    throw new InputError(origin, `${where}: ${issue.message}`);
  }
  const a = parsed.data;
  const text = a.text ?? a.body ?? a.content;
  if (!text || !text.trim()) throw new InputError(origin, 'no "text" (or "body"/"content") field with article text');
  const published = a.publishedAt ?? a.published_at ?? a.date ?? null;
  return {
    title: a.title ?? a.headline ?? null,
    text,
    source: a.source ?? a.site ?? null,
    url: a.url ?? null,
    publishedAt: published === null ? null : String(published),
    origin,
  };
}

/** One article object per file. */
export function readJson(content: string, origin: string): RawArticle[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    throw new InputError(origin, `malformed JSON: ${(err as Error).message}`);
  }
  if (Array.isArray(value)) throw new InputError(origin, 'expected one article object; use .jsonl for many articles');
  return [toRaw(value, origin)];
}

/**
 * One article object per line. A bad line is reported with its number; the
 * file's other lines still count, so one typo does not drop a whole export.
 */
export function readJsonLines(content: string, origin: string, onLineError: (e: InputError) => void): RawArticle[] {
  const out: RawArticle[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const lineOrigin = `${origin}:${i + 1}`;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new InputError(lineOrigin, `malformed JSON: ${(err as Error).message}`);
      }
      out.push(toRaw(value, lineOrigin));
    } catch (err) {
      if (err instanceof InputError) onLineError(err);
      else throw err;
    }
  });
  return out;
}
