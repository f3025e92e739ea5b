import { startTestServer, TEST_API_KEY } from '../support/server';

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { created article { id } } }';

describe('API over HTTP: errors, limits and auth', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.stop());

  it('rejects a mutation without or with a wrong API key as UNAUTHENTICATED', async () => {
    for (const headers of [{}, { 'x-api-key': 'wrong-key-000000000' }] as Array<Record<string, string>>) {
      const res = await server.gql(INGEST, { input: { text: 'Envoys met in Oslo on Monday.' } }, headers);
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    expect((await server.store.counts()).articles).toBe(0);
  });

  it('stores an article sent with the right key, and reports bad input as BAD_USER_INPUT', async () => {
    const ok = await server.gql(INGEST, { input: { text: 'Finnish President Alexander Stubb met Swedish Prime Minister Ulf Kristersson in Helsinki on Monday.', publishedAt: '2024-03-06' } }, { 'x-api-key': TEST_API_KEY });
    expect(ok.data!.ingestArticle.created).toBe(true);
    const empty = await server.gql(INGEST, { input: { text: 'Share this article' } }, { 'x-api-key': TEST_API_KEY });
    expect(empty.errors![0]).toMatchObject({ message: expect.stringMatching(/no article text left/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('rejects a bad date and an unknown event type with BAD_USER_INPUT', async () => {
    const badDate = await server.gql('query($from: Date) { meetings(from: $from) { totalCount } }', { from: '2024-13-45' });
    expect(badDate.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors![0]!.message).toMatch(/YYYY-MM-DD/);
    const badType = await server.gql('query($t: EventType) { events(type: $t) { totalCount } }', { t: 'INVADE' });
    expect(badType.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('caps `first` with a clear error', async () => {
    const res = await server.gql('{ meetings(first: 1000) { totalCount } }');
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/capped at 100/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('pages with cursors', async () => {
    const first = await server.gql('{ search(text: "a", first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }');
    const page = first.data!.search;
    if (page.totalCount > 1) {
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await server.gql('query($after: String) { search(text: "a", first: 1, after: $after) { nodes { id } } }', { after: page.pageInfo.endCursor });
      expect(next.data!.search.nodes[0].id).not.toBe(page.nodes[0].id);
    }
  });

  it('serves health with the store kind and counts', async () => {
    const res = await fetch(server.api.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'embedded', counts: { articles: expect.any(Number) } });
  });

  it('serves Apollo Sandbox to a browser at GET /graphql', async () => {
    const res = await fetch(server.api.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/sandbox/i);
  });

  it('refuses bodies over the size limit', async () => {
    const res = await fetch(server.api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(6 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
  });
});

describe('API over HTTP: mutations off and production errors', () => {
  it('refuses mutations when no API_KEY is configured, saying how to enable them', async () => {
    const server = await startTestServer({ apiKey: null });
    const res = await server.gql(INGEST, { input: { text: 'Envoys met.' } }, { 'x-api-key': 'anything-at-all-1' });
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/API_KEY/), extensions: { code: 'FORBIDDEN' } });
    await server.stop();
  });

  it('hides stack traces in production', async () => {
    const server = await startTestServer({ production: true });
    const res = await server.gql('{ meetings(first: 1000) { totalCount } }');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
    await server.stop();
  });
});

describe('API over HTTP: query limits and schema documentation', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.stop());

  it('refuses queries deeper than the limit, with a clear message', async () => {
    const deep = '{ events { nodes { actors { ... on Person { roles { organization { people { roles { country { evidence { article { evidence { sentence } } } } } } } } } } } } }';
    const res = await server.gql(deep);
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/levels deep; the limit is 10/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses queries that would fan out beyond the cost limit', async () => {
    const costly = '{ meetings(first: 100) { nodes { participants { name } evidence(first: 100) { article { facts(first: 100) { nodes { name } } } } } } }';
    const res = await server.gql(costly);
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/would cost \d+; the limit is/), extensions: { code: 'QUERY_TOO_COSTLY' } });
  });

  it('lets Apollo Sandbox introspect the schema despite the depth limit', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const res = await server.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });

  it('turns introspection off when configured', async () => {
    const closed = await startTestServer({ introspection: false });
    const res = await closed.gql('{ __schema { queryType { name } } }');
    expect(res.errors![0]!.message).toMatch(/introspection/i);
    await closed.stop();
  });
});
