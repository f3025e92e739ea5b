import type { Config } from '../config';
import { EmbeddedGraphStore } from './embedded/embedded-store';
import { StoreError, type GraphStore } from './graph-store';

/** The store the configuration asks for. */
export function createStore(config: Config): GraphStore {
  switch (config.store) {
    case 'embedded':
      return new EmbeddedGraphStore({ dataDir: config.dataDir });
    case 'neo4j':
      throw new StoreError('neo4j', 'the Neo4j adapter is not part of this build yet; use STORE=embedded');
  }
}

export * from './graph-store';
