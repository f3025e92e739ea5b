import { existsSync } from 'node:fs';
import { seedPaths } from './seed';
import { serve } from './serve';
import { openRuntime } from './runtime';

/** `npm start`: ingest SEED_DIR (unchanged articles are skipped quickly), then serve. */
export async function run(): Promise<number> {
  const runtime = await openRuntime();
  const { seedDir } = runtime.config;
  if (seedDir) {
    if (existsSync(seedDir)) await seedPaths(runtime.ingestor, [seedDir]);
    else console.error(`[kg] SEED_DIR ${seedDir} does not exist; serving without seeding`);
  }
  return serve(runtime);
}
