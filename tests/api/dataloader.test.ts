import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from '../../src/api/server';
import { createPipeline } from '../../src/extract';
import { Ingestor } from '../../src/ingest/ingest';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store/graph-store';
import { client } from '../support/graphql-client';

/** Counts calls to the store, to show that a page costs the same number of calls whatever its size. */
function counting(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

const MEETINGS = `query($first: Int) {
  meetings(first: $first) {
    totalCount
    nodes { name date location { name } participants { name } topics { name } evidence { sentence article { title } } }
  }
}`;

describe('API: no N+1 store calls', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-n1-'));
  let api: RunningApi;
  let counted: ReturnType<typeof counting>;
  let base: EmbeddedGraphStore;

  beforeAll(async () => {
    base = new EmbeddedGraphStore({ dataDir: dir });
    await base.init();
    const ingestor = new Ingestor(base, createPipeline());
    const ministers = ['Anna Lindqvist', 'Marco Bellini', 'Ines Duarte', 'Tomas Novak', 'Leila Haddad', 'Kenji Mori', 'Amara Okafor', 'Pablo Rivas'];
    const countries = ['Swedish', 'Italian', 'Portuguese', 'Czech', 'Lebanese', 'Japanese', 'Nigerian', 'Chilean'];
    const cities = ['Oslo', 'Vienna', 'Nairobi', 'Lima', 'Hanoi'];
    for (let i = 0; i < 60; i++) {
      const a = i % ministers.length;
      const b = (i * 3 + 1) % ministers.length === a ? (a + 1) % ministers.length : (i * 3 + 1) % ministers.length;
      await ingestor.ingestRaw({
        title: `Talks ${i}`,
        text: `${countries[a]} Foreign Minister ${ministers[a]} met ${countries[b]} Foreign Minister ${ministers[b]} in ${cities[i % cities.length]} on Monday to discuss trade and climate change.`,
        source: 'Synthetic Wire',
        url: `https://example.org/synthetic/${i}`,
        publishedAt: `2024-0${1 + (i % 9)}-1${i % 10}`,
        origin: `synthetic ${i}`,
      });
    }
    counted = counting(base);
    api = await startApi({ store: counted.store, ingestor, apiKey: null, production: false, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await api.close();
    await base.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function callsFor(first: number): Promise<{ total: number; returned: number }> {
    counted.calls.clear();
    const res = await client(api.url)(MEETINGS, { first });
    expect(res.errors).toBeUndefined();
    return { total: [...counted.calls.values()].reduce((a, b) => a + b, 0), returned: res.data!.meetings.nodes.length };
  }

  it('answers 50 meetings with participants, topics and evidence in a bounded number of store calls', async () => {
    const small = await callsFor(2);
    const large = await callsFor(50);
    expect(large.returned).toBe(50);
    expect(large.total).toBe(small.total);
    expect(large.total).toBeLessThanOrEqual(12);
  });
});
