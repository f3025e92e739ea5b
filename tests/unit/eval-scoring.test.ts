import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalGold, finish, goldKeys, predictedKeys, scoreFolder, topicsAgree, type GoldArticle } from '../../src/eval/gold';
import type { ArticleGraph } from '../../src/domain/ontology';
import { createPipeline } from '../../src/extract';

const empty: GoldArticle = { persons: [], countries: [], organizations: [], meetings: [], incidents: [], events: [], policies: [], discussions: [] };

describe('eval scoring', () => {
  it('compares countries as the country they denote, whatever form the gold uses', () => {
    const g = canonicalGold({
      ...empty,
      countries: ['Turkey', 'US', 'Kenya'],
      persons: [{ name: 'Recep Tayyip Erdogan', country: 'Turkey', title: 'President' }],
      events: [{ type: 'WARN', actors: ['Washington'], targets: ['Hamas'] }],
    });
    expect(g.countries).toEqual(['Türkiye', 'United States', 'Kenya']);
    expect(g.persons[0]!.country).toBe('Türkiye');
    expect(g.events[0]).toMatchObject({ actors: ['United States'], targets: ['Hamas'] });
  });

  it('compares organizations as the organization they denote, whatever name the gold uses', () => {
    const g = canonicalGold({
      ...empty,
      organizations: ['Group of Seven', 'Association of Southeast Asian Nations', 'Palestinian Authority', 'Tren de Aragua'],
      events: [{ type: 'CRITICIZE', actors: ['Economic Community of West African States'], targets: ['Niger'] }],
    });
    expect(g.organizations).toEqual(['G7', 'ASEAN', 'Palestinian Authority', 'Tren de Aragua']);
    expect(g.events[0]).toMatchObject({ actors: ['ECOWAS'], targets: ['Niger'] });
  });

  it("compares a state's body by the state's name, whatever form of it the gold uses", () => {
    const g = canonicalGold({ ...empty, organizations: ['Ministry of Foreign Affairs of Turkey', 'Embassy of the United States', 'Bank of Korea Watchers'] });
    expect(g.organizations).toEqual(['Ministry of Foreign Affairs of Türkiye', 'Embassy of the United States', 'Bank of Korea Watchers']);
  });

  it('lets the diagnostic match a topic named by another span of the same phrase, keeping the head', () => {
    expect(topicsAgree('economic embargo', 'embargo')).toBe(true);
    expect(topicsAgree('protection of nature', 'nature')).toBe(true);
    expect(topicsAgree('high commissioners', 'high commissioner')).toBe(true);
    expect(topicsAgree('trade deal', 'trade')).toBe(false);
    expect(topicsAgree('fertiliser supplies', 'grain exports')).toBe(false);
    expect(topicsAgree('rail', 'railway')).toBe(false);
  });

  it('scores meeting topics one by one, leaving out meetings whose gold lists none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
    const met = (title: string, second: string) =>
      `---\ntitle: ${title}\npublishedAt: 2024-04-29\n---\nSecretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday. ${second}\n`;
    writeFileSync(join(dir, 'a.md'), met('Listed', 'Blinken raised Taiwan and human rights.'));
    writeFileSync(join(dir, 'b.md'), met('Unlisted', 'Blinken raised Taiwan.'));
    const meeting = (topics: string[]) => ({ participants: ['Antony Blinken', 'Wang Yi'], topics });
    const gold = { Listed: { ...empty, meetings: [meeting(['Taiwan', 'fentanyl'])] }, Unlisted: { ...empty, meetings: [meeting([])] } };
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ articles: gold }));
    const score = scoreFolder(dir, createPipeline());
    expect(score.meetingTopicsEach).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    // The exact-list attribute counts only the meeting whose gold lists topics, and fails it.
    expect(score.attributes.meetingTopics).toMatchObject({ correct: 0, total: 1 });
  });

  it('counts a meeting of the same people twice when the graph holds it twice, and the gold as often as it lists it', () => {
    const node = (id: string, label: 'Person' | 'Meeting', name: string) => ({ id, label, name, aliases: [], props: {} });
    const attended = (from: string, to: string) => ({ id: `${from}>${to}`, type: 'ATTENDED' as const, from, to, props: {} });
    const graph = {
      nodes: [node('p:a', 'Person', 'Ruto'), node('p:b', 'Person', 'Biden'), node('m:1', 'Meeting', 'one'), node('m:2', 'Meeting', 'two')],
      relationships: [attended('p:a', 'm:1'), attended('p:b', 'm:1'), attended('p:a', 'm:2'), attended('p:b', 'm:2')],
      evidence: [],
    } as unknown as ArticleGraph;
    // A set would hide the second node: one meeting told twice would score as found once and nothing false.
    expect([...predictedKeys(graph).meetings]).toEqual(['Biden|Ruto', 'Biden|Ruto#2']);
    const meeting = { participants: ['Ruto', 'Biden'] };
    expect([...goldKeys({ ...empty, meetings: [meeting] }).meetings]).toEqual(['Biden|Ruto']);
    expect([...goldKeys({ ...empty, meetings: [meeting, meeting] }).meetings]).toEqual(['Biden|Ruto', 'Biden|Ruto#2']);
  });

  it('scores every gold value of an attribute when two gold facts share a key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: Two\npublishedAt: 2024-04-29\n---\nChina criticized Japan on Monday.\n');
    const criticized = (date: string | null) => ({ type: 'CRITICIZE', actors: ['China'], targets: ['Japan'], date });
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ articles: { Two: { ...empty, events: [criticized('2024-04-29'), criticized(null)] } } }));
    // The one event found has Monday's date: it matches the first gold fact, not the second, undated one.
    expect(scoreFolder(dir, createPipeline()).attributes.eventDate).toMatchObject({ correct: 1, total: 2 });
  });

  it('computes precision, recall and F1, with empty sides counting as perfect', () => {
    expect(finish({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(finish({ tp: 3, fp: 1, fn: 2 }).f1).toBeCloseTo(2 / 3);
    expect(finish({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1 });
  });
});
