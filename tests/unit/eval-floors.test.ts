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
  // discussions: 0.92 on the 530 dev articles; the floors keep a margin for the newest batches, studied but still below the older ones.
  // Organizations compare by the lexicon's name since the 100th batch (0.91 with the bodies the lexicon learned then).
  // Dev discussions moved from 0.91 to 0.90 when the 142nd–160th batches (20 articles, 0.76 after their rules) joined it:
  // the 593 articles it held before them measure 0.913 with both the fourteenth session's first and last code.
  // And to 0.899 when the eighteen holdout articles that retold dev events joined it (the seventeenth session): its floor is 0.89.
  // And to 0.889 in the twenty-first session, when thirty older stories (2002–2019, 0.29–0.87 at first sight) joined it: the 759
  // articles it held before measure 0.896 with that session's first and last code. Its floor is 0.88.
  // And to 0.880 in the twenty-fourth session, when the 267th–278th batches (52 stories of 1955–2025, discussions 0.00–0.88 at
  // first sight) joined it: the 888 articles it held before measure 0.886 (3,554/257/655) with the code the session started
  // from and 0.889 (3,575/262/634) with its rules; the 940 measure 0.880. Its floor is 0.87.
  // The twenty-fifth session's 279th–286th batches (31 stories of 1954–2024, 0.24–0.67 at first sight) brought the 971 to 0.877
  // (3,951/298/814); the 940 it held before measure 0.879 with its first code and 0.882 with its last. The floor stays 0.87.
  // The twenty-sixth session's 288th and 289th batches (seven stories of 2022–2023, 0.80 and 0.92 at first sight) bring the 978
  // to 0.880 (4,019/295/803). The floor stays.
  dev: { persons: 0.97, countries: 0.97, organizations: 0.89, meetings: 0.95, events: 0.92, discussions: 0.87 },
  // The target for discussions is 0.85; the 265-article holdout measured 0.75 (see README), meetings 0.92, events 0.84, organizations 0.87.
  // The 399-article holdout measures discussions 0.723, events 0.814, meetings 0.908: the twentieth session's older stories, scored at first sight, pulled them down.
  // Its discussions floor moved from 0.76 to 0.74 when the 84th–90th batches joined it (0.27–0.82 at first sight), not for a code change:
  // the 217 articles it held before measure 0.77 still. Meetings rose from 0.90 to 0.92 during the 91st–99th batches, and their floor from 0.89 to 0.90.
  // It moved again, from 0.74 to 0.73, when the 141st–155th batches (17 articles, 0.51 at first sight) joined it, not for a code change:
  // the 315 articles it held before them measure 0.748 with the code of that day and of today.
  // And from 0.73 to 0.72 in the seventeenth session, again not for a code change: eighteen articles that retold an event a dev
  // article tells moved to dev (0.735 -> 0.733 without them), and the 174th batch (four articles, 0.36 at first sight) joined.
  // Events moved from 0.81 to 0.80, discussions from 0.72 to 0.71 and meetings from 0.90 to 0.89 in the twenty-first session, not
  // for a code change: the 399 articles it held before measure events 0.814 -> 0.816, discussions 0.723 -> 0.722 and meetings
  // 0.906 -> 0.910 with that session's first and last code; its 222nd, 224th, 226th and 228th batches (sixteen stories of
  // 2001–2019, events 0.36–0.64, discussions 0.30–0.64, meetings 0.33–0.86 at first sight) joined it.
  // Discussions moved from 0.71 to 0.70 in the twenty-second session, not for a code change: the 427 articles it held before
  // measure 0.712 (1,215/312/671) with the code the session started from and 0.712 (1,215/313/671) with its rules; the eight
  // stories of 1994–2005 of the 237th and 239th batches (discussions 0.45 and 0.42 at first sight) joined it. Events went
  // from 0.80 to 0.79 the same way: those 427 articles measure 0.806 (1,036/164/336) with the first code and 0.805
  // (1,039/169/333) with the last; the 251st batch (four stories of 1995–2003, events 0.22 at first sight) joined.
  // Discussions moved from 0.70 to 0.69 and meetings from 0.89 to 0.88 in the twenty-third session, not for a code change:
  // the 459 articles it held before measure discussions 0.702 (1,262/341/733) with the code the session started from and
  // 0.703 (1,276/357/719) with its last, meetings 0.897 (313/20/52) and 0.898 (313/19/52); its 255th, 256th, 258th, 262nd and 265th
  // batches (twenty stories of 1972–2005, discussions 0.08–0.57 and meetings 0.00–1.00 at first sight) joined it.
  // The twenty-fifth session's seven holdout articles (the 287th batch, discussions 0.51 at first sight) bring the 486 to
  // discussions 0.692 (1,325/379/801), events 0.795, meetings 0.884; the 479 it held before measure 0.6945 → 0.6946 with
  // its first and last code. The floors stay.
  // The twenty-sixth session's four holdout articles (the 290th batch) bring the 490 to discussions 0.697 (1,354/380/799),
  // events 0.80, meetings 0.89; the 486 it held before measure discussions 0.6919 → 0.6927, events 0.7948 → 0.7962 and
  // meetings 0.8844 → 0.8874 with its first and last code. The floors stay.
  holdout: { persons: 0.95, countries: 0.97, organizations: 0.85, meetings: 0.88, events: 0.79, discussions: 0.69 },
};

/** Accuracy floors for details of found facts: when and where, and the sentence that states an event. */
const ATTRIBUTE_FLOORS: Record<'dev' | 'holdout', Partial<Record<Attribute, number>>> = {
  // 530 dev articles: event dates 0.949, meeting dates 0.942.
  dev: { personCountry: 0.85, eventDate: 0.94, eventSentence: 0.95, meetingDate: 0.92, meetingLocation: 0.92 },
  // 265 holdout articles: person country 0.912, meeting places 0.904, meeting dates 0.939, event dates 0.959.
  holdout: { personCountry: 0.87, eventDate: 0.94, eventSentence: 0.95, meetingDate: 0.92, meetingLocation: 0.89 },
};

const MEETING_TOPIC_FLOORS = { dev: 0.78, holdout: 0.64 };

describe.each(Object.entries(FLOORS))('evaluation set, %s (F1 floors)', (half, floors) => {
  const score = scoreFolder(join(ROOT, 'tests/fixtures/eval', half), createPipeline());

  it('scores every annotated article', () => {
    expect(score.missing).toEqual([]);
    console.log(formatScore(half, score));
  });

  it.each(Object.entries(floors))('%s F1 ≥ %s', (category, floor) => {
    expect(score.categories[category as Category].f1).toBeGreaterThanOrEqual(floor);
  });

  // Meeting topics one by one: 0.81 on dev and 0.68 on the holdout since a meeting takes the subjects its participants
  // took up after it (0.25 and 0.20 when only the meeting's own sentence counted).
  it(`meeting topics, one by one, F1 ≥ ${MEETING_TOPIC_FLOORS[half as 'dev' | 'holdout']}`, () => {
    expect(score.meetingTopicsEach.tp).toBeGreaterThan(0);
    expect(score.meetingTopicsEach.f1).toBeGreaterThanOrEqual(MEETING_TOPIC_FLOORS[half as 'dev' | 'holdout']);
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
