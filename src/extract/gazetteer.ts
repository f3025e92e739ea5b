/**
 * Whole-phrase matching of many phrases at once, with letter/digit boundaries so
 * "US" never matches inside "USSR". At each place where a word starts, only the
 * phrases that begin with that word are tried, longest first; matches do not
 * overlap and are taken left to right, as one big alternation regex would take
 * them, but in time that grows with the text rather than with the lexicon.
 */
export interface GazetteerMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII without the regex engine: most text is.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(ch);
}

export class Gazetteer<T> {
  private readonly lookup = new Map<string, T>();
  /** Phrases by their first word (lowercased unless case-sensitive), longest first. */
  private readonly byFirstWord = new Map<string, string[]>();
  /** Phrases that open with a non-word character ("'s"), tried wherever such a character stands. */
  private readonly unanchored: string[] = [];

  constructor(
    entries: Iterable<[string, T]>,
    private readonly caseSensitive: boolean,
  ) {
    for (const [phrase, value] of entries) {
      const key = this.key(phrase);
      if (phrase.trim() && !this.lookup.has(key)) this.lookup.set(key, value);
    }
    for (const key of this.lookup.keys()) {
      const first = firstWord(key, 0);
      if (!first) this.unanchored.push(key);
      else this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), key]);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length);
    this.unanchored.sort((a, b) => b.length - a.length);
  }

  private key(phrase: string): string {
    return this.caseSensitive ? phrase : phrase.toLowerCase();
  }

  get(phrase: string): T | undefined {
    return this.lookup.get(this.key(phrase));
  }

  *matches(text: string, offset = 0): Generator<GazetteerMatch<T>> {
    let hay = this.key(text);
    // Lowercasing may change a string's length (a dotted capital I); offsets must stay the text's.
    if (hay.length !== text.length) hay = lowerKeepingLength(text);
    let i = 0;
    while (i < hay.length) {
      const wordEnd = endOfWord(hay, i);
      // Inside a word nothing may start; only its first letter is a candidate.
      const candidates = wordEnd > i ? this.byFirstWord.get(hay.slice(i, wordEnd)) : this.unanchored.length && !isWordChar(hay[i - 1]) ? this.unanchored : undefined;
      const found = candidates && this.longestAt(hay, i, candidates);
      if (found) {
        yield { start: offset + i, end: offset + i + found.length, text: text.slice(i, i + found.length), value: this.lookup.get(found)! };
        i += found.length;
      } else i = Math.max(wordEnd, i + 1);
    }
  }

  private longestAt(hay: string, i: number, candidates: string[]): string | null {
    for (const phrase of candidates) if (hay.startsWith(phrase, i) && !isWordChar(hay[i + phrase.length])) return phrase;
    return null;
  }
}

/** Where the run of letters and digits starting at `i` ends (`i` itself when none starts there). */
function endOfWord(s: string, i: number): number {
  let j = i;
  while (j < s.length && isWordChar(s[j])) j++;
  return j;
}

function firstWord(s: string, i: number): string | null {
  const j = endOfWord(s, i);
  return j > i ? s.slice(i, j) : null;
}

function lowerKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
