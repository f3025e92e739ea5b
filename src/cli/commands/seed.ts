import { SingleBar } from 'cli-progress';
import type { Ingestor, IngestSummary } from '../../ingest/ingest';
import { InputError } from '../../ingest/raw-article';
import { openRuntime } from './runtime';

/** Ingests paths with a progress bar (or periodic lines when not on a terminal) and prints a summary. */
export async function seedPaths(ingestor: Ingestor, paths: string[]): Promise<IngestSummary> {
  const tty = process.stderr.isTTY;
  const bar = tty ? new SingleBar({ format: '[kg] seeding {bar} {value}/{total} files | {file}', clearOnComplete: true, hideCursor: true }) : null;
  let started = false;
  let lastLine = 0;
  const summary = await ingestor.ingestPaths(paths, {
    onProgress: ({ done, total, file }) => {
      if (bar) {
        if (!started) bar.start(total, 0, { file: '' });
        started = true;
        bar.update(done, { file });
      } else if (done === total || Date.now() - lastLine > 2000) {
        lastLine = Date.now();
        console.error(`[kg] seeding: ${done}/${total} files`);
      }
    },
    onError: (e) => {
      const line = `[kg] error: ${e.origin}: ${e.reason}`;
      if (bar && started) process.stderr.write('\r\x1b[K');
      console.error(line);
    },
  });
  bar?.stop();
  const { counts } = summary;
  console.error(
    `[kg] seeded ${summary.files} files: ${summary.read} articles read, ${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed` +
      `${summary.relinked ? `, ${summary.relinked} earlier articles re-linked to full names` : ''}; ` +
      `graph holds ${counts.articles} articles, ${counts.nodes} nodes, ${counts.relationships} relationships`,
  );
  return summary;
}

export async function run(args: string[]): Promise<number> {
  if (!args.length) {
    console.error('[kg] usage: npm run seed -- <files|dirs…>');
    return 2;
  }
  const { store, ingestor } = await openRuntime();
  try {
    const summary = await seedPaths(ingestor, args);
    return summary.failed ? 1 : 0;
  } catch (err) {
    if (err instanceof InputError) {
      console.error(`[kg] error: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}
