import fc from 'fast-check';
import { escapeRegex, Gazetteer } from '../../../src/extract/gazetteer';

/** The meaning the gazetteer must keep: one alternation, longest phrase first, with letter/digit boundaries. */
function reference(phrases: string[], caseSensitive: boolean, text: string): Array<[number, number]> {
  const keys = [...new Set(phrases.filter((p) => p.trim()).map((p) => (caseSensitive ? p : p.toLowerCase())))].sort((a, b) => b.length - a.length);
  if (!keys.length) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

const spans = <T>(g: Gazetteer<T>, text: string) => [...g.matches(text)].map((m): [number, number] => [m.start, m.end]);

describe('gazetteer', () => {
  it('matches whole phrases only, longest first, left to right', () => {
    const g = new Gazetteer<string>([['US', 'us'], ['U.S.', 'us'], ['South China Sea', 'scs'], ['China', 'cn']], true);
    const found = [...g.matches('The USSR, the U.S. and China met near the South China Sea.')].map((m) => m.text);
    expect(found).toEqual(['U.S.', 'China', 'South China Sea']);
  });

  it('finds what one alternation regex finds, on any text', () => {
    const word = fc.constantFrom('china', 'China', 'sea', 'South', 'U.S.', 'us', "Xi'an", 'İstanbul', 'côte', 'a-b', '5G', "'s");
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', ',', '.', '-', "'", 'x', 'ü')), { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 8 }), fc.boolean(), text, (phrases, caseSensitive, t) => {
        const g = new Gazetteer<number>(phrases.map((p, i): [string, number] => [p, i]), caseSensitive);
        expect(spans(g, t)).toEqual(reference(phrases, caseSensitive, t));
      }),
      { numRuns: 2000 },
    );
  });
});
