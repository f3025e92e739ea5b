import { initialsOf, nameVariantKey, normalizeName } from '../../../src/domain/names';

describe('person name variants', () => {
  it('folds transliterations of one given name, and nothing else', () => {
    expect(nameVariantKey('Mohamed bin Zayed Al Nahyan')).toBe(nameVariantKey('Mohammed bin Zayed Al Nahyan'));
    expect(nameVariantKey('Abdel Fattah el-Sisi')).toBe(nameVariantKey('Abdul Fattah El-Sisi'));
    expect(nameVariantKey('Volodymyr Zelenskyy')).toBe(nameVariantKey('Volodymyr Zelensky'));
    expect(nameVariantKey('Mohammed bin Salman')).not.toBe(nameVariantKey('Mohammed bin Zayed'));
    expect(nameVariantKey('Wang Yi')).toBe(normalizeName('Wang Yi'));
  });

  it('knows a name with given names cut to initials, only against the same surname and letters', () => {
    expect(initialsOf('S. Jaishankar', 'Subrahmanyam Jaishankar')).toBe(true);
    expect(initialsOf('S Jaishankar', 'Subrahmanyam Jaishankar')).toBe(true);
    expect(initialsOf('M. K. Stalin', 'Muthuvel Karunanidhi Stalin')).toBe(true);
    expect(initialsOf('Subrahmanyam Jaishankar', 'S. Jaishankar')).toBe(false);
    expect(initialsOf('R. Jaishankar', 'Subrahmanyam Jaishankar')).toBe(false);
    expect(initialsOf('S. Jaishankar', 'Subrahmanyam Kumar')).toBe(false);
    expect(initialsOf('Joe Biden', 'Jill Biden')).toBe(false);
    expect(initialsOf('Joe Biden', 'Joe Biden')).toBe(false);
  });
});
