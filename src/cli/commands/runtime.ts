import { loadConfig, type Config } from '../../config';
import { createPipeline } from '../../extract';
import { Ingestor } from '../../ingest/ingest';
import { createStore } from '../../store';
import type { GraphStore } from '../../store/graph-store';

/** What every command needs: configuration, an open store and the ingest use case. */
export interface Runtime {
  config: Config;
  store: GraphStore;
  ingestor: Ingestor;
}

export async function openRuntime(): Promise<Runtime> {
  const config = loadConfig();
  const store = createStore(config);
  await store.init();
  return { config, store, ingestor: new Ingestor(store, createPipeline()) };
}
