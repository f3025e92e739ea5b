import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

describe('resolution across articles, in either order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-relink-'));
  const store = new EmbeddedGraphStore({ dataDir: dir });
  const ingestor = new Ingestor(store, createPipeline());
  const raw = (title: string, text: string, publishedAt: string | null = '2024-03-20') => ({ title, text, source: 'Test Wire', url: null, publishedAt, origin: title });

  beforeAll(() => store.init());
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-links an article that gave only a surname once a later article gives the full name', async () => {
    await ingestor.ingestRaw(raw('Surname first', 'President Albanese met Chinese Premier Li Qiang in Canberra on Monday.'));
    expect((await store.getNodes(['person:albanese'])).map((n) => n.name)).toEqual(['Albanese']);

    await ingestor.ingestRaw(raw('Full name later', 'Australian Prime Minister Anthony Albanese spoke with reporters on Tuesday.'));

    expect(await store.getNodes(['person:albanese'])).toEqual([]);
    const albanese = await store.getNodes(['person:anthony-albanese']);
    expect(albanese[0]!.articleIds).toHaveLength(2);
    const meetings = await new GraphQueries(store).meetings({ participant: 'Anthony Albanese' });
    expect(meetings).toHaveLength(1);
  });

  it('re-links within one batch of files and counts it in the summary', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-relink-files-'));
    writeFileSync(join(folder, 'a.md'), '---\ntitle: Petro in Caracas\npublishedAt: 2024-04-02\n---\n\nPresident Petro visited Caracas on Tuesday.\n');
    writeFileSync(join(folder, 'b.md'), '---\ntitle: Colombian leader\npublishedAt: 2024-04-03\n---\n\nColombian President Gustavo Petro spoke on Wednesday.\n');
    const summary = await ingestor.ingestPaths([folder]);
    rmSync(folder, { recursive: true, force: true });
    expect(summary).toMatchObject({ created: 2, relinked: 1, failed: 0 });
    expect(await store.getNodes(['person:petro'])).toEqual([]);
    expect((await store.getNodes(['person:gustavo-petro']))[0]!.articleIds).toHaveLength(2);
  });

  it('does not re-link a surname two known people share', async () => {
    await ingestor.ingestRaw(raw('Wang alone', 'Minister Wang said the talks were useful.'));
    await ingestor.ingestRaw(raw('Two Wangs', 'Foreign Minister Wang Yi and spokesman Wang Wenbin spoke on Monday.'));
    const wang = await store.findByName('Wang', ['Person']);
    expect(wang.map((n) => n.id).sort()).toEqual(['person:wang', 'person:wang-wenbin', 'person:wang-yi']);
  });

  it('keeps one node for a name written with initials, whichever form comes first, under the fuller name', async () => {
    await ingestor.ingestRaw(raw('Initials first', 'External Affairs Minister S. Jaishankar met Marco Rubio in Washington on Tuesday.'));
    await ingestor.ingestRaw(raw('Full name later', 'Indian Foreign Minister Subrahmanyam Jaishankar spoke with reporters in New Delhi on Wednesday.'));
    await ingestor.ingestRaw(raw('Initials again', 'S. Jaishankar said India wanted more trade with the United States.'));
    const jaishankar = await store.findByName('Jaishankar', ['Person']);
    expect(jaishankar.map((n) => n.name)).toEqual(['Subrahmanyam Jaishankar']);
    expect(jaishankar[0]!.articleIds).toHaveLength(3);
    expect(await store.findByName('S. Jaishankar', ['Person'])).toHaveLength(1);
  });

  it('keeps one node for two spellings of one name, and apart two people who share only given names', async () => {
    await ingestor.ingestRaw(raw('First spelling', 'UAE President Mohamed bin Zayed Al Nahyan met French President Emmanuel Macron on Monday.'));
    await ingestor.ingestRaw(raw('Second spelling', 'Sheikh Mohammed bin Zayed Al Nahyan received Indian Prime Minister Narendra Modi on Tuesday.'));
    await ingestor.ingestRaw(raw('Another Mohammed', 'Saudi Crown Prince Mohammed bin Salman spoke with Modi on Wednesday.'));
    expect((await store.findByName('Mohamed bin Zayed Al Nahyan', ['Person'])).map((n) => n.articleIds.length)).toEqual([2]);
    expect(await store.findByName('Mohammed bin Salman', ['Person'])).toHaveLength(1);
  });

  it('merges the same undated event from two reports published the same day, and only then', async () => {
    await ingestor.ingestRaw(raw('Report A', 'Kenya criticized Ethiopia over the port deal.', '2024-01-05'));
    await ingestor.ingestRaw(raw('Report B', 'Kenya has criticized Ethiopia, officials confirmed.', '2024-01-05'));
    await ingestor.ingestRaw(raw('Report C', 'Kenya criticized Ethiopia again.', '2024-02-10'));
    await ingestor.ingestRaw(raw('Report D', 'Kenya criticized Ethiopia.', null));
    const events = (await new GraphQueries(store).events({ type: 'CRITICIZE', actor: 'Kenya' })).filter((e) => e.props.type === 'CRITICIZE');
    expect(events.map((e) => e.articleIds.length).sort()).toEqual([1, 1, 2]);
    for (const e of events) expect(e.props.date).toBeNull();
  });
});

