import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import type { Article, ArticleGraph } from '../../domain/ontology';
import { createPipeline } from '../../extract';
import { toArticle } from '../../ingest/article';
import { BATCH_SIZE, expandPaths } from '../../ingest/ingest';
import { readArticleFile } from '../../ingest/readers';
import { EmbeddedGraphStore } from '../../store/embedded/embedded-store';
import { upsertMany, type GraphStore } from '../../store/graph-store';

import { emptyNeo4jDatabase } from '../../store/neo4j/neo4j-admin';
import { Neo4jGraphStore } from '../../store/neo4j/neo4j-store';

/**
 * `npm run bench:ingest`: seed/ replicated (distinct ids) to N articles,
 * extracted once, then written into each store; prints articles/s and
 * relationships/s. Neo4j is measured when NEO4J_URI is set; it must be an
 * empty database, or pass --reset to empty it first.
 */
/** The articles of a folder repeated until there are `count`, each copy with its own id, extracted. */
export function replicatedGraphs(seedDir: string, count: number): ArticleGraph[] {
  const base = expandPaths([seedDir]).flatMap((f) => readArticleFile(f, readFileSync(f)).articles).map(toArticle);
  const pipeline = createPipeline();
  const graphs: ArticleGraph[] = [];
  for (let i = 0; graphs.length < count; i++) {
    const a = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    graphs.push(pipeline.extract({ ...a, id: `${a.id}-${copy}`, contentHash: `${a.contentHash}-${copy}` } satisfies Article));
  }
  return graphs;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { articles: { type: 'string', default: '2000' }, reset: { type: 'boolean', default: false }, seed: { type: 'string', default: 'seed' } } });
  const target = Number(values.articles);
  let t = performance.now();
  const graphs = replicatedGraphs(values.seed!, target);
  const extractSeconds = (performance.now() - t) / 1000;
  const rels = graphs.reduce((n, g) => n + g.relationships.length, 0);
  console.log(`[bench] ${graphs.length} articles (${values.seed} replicated), ${rels} relationships; read + extraction ${(graphs.length / extractSeconds).toFixed(0)} articles/s on one core`);

  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const stores: Array<[string, () => Promise<GraphStore>]> = [['embedded', async () => new EmbeddedGraphStore({ dataDir: dir })]];
  if (process.env.NEO4J_URI) {
    const neo = loadConfig({ ...process.env, STORE: 'neo4j' }).neo4j!;
    stores.push(['neo4j', async () => new Neo4jGraphStore(neo)]);
  } else console.log('[bench] NEO4J_URI not set: Neo4j not measured (start one with npm run neo4j:start)');

  try {
    for (const [name, create] of stores) {
      const store = await create();
      await store.init();
      if ((await store.counts()).articles > 0) {
        if (name === 'neo4j' && values.reset) await emptyNeo4jDatabase(loadConfig({ ...process.env, STORE: 'neo4j' }).neo4j!);
        else {
          console.error(`[bench] ${name} store is not empty; use an empty database or pass --reset`);
          await store.close();
          return 1;
        }
      }
      // The first quarter warms up the JIT (and Neo4j's); the rest is reported separately as the steady rate.
      const warm = Math.floor(graphs.length / 4);
      t = performance.now();
      let warmAt = t;
      for (let i = 0; i < graphs.length; i += BATCH_SIZE) {
        if (i >= warm && warmAt === t) warmAt = performance.now();
        await upsertMany(store, graphs.slice(i, i + BATCH_SIZE));
      }
      const end = performance.now();
      const seconds = (end - t) / 1000;
      const steadyArticles = graphs.length - Math.ceil(warm / BATCH_SIZE) * BATCH_SIZE;
      const steadyRels = graphs.slice(graphs.length - steadyArticles).reduce((n, g) => n + g.relationships.length, 0);
      const steadySeconds = (end - warmAt) / 1000;
      const counts = await store.counts();
      console.log(
        `[bench] ${name.padEnd(8)} ingest: ${(graphs.length / seconds).toFixed(0)} articles/s, ${(rels / seconds).toFixed(0)} relationships/s overall; ` +
          `steady (last ${steadyArticles}): ${(steadyArticles / steadySeconds).toFixed(0)} articles/s, ${(steadyRels / steadySeconds).toFixed(0)} relationships/s ` +
          `(${seconds.toFixed(1)} s, batches of ${BATCH_SIZE}; graph ${counts.nodes} nodes, ${counts.relationships} relationships, ${counts.evidence} evidence)`,
      );
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}
