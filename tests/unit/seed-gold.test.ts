import { join } from 'node:path';
import { formatScore, scoreFolder } from '../../src/eval/gold';
import { createPipeline } from '../../src/extract';
import { ROOT, SEED_DIR } from '../support/paths';

/**
 * Extraction quality on the seed articles against hand-written gold. The floors
 * are what the extractor reaches today, so a change that loses quality fails.
 */
const FLOORS = {
  persons: { precision: 0.95, recall: 0.95 },
  countries: { precision: 0.95, recall: 0.95 },
  organizations: { precision: 0.9, recall: 0.9 },
  meetings: { precision: 0.85, recall: 0.85 },
  events: { precision: 0.85, recall: 0.85 },
  discussions: { precision: 0.8, recall: 0.8 },
};

describe('extraction against seed gold annotations', () => {
  const scores = scoreFolder(SEED_DIR, createPipeline(), join(ROOT, 'tests/fixtures/seed-gold.json'));

  it('finds every gold article among the seed files', () => {
    expect(scores.missing).toEqual([]);
    console.log(formatScore('seed', scores));
  });

  for (const [category, floor] of Object.entries(FLOORS)) {
    it(`${category}: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
      const s = scores.categories[category as keyof typeof FLOORS];
      expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
