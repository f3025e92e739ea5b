import neo4j from 'neo4j-driver';
import type { Neo4jStoreOptions } from './neo4j-store';

/**
 * Deletes every node and relationship (the schema stays), in batches so a big
 * graph does not need one huge transaction. For benchmarks and tests only.
 */
export async function emptyNeo4jDatabase(options: Neo4jStoreOptions): Promise<void> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  const session = driver.session({ database: options.database ?? 'neo4j' });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}
