import { resolveDate } from '../../../src/extract/dates';
import { analyze } from './helpers';

describe('dates', () => {
  it('resolves a weekday against the publication date, in the past', () => {
    expect(resolveDate('They met on Monday.', '2023-06-21')).toBe('2023-06-19');
  });

  it('keeps month precision for a month without a day, in the most recent past', () => {
    expect(resolveDate('China cut the channel in August.', '2023-06-19')).toBe('2022-08');
  });

  it('reads a bare month before a noun as naming the thing, not dating the act', () => {
    expect(resolveDate('Modi condemned the April attack in Kashmir.', '2025-07-06')).toBeNull();
    expect(resolveDate('Modi condemned the attack in April.', '2025-07-06')).toBe('2025-04');
  });

  it('keeps month precision for a part of a month ("at the end of December"), inventing no day', () => {
    expect(resolveDate('He accused Rwanda in a speech at the end of December.', '2024-01-12')).toBe('2023-12');
    expect(resolveDate('The talks began at the start of March.', '2024-04-12')).toBe('2024-03');
    expect(resolveDate('They met on December 31.', '2024-01-12')).toBe('2023-12-31');
  });

  it('dates "last week" to the month the week lies in, or its year, never to a day', () => {
    expect(resolveDate('Chad gave the ambassador 48 hours to leave last week.', '2023-04-12')).toBe('2023-04');
    // Monday 26 February to Sunday 3 March: two months, one year.
    expect(resolveDate('They met last week.', '2024-03-04')).toBe('2024');
  });

  it('keeps explicit dates and years', () => {
    expect(resolveDate('The summit on June 19, 2023 ended.', null)).toBe('2023-06-19');
    expect(resolveDate('Talks collapsed in August 2022.', null)).toBe('2022-08');
  });

  it('reads a deadline or a period bound as no date of the event', () => {
    expect(resolveDate('The Maldives asked India to withdraw its troops by March 15, an official said on Sunday.', '2024-01-15')).toBe('2024-01-14');
    expect(resolveDate('He had lived in the embassy since December.', '2024-04-07')).toBeNull();
  });

  it('counts "the day before" from the date the sentence before gave', () => {
    const doc = analyze('President Luiz Inacio Lula da Silva hosted a summit on Tuesday. The day before, Lula received Venezuelan President Nicolas Maduro.', '2023-05-31');
    expect(doc.events.map((e) => `${e.type} ${e.date}`)).toEqual(['MEET 2023-05-29']);
  });

  it('invents no day without a publication date, and ignores durations', () => {
    expect(resolveDate('They met on Thursday.', null)).toBeNull();
    expect(resolveDate('They spoke for four hours.', '2023-06-19')).toBeNull();
    expect(resolveDate('It was the first visit in twelve years.', '2023-06-19')).toBeNull();
  });
});
