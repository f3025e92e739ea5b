/**
 * Whole-phrase matching of many phrases at once: one alternation regex, longest
 * phrase first, with letter/digit boundaries so "US" never matches inside "USSR".
 */
export interface GazetteerMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

export class Gazetteer<T> {
  private readonly regex: RegExp;
  private readonly lookup = new Map<string, T>();

  constructor(
    entries: Iterable<[string, T]>,
    private readonly caseSensitive: boolean,
  ) {
    for (const [phrase, value] of entries) {
      const key = this.key(phrase);
      if (phrase.trim() && !this.lookup.has(key)) this.lookup.set(key, value);
    }
    const phrases = [...this.lookup.keys()].sort((a, b) => b.length - a.length);
    const body = phrases.length ? phrases.map(escapeRegex).join('|') : '(?!)';
    this.regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  }

  private key(phrase: string): string {
    return this.caseSensitive ? phrase : phrase.toLowerCase();
  }

  get(phrase: string): T | undefined {
    return this.lookup.get(this.key(phrase));
  }

  *matches(text: string, offset = 0): Generator<GazetteerMatch<T>> {
    this.regex.lastIndex = 0;
    for (const m of text.matchAll(this.regex)) {
      yield { start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0], value: this.lookup.get(this.key(m[0]))! };
    }
  }
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
