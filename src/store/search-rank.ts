import { normalizeName } from '../domain/names';
import type { StoredNode } from './graph-store';

/**
 * How search results are ranked, shared by every adapter so that all stores
 * answer alike: an exact name beats a name that starts with the query, which
 * beats a name with a word starting with it, which beats a node whose evidence
 * sentences contain every word of the query; then better-corroborated nodes,
 * then name and id.
 */
export function nameScore(query: string, normalizedName: string): number {
  if (!query) return 0;
  if (normalizedName === query) return 3;
  if (normalizedName.startsWith(query)) return 2;
  return ` ${normalizedName}`.includes(` ${query}`) ? 1 : 0;
}

/** The words a sentence or query is searched by. */
export function searchWords(text: string): string[] {
  return normalizeName(text).split(' ').filter(Boolean);
}

/** Whether a sentence holds every query word as a whole word. */
export function sentenceMatches(queryWords: string[], sentence: string): boolean {
  const words = new Set(searchWords(sentence));
  return queryWords.length > 0 && queryWords.every((w) => words.has(w));
}

/** `sentenceHits`: nodes whose evidence sentences matched, found by the adapter's own index. */
export function rankSearch(text: string, candidates: StoredNode[], limit: number, sentenceHits: Set<string> = new Set()): StoredNode[] {
  const q = normalizeName(text);
  const best = new Map<string, [number, StoredNode]>();
  for (const n of candidates) {
    if (n.label === 'Article') continue;
    const byName = Math.max(...[n.name, ...n.aliases].map((name) => nameScore(q, normalizeName(name))));
    const score = byName || (sentenceHits.has(n.id) ? 0.5 : 0);
    if (score > 0 && (best.get(n.id)?.[0] ?? 0) < score) best.set(n.id, [score, n]);
  }
  return [...best.values()]
    .sort(([sa, a], [sb, b]) => sb - sa || b.articleIds.length - a.articleIds.length || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map(([, n]) => n);
}
