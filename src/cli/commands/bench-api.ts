import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BATCH_SIZE } from '../../ingest/ingest';
import { EmbeddedGraphStore } from '../../store/embedded/embedded-store';
import { upsertMany } from '../../store/graph-store';
import { replicatedGraphs } from './bench-ingest';

/**
 * `npm run bench:api`: the embedded store holding seed/ replicated to 5,000
 * articles, served by `serve` in its own process; autocannon sends
 * OfficialsWhoDiscussed, MeetingsOf and Path, and the constant `version`
 * query as the floor of the stack, at concurrency 1, 8 and 32.
 * Prints p50/p99 latency and requests/s, and each query's share of the floor.
 */
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  floor: { query: '{ version }' },
  OfficialsWhoDiscussed: {
    query: `query($topics: [String!]!, $first: Int = 50) { officials(discussed: $topics, first: $first) { totalCount nodes { id name country { name } } edges { node { name } topics { name } evidence { sentence article { title publishedAt } } } } }`,
    variables: { topics: ['Taiwan', 'military channels'] },
  },
  MeetingsOf: {
    query: `query($participant: String, $first: Int = 50) { meetings(participant: $participant, first: $first) { totalCount nodes { id name date location { name } participants { name } topics { name } evidence { sentence article { title } } } } }`,
    variables: { participant: 'Xi Jinping' },
  },
  Path: {
    query: `query($from: String!, $to: String!) { path(from: $from, to: $to, maxHops: 4) { length nodes { __typename id name } relationships { type } } }`,
    variables: { from: 'Nancy Pelosi', to: 'Narendra Modi' },
  },
};

async function measure(dir: string, responseCache: string, seconds: number, autocannon: typeof import('autocannon')): Promise<void> {
  const server = spawn(process.execPath, [resolve(__dirname, '../index.js'), 'serve'], {
    env: { ...process.env, STORE: 'embedded', DATA_DIR: dir, PORT: '0', NODE_ENV: 'production', API_KEY: '', RESPONSE_CACHE: responseCache },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let err = '';
    server.stderr!.on('data', (d) => {
      err += d;
      const m = /at (http:\/\/\S+\/graphql)/.exec(err);
      if (m) ok(m[1]!);
    });
    server.once('exit', (code) => fail(new Error(`server exited (${code}): ${err}`)));
  });
  try {
    const floorRps = new Map<number, number>();
    for (const connections of [1, 8, 32]) {
      for (const [name, q] of Object.entries(QUERIES)) {
        const body = JSON.stringify({ query: q.query, variables: q.variables ?? {} });
        const request = { url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections };
        // A short warm-up, then the measured run.
        await autocannon({ ...request, duration: 1 });
        const r = await autocannon({ ...request, duration: seconds });
        if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
        const rps = r.requests.average;
        if (name === 'floor') floorRps.set(connections, rps);
        const share = name === 'floor' ? '' : ` (${((rps / floorRps.get(connections)!) * 100).toFixed(0)}% of floor)`;
        console.log(`[bench] c=${String(connections).padEnd(2)} ${name.padEnd(22)} p50 ${r.latency.p50.toFixed(1).padStart(6)} ms  p99 ${r.latency.p99.toFixed(1).padStart(6)} ms  ${rps.toFixed(0).padStart(6)} req/s${share}`);
      }
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((ok) => server.once('exit', ok));
  }
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { articles: { type: 'string', default: '5000' }, seconds: { type: 'string', default: '5' }, seed: { type: 'string', default: 'seed' } } });
  const autocannon = (await import('autocannon')).default;
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-api-'));
  try {
    const graphs = replicatedGraphs(values.seed!, Number(values.articles));
    const store = new EmbeddedGraphStore({ dataDir: dir });
    await store.init();
    for (let i = 0; i < graphs.length; i += BATCH_SIZE) await upsertMany(store, graphs.slice(i, i + BATCH_SIZE));
    const counts = await store.counts();
    await store.close();
    console.log(`[bench] embedded store: ${counts.articles} articles, ${counts.nodes} nodes, ${counts.relationships} relationships`);

    for (const cache of ['true', 'false']) {
      console.log(`[bench] response cache ${cache === 'true' ? 'on (the default)' : 'off (RESPONSE_CACHE=false)'}`);
      await measure(dir, cache, Number(values.seconds), autocannon);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}
