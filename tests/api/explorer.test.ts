import { join } from 'node:path';
import { SEED_DIR } from '../support/paths';
import { startTestServer, TEST_API_KEY } from '../support/server';

/** The queries beyond the contract, over HTTP, on the seed articles. */
describe('API over HTTP: explorer queries', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
    await server.ingestor.ingestPaths([SEED_DIR]);
  });
  afterAll(async () => server.stop());

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await server.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  it('lists people filtered by name, country, title and discussed topic', async () => {
    const all = (await ok('{ people(first: 100) { totalCount nodes { name articleCount } } }')).people;
    expect(all.totalCount).toBeGreaterThan(20);
    expect(all.nodes[0].articleCount).toBeGreaterThanOrEqual(all.nodes[1].articleCount);
    const chinese = (await ok('{ people(country: "PRC") { nodes { name } } }')).people.nodes.map((p: any) => p.name);
    expect(chinese).toEqual(expect.arrayContaining(['Xi Jinping', 'Wang Yi']));
    expect(chinese).not.toContain('Antony Blinken');
    const ministers = (await ok('{ people(title: "foreign minister") { nodes { name } } }')).people.nodes.map((p: any) => p.name);
    expect(ministers).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Pekka Haavisto']));
    const border = (await ok('{ people(discussed: ["border dispute"]) { nodes { name } } }')).people.nodes.map((p: any) => p.name);
    expect(border).toContain('Narendra Modi');
    expect((await ok('{ people(name: "kishi") { nodes { name } } }')).people.nodes).toEqual([{ name: 'Fumio Kishida' }]);
  });

  it('lists countries, organizations and topics', async () => {
    const d = await ok(`{
      countries(name: "korea") { nodes { name iso3 } }
      organizations(kind: "igo") { nodes { name kind } }
      media: organizations(kind: "media") { totalCount }
      chinese: organizations(country: "China") { nodes { name country { name } } }
      topics(name: "military") { nodes { name aliases } }
    }`);
    expect(d.countries.nodes.map((c: any) => c.iso3).sort()).toEqual(['KOR', 'PRK']);
    expect(d.organizations.nodes.map((o: any) => o.name)).toEqual(expect.arrayContaining(['NATO', 'ECOWAS']));
    expect(d.chinese.nodes.every((o: any) => o.country.name === 'China')).toBe(true);
    expect(d.topics.nodes.map((t: any) => t.name)).toContain('military-to-military communications');
  });

  it('gives an entity timeline, oldest first with undated entries last', async () => {
    const t = (await ok('{ timeline(entity: "Blinken", first: 100) { totalCount nodes { date role node { __typename name } } } }')).timeline;
    expect(t.totalCount).toBeGreaterThan(3);
    const dates = t.nodes.map((n: any) => n.date);
    const dated = dates.filter((d: any) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d: any) => d === null)).toBe(true);
    expect(t.nodes.map((n: any) => n.role)).toEqual(expect.arrayContaining(['ACTOR', 'PARTICIPANT']));
    const june = (await ok('{ timeline(entity: "Blinken", from: "2023-06-01", to: "2023-06-30") { nodes { date } } }')).timeline.nodes;
    expect(june.length).toBeGreaterThan(0);
    expect(june.every((n: any) => n.date.startsWith('2023-06'))).toBe(true);
  });

  it('relates two actors with counts by type and month', async () => {
    const r = (await ok('{ relations(a: "Blinken", b: "China") { totalCount events { type summary } meetings { name } byType { type count } byMonth { month type count } } }')).relations;
    expect(r.totalCount).toBe(r.events.length + r.meetings.length);
    expect(r.byType.reduce((n: number, t: any) => n + t.count, 0)).toBe(r.totalCount);
    expect(r.byMonth.reduce((n: number, t: any) => n + t.count, 0)).toBe(r.totalCount);
    expect(r.byType.map((t: any) => t.type)).toEqual(expect.arrayContaining(['REQUEST']));
    expect((await ok('{ relations(a: "Atlantis", b: "China") { totalCount } }')).relations.totalCount).toBe(0);
  });

  it('lists articles and shows the facts each supports', async () => {
    const list = (await ok('{ articles(first: 100) { totalCount nodes { id title publishedAt source } } }')).articles;
    expect(list.totalCount).toBe(13);
    const dated = list.nodes.map((a: any) => a.publishedAt).filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    const lula = list.nodes.find((a: any) => /Lula/.test(a.title));
    const one = (await ok('query($id: ID!) { article(id: $id) { title text facts(first: 100) { totalCount nodes { __typename name } } } }', { id: lula.id })).article;
    expect(one.text).toMatch(/^Brazilian President/);
    expect(one.facts.nodes.map((n: any) => n.__typename)).toEqual(expect.arrayContaining(['Person', 'Country', 'Meeting', 'Event', 'Topic']));
    expect((await ok('{ articles(source: "Hemisphere Report") { totalCount } }')).articles.totalCount).toBe(1);
    expect((await ok('{ articles(from: "2024-01-01") { nodes { publishedAt } } }')).articles.nodes).toEqual([{ publishedAt: '2024-10-23' }]);
    expect((await ok('{ article(id: "article:nope") { id } }')).article).toBeNull();
  });

  it('searches names first, then facts by the words of their sentences', async () => {
    const hits = (await ok('{ search(text: "Galwan Valley", first: 10) { nodes { __typename name } } }')).search.nodes;
    expect(hits.length).toBeGreaterThan(0);
    const exact = (await ok('{ search(text: "Xi Jinping", first: 5) { nodes { name } } }')).search.nodes;
    expect(exact[0].name).toBe('Xi Jinping');
  });

  it('reports corroboration and role evidence', async () => {
    const xi = (await ok('{ person(name: "Xi Jinping") { articleCount roles { title articleCount evidence(first: 1) { sentence } } } }')).person;
    expect(xi.articleCount).toBeGreaterThanOrEqual(4);
    expect(xi.roles[0].evidence).toHaveLength(1);
    const meeting = (await ok('{ meetings(participant: "Modi") { nodes { articleCount evidence(first: 0) { sentence } } } }')).meetings.nodes[0];
    expect(meeting).toEqual({ articleCount: 1, evidence: [] });
  });

  it('deletes an article and what only it supported, with the API key', async () => {
    const { articles } = await ok('{ articles(source: "Sahel Today") { nodes { id } } }');
    const id = articles.nodes[0].id;
    const denied = await server.gql('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id });
    expect(denied.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const res = await server.gql('mutation($id: ID!) { deleteArticle(id: $id) { deleted id } }', { id }, { 'x-api-key': TEST_API_KEY });
    expect(res.data!.deleteArticle).toEqual({ deleted: true, id });
    expect((await ok('{ person(name: "Bola Tinubu") { name } }')).person).toBeNull();
    expect((await ok('{ countries(name: "France") { totalCount } }')).countries.totalCount).toBe(0);
    expect((await ok('{ person(name: "Xi Jinping") { name } }')).person.name).toBe('Xi Jinping');
    const again = await server.gql('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id }, { 'x-api-key': TEST_API_KEY });
    expect(again.data!.deleteArticle.deleted).toBe(false);
    await server.ingestor.ingestPaths([join(SEED_DIR, '08-ecowas-niger.txt')]);
  });
});

describe('API over HTTP: repeated answers and writes', () => {
  it('never serves a stale answer after an ingest or a delete', async () => {
    const server = await startTestServer();
    try {
      const query = '{ people(name: "Stubb") { totalCount } }';
      expect((await server.gql(query)).data!.people.totalCount).toBe(0);
      expect((await server.gql(query)).data!.people.totalCount).toBe(0);
      const res = await server.gql(
        'mutation($i: ArticleInput!) { ingestArticle(input: $i) { article { id } } }',
        { i: { title: 'Stubb in Oslo', text: 'Finnish President Alexander Stubb met Norwegian Prime Minister Jonas Gahr Store in Oslo on Monday.', publishedAt: '2024-04-10' } },
        { 'x-api-key': TEST_API_KEY },
      );
      expect((await server.gql(query)).data!.people.totalCount).toBe(1);
      await server.gql('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: res.data!.ingestArticle.article.id }, { 'x-api-key': TEST_API_KEY });
      expect((await server.gql(query)).data!.people.totalCount).toBe(0);
    } finally {
      await server.stop();
    }
  });
});
