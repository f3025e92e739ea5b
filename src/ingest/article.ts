import { createHash } from 'node:crypto';
import { ids } from '../domain/ids';
import type { Article } from '../domain/ontology';
import { cleanText } from './clean';
import { normalizePublishedAt } from './dates';
import { InputError, type RawArticle } from './raw-article';

/**
 * A raw article becomes an Article: chrome removed, date normalized, and a
 * deterministic id (from the URL when there is one, otherwise from source and
 * title, otherwise from the text), so re-ingesting the same story is a no-op.
 */
export function toArticle(raw: RawArticle): Article {
  let publishedAt: string | null;
  try {
    publishedAt = normalizePublishedAt(raw.publishedAt);
  } catch (err) {
    throw new InputError(raw.origin, (err as Error).message);
  }
  const text = cleanText(raw.text, { source: raw.source });
  if (!text) throw new InputError(raw.origin, 'no article text left after removing site chrome');
  const title = raw.title?.trim() || text.slice(0, 80).replace(/\s+\S*$/, '') + '…';
  const key = raw.url ? `url:${raw.url}` : raw.title ? `title:${raw.source ?? ''}|${raw.title}` : `text:${text}`;
  const contentHash = createHash('sha256')
    .update(JSON.stringify([title, raw.source, raw.url, publishedAt, text]))
    .digest('hex');
  return { id: ids.article(key), title, source: raw.source, url: raw.url, publishedAt, text, contentHash };
}
