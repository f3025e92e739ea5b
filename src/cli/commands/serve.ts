import { startApi } from '../../api/server';
import type { Runtime } from './runtime';
import { openRuntime } from './runtime';

/** Serves until SIGINT/SIGTERM, then drains requests and closes the store. */
export async function serve(runtime: Runtime): Promise<number> {
  const { config, store, ingestor } = runtime;
  const api = await startApi({ store, ingestor, apiKey: config.apiKey, production: config.production, introspection: config.introspection, responseCache: config.responseCache, port: config.port, host: config.host });
  const counts = await store.counts();
  console.error(`[kg] serving ${counts.nodes} nodes from the ${store.kind} store at ${api.url} (Apollo Sandbox in a browser; health at /healthz)`);
  if (!config.apiKey) console.error('[kg] mutations are disabled: set API_KEY to enable ingestArticle');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.error('[kg] shutting down');
  await api.close();
  await store.close();
  return 0;
}

export async function run(): Promise<number> {
  return serve(await openRuntime());
}
