import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startApi, type RunningApi } from '../../src/api/server';
import { createPipeline } from '../../src/extract';
import { Ingestor } from '../../src/ingest/ingest';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { client } from '../support/graphql-client';
import { describeWithNeo4j, neo4jOptions, resetNeo4j } from '../support/neo4j';
import { ROOT, SEED_DIR } from '../support/paths';

/**
 * Stops and restarts the real Neo4j server (scripts/neo4j.sh, the one .ci/run
 * started) under a running API: health turns 503, queries fail cleanly, and
 * the service recovers by itself.
 */
const neo4jScript = (command: 'start' | 'stop') => execFileSync('bash', [join(ROOT, 'scripts/neo4j.sh'), command], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });

describeWithNeo4j('neo4j: faults', () => {
  let store: Neo4jGraphStore;
  let api: RunningApi;

  beforeAll(async () => {
    await resetNeo4j();
    store = new Neo4jGraphStore(neo4jOptions());
    await store.init();
    const ingestor = new Ingestor(store, createPipeline());
    await ingestor.ingestPaths([join(SEED_DIR, '01-blinken-beijing-visit.md')]);
    api = await startApi({ store, ingestor, apiKey: 'fault-test-key-1', production: true, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  it('reports 503 and clear errors while Neo4j is down, and recovers when it is back', async () => {
    const gql = client(api.url);
    const health = api.url.replace('/graphql', '/healthz');
    expect((await fetch(health)).status).toBe(200);

    neo4jScript('stop');
    try {
      const down = await fetch(health);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'unavailable', store: 'neo4j', reason: expect.any(String) });
      const res = await gql('{ person(name: "Blinken") { name } }');
      expect(res.errors![0]).toMatchObject({ extensions: { code: 'STORE_UNAVAILABLE' }, message: expect.stringMatching(/Neo4j .* unavailable/) });
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.js:\d+/);
      const ingest = await gql(
        'mutation($i: ArticleInput!) { ingestArticle(input: $i) { created } }',
        { i: { text: 'Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on Monday.', title: 'Lula meets Milei' } },
        { 'x-api-key': 'fault-test-key-1' },
      );
      expect(ingest.errors![0]!.extensions!.code).toBe('STORE_UNAVAILABLE');
    } finally {
      neo4jScript('start');
    }

    let recovered = false;
    for (let i = 0; i < 60 && !recovered; i++) {
      recovered = (await fetch(health)).status === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(recovered).toBe(true);
    expect((await gql('{ person(name: "Blinken") { name } }')).data).toEqual({ person: { name: 'Antony Blinken' } });
    expect(await store.findByName('Javier Milei')).toEqual([]);
  });
});
