import { resolveDate } from '../../../src/extract/dates';

describe('dates', () => {
  it('resolves a weekday against the publication date, in the past', () => {
    expect(resolveDate('They met on Monday.', '2023-06-21')).toBe('2023-06-19');
  });

  it('keeps month precision for a month without a day, in the most recent past', () => {
    expect(resolveDate('China cut the channel in August.', '2023-06-19')).toBe('2022-08');
  });

  it('keeps explicit dates and years', () => {
    expect(resolveDate('The summit on June 19, 2023 ended.', null)).toBe('2023-06-19');
    expect(resolveDate('Talks collapsed in August 2022.', null)).toBe('2022-08');
  });

  it('invents no day without a publication date, and ignores durations', () => {
    expect(resolveDate('They met on Thursday.', null)).toBeNull();
    expect(resolveDate('They spoke for four hours.', '2023-06-19')).toBeNull();
    expect(resolveDate('It was the first visit in twelve years.', '2023-06-19')).toBeNull();
  });
});
