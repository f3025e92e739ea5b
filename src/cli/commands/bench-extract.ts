import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Article } from '../../domain/ontology';
import { createPipeline } from '../../extract';
import { toArticle } from '../../ingest/article';
import { expandPaths } from '../../ingest/ingest';
import { readArticleFile } from '../../ingest/readers';

/**
 * `npm run bench:extract`: the extraction pipeline alone, on one core, over a
 * corpus (the evaluation set and seed/ by default) replicated to at least
 * --mb megabytes of article text. Prints articles/s and MB/s, after a warm-up.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { mb: { type: 'string', default: '5' } } });
  const dirs = positionals.length ? positionals : ['tests/fixtures/eval/dev', 'tests/fixtures/eval/holdout', 'seed'];
  const base: Article[] = [];
  for (const f of expandPaths(dirs)) {
    if (f.endsWith('gold.json')) continue;
    for (const raw of readArticleFile(f, readFileSync(f)).articles) base.push(toArticle(raw));
  }
  const target = Number(values.mb) * 1024 * 1024;
  const corpus: Article[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const a = base[i % base.length]!;
    corpus.push({ ...a, id: `${a.id}-${i}` });
    bytes += Buffer.byteLength(a.text);
  }
  const pipeline = createPipeline();
  for (const a of corpus.slice(0, 200)) pipeline.extract(a);
  const started = performance.now();
  let facts = 0;
  for (const a of corpus) {
    const g = pipeline.extract(a);
    facts += g.nodes.length + g.relationships.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `[bench] extract: ${corpus.length} articles (${base.length} distinct from ${dirs.join(', ')}), ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s on one core: ` +
      `${(corpus.length / seconds).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s, ${(facts / seconds).toFixed(0)} facts/s`,
  );
  return 0;
}
