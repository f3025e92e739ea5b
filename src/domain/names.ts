/**
 * Name normalization used wherever a user-typed or extracted name is compared:
 * case-, accent- and punctuation-insensitive, so "the U.S.", "US" and "u.s"
 * meet, and "Xí Jìnpíng" finds "Xi Jinping".
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

export function normalizeName(raw: string): string {
  // The same few thousand names recur in every article and query; normalizing is regex-heavy.
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const value = normalizeUncached(raw);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, value);
  return value;
}

function normalizeUncached(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[.’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** URL- and id-safe slug of a name. */
export function slug(raw: string): string {
  return normalizeName(raw).replace(/\s+/g, '-');
}
