import { join } from 'node:path';
import { formatScore, scoreFolder, type Attribute, type Category } from '../../src/eval/gold';
import { scoreTopicDiscovery } from '../../src/eval/topic-discovery';
import { createPipeline } from '../../src/extract';
import { ROOT } from '../support/paths';

/**
 * Extraction quality on the evaluation set (articles the extractor was not
 * written around): floors just under today's figures, so a regression fails
 * CI. The holdout half is scored here and by `npm run eval`, never tuned on.
 */
const FLOORS: Record<'dev' | 'holdout', Partial<Record<Category, number>>> = {
  // discussions: 0.91 on the 474 dev articles; the floors keep a margin for the newest batches, studied but still below the older ones.
  dev: { persons: 0.97, countries: 0.97, meetings: 0.95, events: 0.92, discussions: 0.91 },
  // The target for discussions is 0.85; the 237-article holdout measures 0.77 (see README), meetings 0.91, events 0.84.
  holdout: { persons: 0.95, countries: 0.97, meetings: 0.9, events: 0.81, discussions: 0.76 },
};

/** Accuracy floors for details of found facts: when and where, and the sentence that states an event. */
const ATTRIBUTE_FLOORS: Record<'dev' | 'holdout', Partial<Record<Attribute, number>>> = {
  // 474 dev articles: event dates 0.950, meeting dates 0.934.
  dev: { personCountry: 0.85, eventDate: 0.94, eventSentence: 0.95, meetingDate: 0.92, meetingLocation: 0.92 },
  // 237 holdout articles: person country 0.907, meeting places 0.918, meeting dates 0.935, event dates 0.959.
  holdout: { personCountry: 0.87, eventDate: 0.94, eventSentence: 0.95, meetingDate: 0.92, meetingLocation: 0.89 },
};

describe.each(Object.entries(FLOORS))('evaluation set, %s (F1 floors)', (half, floors) => {
  const score = scoreFolder(join(ROOT, 'tests/fixtures/eval', half), createPipeline());

  it('scores every annotated article', () => {
    expect(score.missing).toEqual([]);
    console.log(formatScore(half, score));
  });

  it.each(Object.entries(floors))('%s F1 ≥ %s', (category, floor) => {
    expect(score.categories[category as Category].f1).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(ATTRIBUTE_FLOORS[half as 'dev' | 'holdout']))('%s accuracy ≥ %s', (attribute, floor) => {
    const accuracy = score.attributes[attribute as Attribute];
    expect(accuracy.total).toBeGreaterThan(0);
    expect(accuracy.accuracy).toBeGreaterThanOrEqual(floor);
  });
});

describe('topic discovery on labelled sentences (floors)', () => {
  it.each([
    ['dev', 0.9, 0.9],
    ['holdout', 0.9, 0.8],
  ])('%s: precision ≥ %s, recall ≥ %s', (half, precision, recall) => {
    const score = scoreTopicDiscovery(join(ROOT, 'tests/fixtures/eval/topic-discovery', `${half}.json`), createPipeline());
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
  });
});
