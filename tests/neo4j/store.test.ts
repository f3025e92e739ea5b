import neo4j from 'neo4j-driver';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { schemaStatements } from '../../src/store/neo4j/neo4j-schema';
import { graphStoreContract } from '../store/contract';
import { MEETING_ARTICLE, SECOND_MEETING_ARTICLE } from '../store/fixtures';
import { describeWithNeo4j, neo4jOptions, resetNeo4j } from '../support/neo4j';

/**
 * The store contract against a real Neo4j server, plus what only Neo4j needs.
 * Every Neo4j test file lives under tests/neo4j/ and runs one at a time
 * (jest project `neo4j`), since Neo4j Community has a single database.
 */
describeWithNeo4j('neo4j', () => {
  graphStoreContract('neo4j', async () => {
    await resetNeo4j();
    const store = new Neo4jGraphStore(neo4jOptions());
    await store.init();
    return { store, cleanup: () => store.close() };
  });

  describe('neo4j: schema and transactions', () => {
    let store: Neo4jGraphStore;
    beforeEach(async () => {
      await resetNeo4j();
      store = new Neo4jGraphStore(neo4jOptions());
      await store.init();
    });
    afterEach(async () => store.close());

    it('applies the schema idempotently: a second start changes nothing', async () => {
      const o = neo4jOptions();
      const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password));
      const describe = async () => {
        const constraints = (await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).records.map((r) => r.get('name'));
        const indexes = (await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).records.map((r) => `${r.get('name')}:${r.get('state')}`);
        return { constraints, indexes };
      };
      const before = await describe();
      const again = new Neo4jGraphStore(o);
      await again.init();
      await again.close();
      expect(await describe()).toEqual(before);
      expect(before.constraints).toEqual(expect.arrayContaining(['node_id', 'name_key']));
      expect(before.indexes).toEqual(expect.arrayContaining(['node_search:ONLINE', 'evidence_fact:ONLINE']));
      expect(schemaStatements().every((s) => /IF NOT EXISTS/.test(s))).toBe(true);
      await driver.close();
    });

    it('stores nothing of an article whose transaction fails mid-way', async () => {
      await store.upsertArticle(MEETING_ARTICLE());
      const before = await store.counts();
      const graph = SECOND_MEETING_ARTICLE();
      // Evidence is written last; a value Neo4j cannot store makes that final statement fail.
      graph.evidence[graph.evidence.length - 1] = { ...graph.evidence[graph.evidence.length - 1]!, rule: { not: 'storable' } as unknown as string };
      await expect(store.upsertArticle(graph)).rejects.toThrow(`article ${graph.article.id} ("Wong returns to Jakarta") was not stored`);
      expect(await store.counts()).toEqual(before);
      expect(await store.findByName('Joko Widodo')).toEqual([]);
      expect(await store.articleHash(graph.article.id)).toBeNull();
    });
  });
});
