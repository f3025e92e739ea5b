import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from '../../src/api/server';
import { createPipeline } from '../../src/extract';
import { Ingestor } from '../../src/ingest/ingest';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { client, type Gql } from './graphql-client';

export const TEST_API_KEY = 'test-api-key-123456';

/** The real HTTP server on an ephemeral port over a fresh embedded store. */
export async function startTestServer(options: { apiKey?: string | null; production?: boolean; introspection?: boolean } = {}): Promise<{ api: RunningApi; gql: Gql; ingestor: Ingestor; store: EmbeddedGraphStore; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-api-'));
  const store = new EmbeddedGraphStore({ dataDir: dir });
  await store.init();
  const ingestor = new Ingestor(store, createPipeline());
  const api = await startApi({
    store,
    ingestor,
    apiKey: options.apiKey === undefined ? TEST_API_KEY : options.apiKey,
    production: options.production ?? false,
    introspection: options.introspection,
    port: 0,
    host: '127.0.0.1',
  });
  return {
    api,
    gql: client(api.url),
    ingestor,
    store,
    stop: async () => {
      await api.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
