import { join } from 'node:path';
import { startApi, type RunningApi } from '../../src/api/server';
import { createPipeline } from '../../src/extract';
import { Ingestor } from '../../src/ingest/ingest';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { client, contractOperations } from '../support/graphql-client';
import { describeWithNeo4j, neo4jOptions, resetNeo4j } from '../support/neo4j';
import { CONTRACT_FILE, HAS_SHARED, SEED_ARTICLE_DIR, SEED_DIR } from '../support/paths';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expectSeedArticleAnswers } from '../support/acceptance';

/** Both stores built from the same files must answer every contract operation identically. */
describeWithNeo4j('embedded and neo4j answer alike', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-equiv-'));
  const inputs = HAS_SHARED ? [SEED_DIR, SEED_ARTICLE_DIR] : [SEED_DIR];
  let stores: GraphStore[] = [];
  let apis: RunningApi[] = [];

  beforeAll(async () => {
    await resetNeo4j();
    stores = [new EmbeddedGraphStore({ dataDir: dir }), new Neo4jGraphStore(neo4jOptions())];
    for (const store of stores) {
      await store.init();
      const ingestor = new Ingestor(store, createPipeline());
      await ingestor.ingestPaths(inputs);
      apis.push(await startApi({ store, ingestor, apiKey: 'equivalence-key-1', production: false, port: 0, host: '127.0.0.1' }));
    }
  });
  afterAll(async () => {
    // Deleting through the API on Neo4j leaves the same graph as on the embedded store.
    const doc = 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }';
    const ids = (await client(apis[0]!.url)('{ articles(source: "Gulf Monitor") { nodes { id } } }')).data!.articles.nodes.map((n: any) => n.id);
    for (const api of apis) expect((await client(api.url)(doc, { id: ids[0] }, { 'x-api-key': 'equivalence-key-1' })).data!.deleteArticle.deleted).toBe(true);
    const [a, b] = await Promise.all(stores.map((s) => s.counts()));
    expect(b).toEqual(a);
    for (const api of apis) await api.close();
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the same counts', async () => {
    const [a, b] = await Promise.all(stores.map((s) => s.counts()));
    expect(b).toEqual(a);
  });

  const cases: Array<[string, Record<string, unknown>]> = [
    ['OfficialsWhoDiscussed', { topics: ['Taiwan', 'military channels'] }],
    ['OfficialsWhoDiscussed', { topics: ['trade', 'climate', 'border dispute', 'Gaza'] }],
    ['PersonByName', { name: 'Blinken' }],
    ['PersonByName', { name: 'xi jinping' }],
    ['MeetingsOf', {}],
    ['MeetingsOf', { participant: 'Xi Jinping' }],
    ['MeetingsOf', { participant: 'Blinken', from: '2023-01-01', to: '2023-12-31' }],
    ['Events', {}],
    ['Events', { type: 'REJECT', actor: 'China' }],
    ['Events', { type: 'AGREE' }],
    ['Events', { target: 'United States', from: '2023-01-01' }],
    ['Events', { topic: 'military channels' }],
    ['Incidents', {}],
    ['Incidents', { involving: 'Taiwan' }],
    ['Policies', {}],
    ['Policies', { holder: 'the U.S.' }],
    ['Search', { text: 'china' }],
    ['Search', { text: 'wang' }],
    ['Path', { from: 'Nancy Pelosi', to: 'Antony Blinken' }],
    ['Path', { from: 'Narendra Modi', to: 'Lula', maxHops: 6 }],
    ['Path', { from: 'Zelensky', to: 'Kishida', maxHops: 5 }],
  ];

  it.each(cases)('%s %j', async (operation, variables) => {
    const ops = HAS_SHARED ? contractOperations(CONTRACT_FILE) : null;
    if (!ops) return;
    const [a, b] = await Promise.all(apis.map((api) => client(api.url)(ops.get(operation)!, variables)));
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
  });

  const explorer: Array<[string, string]> = [
    ['people', '{ people(first: 100) { totalCount nodes { id name articleCount country { name } roles { title articleCount evidence(first: 2) { sentence } } } } }'],
    ['people filtered', '{ people(country: "China", title: "president") { nodes { name } } b: people(discussed: ["Taiwan"]) { nodes { name } } }'],
    ['directories', '{ countries(first: 100) { nodes { id name articleCount } } organizations(first: 100) { nodes { id name kind country { name } } } topics(first: 100) { nodes { name aliases } } }'],
    ['timeline', '{ timeline(entity: "Xi Jinping", first: 100) { totalCount nodes { date role node { __typename id name } } } }'],
    ['relations', '{ relations(a: "United States", b: "China") { totalCount byType { type count } byMonth { month type count } events { id } meetings { id } } }'],
    ['articles', '{ articles(first: 20) { totalCount nodes { id title source publishedAt facts(first: 60) { totalCount nodes { __typename id } } } } }'],
    ['search by sentence', '{ a: search(text: "Galwan Valley") { nodes { id } } b: search(text: "grain corridor") { nodes { id } } c: search(text: "summit") { nodes { id } } }'],
    ['officials corroboration', '{ officials(discussed: ["trade", "Taiwan", "border dispute"]) { edges { node { name } articleCount topics { name } evidence { sentence article { id } } } } }'],
  ];

  it.each(explorer)('explorer: %s', async (_name, query) => {
    const [a, b] = await Promise.all(apis.map((api) => client(api.url)(query)));
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
  });

  it('ingests through the API alike, refusing a missing key on both', async () => {
    const doc = 'mutation($i: ArticleInput!) { ingestArticle(input: $i) { created article { id } } }';
    const input = { i: { title: 'Ruto hosts Abiy', publishedAt: '2024-02-28', text: 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday to discuss regional security.' } };
    for (const api of apis) expect((await client(api.url)(doc, input)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const answers = await Promise.all(apis.map((api) => client(api.url)(doc, input, { 'x-api-key': 'equivalence-key-1' })));
    expect(answers[0]!.data!.ingestArticle.created).toBe(true);
    expect(answers[1]).toEqual(answers[0]);
    const meeting = '{ meetings(participant: "Abiy Ahmed") { nodes { id name date location { name } participants { name } } } }';
    const [a, b] = await Promise.all(apis.map((api) => client(api.url)(meeting)));
    expect(a.data!.meetings.nodes).toHaveLength(1);
    expect(b).toEqual(a);
  });

  it('answers the seed article questions on Neo4j', async () => {
    if (!HAS_SHARED) return;
    await expectSeedArticleAnswers(client(apis[1]!.url), contractOperations(CONTRACT_FILE));
  });
});
