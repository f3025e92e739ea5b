import { literalCue } from '../../../src/extract/regex-cue';
import { topicForms } from '../../../src/extract/lexicons';

describe('literal cues of regular expressions', () => {
  it('takes the longest word outside groups and classes that no quantifier makes optional', () => {
    expect(literalCue(String.raw`\baccess to (?:the )?(?:\p{L}+ )?markets?\b`)).toBe('access');
    expect(literalCue(String.raw`\brestructur(?:e|es|ed|ing)\s+(?:its\s+)?debts?`)).toBe('restructur');
    expect(literalCue(String.raw`communications? (?:with|to) (?:the )?military`)).toBe('communication');
    expect(literalCue(String.raw`(?<!(?:military|arms)\s)\bpackage\s+(?:of|worth)`)).toBe('package');
    expect(literalCue(String.raw`\bdenucleari[sz]ation\s+of\s+\p{Lu}\w+`)).toBe('denucleari');
  });

  it('gives none where the top level alternates or holds no word of four letters', () => {
    expect(literalCue(String.raw`\bregion['’]s\s+stability\b|\bstability\s+of\s+the\s+region\b`)).toBeNull();
    expect(literalCue(String.raw`\b(?:views?|issues?)\s+(?:on|of)\b`)).toBeNull();
    expect(literalCue(String.raw`\bwar\b`)).toBeNull();
  });

  it('never gives a word a match of the pattern lacks, over every topic pattern of the lexicon and sample sentences', () => {
    const sentences = [
      'China agreed to give Australian firms access to its markets.',
      'Sri Lanka will restructure its foreign debt with help from India.',
      'They talked about communications between their militaries.',
      'The EU announced a package worth 1.8 billion euros.',
      'Seoul called for the denuclearisation of North Korea.',
      'Two Japanese nationals detained in China were freed.',
      'He asked for the release of citizens held in Iran.',
    ];
    let checked = 0;
    for (const [re] of topicForms().patterns) {
      const cue = literalCue(re.source);
      if (!cue) continue;
      for (const s of sentences) {
        re.lastIndex = 0;
        if (!re.test(s)) continue;
        checked++;
        expect(s.toLowerCase()).toContain(cue);
      }
    }
    // The sentences are written to match patterns that have cues, so the check above is not empty.
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});
