import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../../src/ingest/readers';
import { expectSeedArticleAnswers } from '../support/acceptance';
import { contractOperations } from '../support/graphql-client';
import { CONTRACT_FILE, describeWithShared, SEED_ARTICLE_DIR, SEED_DIR } from '../support/paths';
import { startTestServer, TEST_API_KEY } from '../support/server';

describeWithShared('API over HTTP: the analyst contract', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const ops = contractOperations(CONTRACT_FILE);

  beforeAll(async () => {
    server = await startTestServer();
    await server.ingestor.ingestPaths([SEED_DIR]);
    // The seed article arrives the way a user's tool would send it: through the mutation.
    const file = join(SEED_ARTICLE_DIR, readdirSync(SEED_ARTICLE_DIR)[0]!);
    const [raw] = readArticleFile(file, readFileSync(file)).articles;
    const res = await server.gql(ops.get('IngestArticle')!, { input: { text: raw!.text, title: raw!.title, source: raw!.source } }, { 'x-api-key': TEST_API_KEY });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle).toMatchObject({ created: true, article: { title: raw!.title, publishedAt: null } });
  });
  afterAll(async () => server.stop());

  it('accepts every contract operation as written', async () => {
    const variables: Record<string, Record<string, unknown>> = {
      OfficialsWhoDiscussed: { topics: ['Taiwan'] },
      PersonByName: { name: 'Blinken' },
      MeetingsOf: { participant: 'Blinken', from: '2000-01-01', to: '2030-12-31' },
      Events: { type: 'MEET' },
      Incidents: {},
      Policies: {},
      Search: { text: 'china' },
      Path: { from: 'Xi Jinping', to: 'Wang Yi' },
    };
    expect([...ops.keys()].sort()).toEqual([...Object.keys(variables), 'IngestArticle'].sort());
    for (const [name, vars] of Object.entries(variables)) {
      const res = await server.gql(ops.get(name)!, vars);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
      expect(res.status).toBe(200);
    }
  });

  it('answers the seed article questions after ingestArticle', async () => {
    await expectSeedArticleAnswers(server.gql, ops);
  });

  it('is idempotent: the same article through the mutation again changes nothing', async () => {
    const before = await (await fetch(server.api.url.replace('/graphql', '/healthz'))).json();
    const file = join(SEED_ARTICLE_DIR, readdirSync(SEED_ARTICLE_DIR)[0]!);
    const [raw] = readArticleFile(file, readFileSync(file)).articles;
    const res = await server.gql(ops.get('IngestArticle')!, { input: { text: raw!.text, title: raw!.title, source: raw!.source } }, { 'x-api-key': TEST_API_KEY });
    expect(res.data!.ingestArticle.created).toBe(false);
    const after = await (await fetch(server.api.url.replace('/graphql', '/healthz'))).json();
    expect(after).toEqual(before);
  });

  it('filters meetings and events by inclusive date ranges', async () => {
    const meetings = await server.gql(ops.get('MeetingsOf')!, { participant: 'Xi Jinping', from: '2023-11-15', to: '2023-11-15' });
    expect(meetings.data!.meetings.nodes.map((m: any) => m.date)).toEqual(['2023-11-15']);
    const none = await server.gql(ops.get('Events')!, { from: '1990-01-01', to: '1990-12-31' });
    expect(none.data!.events.totalCount).toBe(0);
  });

  it('answers unknown names with empty results, not errors', async () => {
    const res = await server.gql(ops.get('Events')!, { actor: 'Atlantis' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.events.totalCount).toBe(0);
    expect((await server.gql(ops.get('Path')!, { from: 'Atlantis', to: 'China' })).data!.path).toBeNull();
  });
});
