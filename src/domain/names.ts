/**
 * Name normalization used wherever a user-typed or extracted name is compared:
 * case-, accent- and punctuation-insensitive, so "the U.S.", "US" and "u.s"
 * meet, and "Xí Jìnpíng" finds "Xi Jinping".
 */
export function normalizeName(raw: string): string {
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
