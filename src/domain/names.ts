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

/**
 * One spelling for the transliterations of a given name that news writes several ways ("Mohamed" and "Mohammed bin
 * Zayed", "Abdel" and "Abdul"), so that two spellings of one person's name compare equal.
 */
const TRANSLITERATIONS: Array<[RegExp, string]> = [
  [/^(?:mohamed|mohammed|mohammad|mohamad|muhammad|muhammed|mohammod)$/, 'muhammad'],
  [/^(?:ahmed|ahmad)$/, 'ahmad'],
  [/^(?:abdel|abdul|abdal|abd)$/, 'abd'],
  [/^(?:hussein|husain|hussain|husayn)$/, 'husayn'],
  [/^(?:yusuf|youssef|yousef|yousuf|yussef)$/, 'yusuf'],
  [/^(?:mahmoud|mahmud|mahmood)$/, 'mahmud'],
  [/^(?:zelensky|zelenskyy|zelenskiy)$/, 'zelensky'],
];

/** A person's name with spelling variants folded: equal keys are one name written two ways. */
export function nameVariantKey(name: string): string {
  return normalizeName(name)
    .split(' ')
    .map((w) => TRANSLITERATIONS.find(([re]) => re.test(w))?.[1] ?? w)
    .join(' ');
}

/**
 * Whether `short` is `full` with given names cut to initials ("S. Jaishankar" for "Subrahmanyam Jaishankar"):
 * the same number of words, the same surname, and each initial the first letter of the word it stands for.
 */
export function initialsOf(short: string, full: string): boolean {
  const s = short.split(/\s+/);
  const f = full.split(/\s+/);
  if (s.length !== f.length || s.length < 2 || normalizeName(s.at(-1)!) !== normalizeName(f.at(-1)!)) return false;
  let cut = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const initial = /^(\p{Lu})\.?$/u.exec(s[i]!);
    if (initial && f[i]!.length > 2 && f[i]!.startsWith(initial[1]!)) cut++;
    else if (normalizeName(s[i]!) !== normalizeName(f[i]!)) return false;
  }
  return cut > 0;
}

/** "Subrahmanyam Jaishankar" → "S. Jaishankar": each way of cutting given names to initials (at most three given names). */
export function initialForms(name: string): string[] {
  const words = name.split(/\s+/);
  const given = words.slice(0, -1);
  if (!given.length || given.length > 3) return [];
  const out: string[] = [];
  for (let mask = 1; mask < 1 << given.length; mask++) {
    const cut = given.map((w, i) => (mask & (1 << i) && /^\p{Lu}\p{Ll}/u.test(w) ? `${w[0]}.` : w));
    if (cut.some((w, i) => w !== given[i])) out.push([...cut, words.at(-1)!].join(' '));
  }
  return [...new Set(out)];
}
