import { splitSentences } from '../../../src/extract/sentences';

describe('sentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);

  it('splits on terminal punctuation and keeps offsets', () => {
    const text = 'The envoys met. They agreed!\n\nA new paragraph? Yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['The envoys met.', 'They agreed!', 'A new paragraph?', 'Yes.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('does not split after titles, initials or U.S. inside a sentence', () => {
    expect(texts('Mr. Blinken met Gen. Austin and John F. Kennedy Jr. in the U.S. capital on Monday.')).toHaveLength(1);
  });

  it('splits after U.S. when a new sentence starts', () => {
    expect(texts('The talks were held in the U.S. The next round is in Paris.')).toHaveLength(2);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('"We will talk," she said. "Soon."')).toEqual(['"We will talk," she said.', '"Soon."']);
  });
});
