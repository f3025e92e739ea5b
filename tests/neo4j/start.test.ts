import { startCli } from '../support/cli';
import { expectSeedArticleAnswers } from '../support/acceptance';
import { client, contractOperations } from '../support/graphql-client';
import { describeWithNeo4j, neo4jOptions, resetNeo4j } from '../support/neo4j';
import { CONTRACT_FILE, HAS_SHARED, SEED_ARTICLE_DIR } from '../support/paths';
import { runCli } from '../support/cli';

/** `STORE=neo4j npm start` as a user runs it: seeds, serves, and answers the contract from Neo4j. */
describeWithNeo4j('neo4j: npm start', () => {
  it('seeds into Neo4j and serves the contract operations', async () => {
    await resetNeo4j();
    const o = neo4jOptions();
    const env = { STORE: 'neo4j', NEO4J_URI: o.uri, NEO4J_USER: o.user, NEO4J_PASSWORD: o.password };
    if (HAS_SHARED) expect(runCli(['seed', SEED_ARTICLE_DIR], env).status).toBe(0);
    const server = await startCli('start', env);
    try {
      const health = (await (await fetch(server.health)).json()) as { store: string; counts: { articles: number } };
      expect(health).toMatchObject({ store: 'neo4j', counts: { articles: HAS_SHARED ? 14 : 13 } });
      if (HAS_SHARED) await expectSeedArticleAnswers(client(server.url), contractOperations(CONTRACT_FILE));
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
