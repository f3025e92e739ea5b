import { readFileSync } from 'node:fs';
import { createPipeline } from '../../extract';
import { toArticle } from '../../ingest/article';
import { InputError } from '../../ingest/raw-article';
import { readArticleFile } from '../../ingest/readers';

/** Prints what the extractor makes of a file, without touching any store. */
export async function run(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('[kg] usage: npm run extract -- <file>');
    return 2;
  }
  try {
    const { articles, errors } = readArticleFile(args[0]!, readFileSync(args[0]!));
    errors.forEach((e) => console.error(`[kg] error: ${e.message}`));
    const pipeline = createPipeline();
    const graphs = articles.map((a) => pipeline.extract(toArticle(a)));
    process.stdout.write(`${JSON.stringify(graphs.length === 1 ? graphs[0] : graphs, null, 2)}\n`);
    return errors.length ? 1 : 0;
  } catch (err) {
    if (err instanceof InputError || (err as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`[kg] error: ${(err as Error).message}`);
      return 1;
    }
    throw err;
  }
}
