import { createHash } from 'node:crypto';
import { slug } from './names';

/**
 * Deterministic ids: the same entity extracted from two articles gets the same
 * id, which is what makes merging and idempotent re-ingest work without lookups.
 */
export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u241f')).digest('hex').slice(0, 16);
}

export const ids = {
  person: (canonicalName: string) => `person:${slug(canonicalName)}`,
  country: (iso3: string) => `country:${iso3.toUpperCase()}`,
  organization: (canonicalName: string) => `org:${slug(canonicalName)}`,
  topic: (canonicalName: string) => `topic:${slug(canonicalName)}`,
  policy: (canonicalName: string) => `policy:${slug(canonicalName)}`,
  article: (key: string) => `article:${shortHash(key)}`,
  meeting: (parts: string[]) => `meeting:${shortHash(...parts)}`,
  event: (parts: string[]) => `event:${shortHash(...parts)}`,
  incident: (parts: string[]) => `incident:${shortHash(...parts)}`,
  relationship: (type: string, from: string, to: string, key = '') => `rel:${shortHash(type, from, to, key)}`,
};
