import type { Config } from '../config';
import { EmbeddedGraphStore } from './embedded/embedded-store';
import type { GraphStore } from './graph-store';
import { Neo4jGraphStore } from './neo4j/neo4j-store';

/** The store the configuration asks for. */
export function createStore(config: Config): GraphStore {
  switch (config.store) {
    case 'embedded':
      return new EmbeddedGraphStore({ dataDir: config.dataDir });
    case 'neo4j':
      return new Neo4jGraphStore({ uri: config.neo4j!.uri, user: config.neo4j!.user, password: config.neo4j!.password });
  }
}

export * from './graph-store';
