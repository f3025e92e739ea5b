import { emptyNeo4jDatabase } from '../../src/store/neo4j/neo4j-admin';
import type { Neo4jStoreOptions } from '../../src/store/neo4j/neo4j-store';

/**
 * Neo4j for tests: a real server named by NEO4J_URI (scripts/neo4j.sh start,
 * which .ci/run does). Without one, Neo4j tests are skipped with a plain
 * message; with REQUIRE_NEO4J=1 a missing server fails the run instead.
 */
export const NEO4J_URI = process.env.NEO4J_URI ?? '';
export const HAS_NEO4J = NEO4J_URI !== '';

export function neo4jOptions(): Neo4jStoreOptions {
  return { uri: NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
}

/** Empties the database between tests (schema stays). */
export async function resetNeo4j(): Promise<void> {
  await emptyNeo4jDatabase(neo4jOptions());
}

export const describeWithNeo4j: jest.Describe = HAS_NEO4J
  ? describe
  : (((name: string, fn: () => void) => {
      describe(name, () => {
        it('needs a Neo4j server (NEO4J_URI); start one with `npm run neo4j:start`', () => {
          if (process.env.REQUIRE_NEO4J === '1') throw new Error('REQUIRE_NEO4J=1 but NEO4J_URI is not set: Neo4j tests cannot run');
          console.warn(`[tests] Neo4j tests skipped: NEO4J_URI is not set ("${name}")`);
        });
      });
      void fn;
    }) as unknown as jest.Describe);
