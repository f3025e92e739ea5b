import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '../../src/extract';
import { Ingestor } from '../../src/ingest/ingest';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { GraphQueries } from '../../src/store/graph-queries';

/** Facts reported by several articles, worded differently, end up as one fact with several evidence entries. */
describe('merging across articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cross-'));
  const store = new EmbeddedGraphStore({ dataDir: dir });
  const ingestor = new Ingestor(store, createPipeline());

  beforeAll(async () => {
    await store.init();
    const articles = [
      { title: 'Kishida in Seoul', source: 'Pacific Wire', text: 'Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday to discuss North Korea\'s nuclear program.' },
      { title: 'Yoon hosts Kishida', source: 'Northeast Asia Wire', text: 'South Korean President Yoon Suk Yeol held talks with Prime Minister Fumio Kishida of Japan in Seoul on Sunday. Chinese Foreign Ministry spokesman Wang Wenbin said Beijing was watching.' },
      { title: 'Wang Yi in Seoul', source: 'Asia Ledger', text: 'Chinese Foreign Minister Wang Yi spoke with South Korean officials on Monday.' },
      { title: 'Biden meets Ruto', source: 'Capitol Dispatch', text: 'President Joe Biden met Kenyan President William Ruto at the White House on Thursday.' },
      { title: 'Biden and Ruto again', source: 'Sahel Today', text: 'President Biden welcomed Kenyan President William Ruto to Washington on Thursday. Biden said the two countries would deepen security cooperation.' },
    ];
    for (const a of articles) await ingestor.ingestRaw({ ...a, url: null, publishedAt: '2023-05-08', origin: a.title });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one node per person whatever the wording, and two people who share a family name apart', async () => {
    const kishida = await store.findByName('Kishida', ['Person']);
    expect(kishida).toHaveLength(1);
    expect(kishida[0]!.articleIds).toHaveLength(2);
    expect((await store.findByName('Wang Yi', ['Person'])).map((p) => p.id)).toEqual(['person:wang-yi']);
    expect((await store.findByName('Wang Wenbin', ['Person'])).map((p) => p.id)).toEqual(['person:wang-wenbin']);
  });

  it('resolves a surname alone to the one person already known by it', async () => {
    expect(await store.getNodes(['person:biden'])).toEqual([]);
    const biden = await store.findByName('Biden', ['Person']);
    expect(biden.map((p) => p.id)).toEqual(['person:joe-biden']);
    expect(biden[0]!.articleIds).toHaveLength(2);
  });

  it('merges the same dated meeting from two articles into one meeting with evidence from both', async () => {
    const meetings = await new GraphQueries(store).meetings({ participant: 'Yoon Suk Yeol' });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.props.date).toBe('2023-05-07');
    expect(meetings[0]!.articleIds).toHaveLength(2);
    const evidence = await store.evidenceFor([meetings[0]!.id]);
    expect(new Set(evidence.map((e) => e.articleId)).size).toBe(2);
  });
});
