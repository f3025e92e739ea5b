import type { GraphStore } from '../../src/store/graph-store';
import { GraphQueries } from '../../src/store/graph-queries';
import { brokenGraph, MEETING_ARTICLE, REJECTION_ARTICLE, SECOND_MEETING_ARTICLE } from './fixtures';

/**
 * The behaviour every GraphStore adapter must share. Each adapter's test file
 * calls this with a factory for a fresh, empty store, and adds its own extras.
 */
export interface StoreHarness {
  store: GraphStore;
  cleanup(): Promise<void>;
}

export function graphStoreContract(name: string, create: () => Promise<StoreHarness>): void {
  describe(`${name}: GraphStore contract`, () => {
    let h: StoreHarness;
    let store: GraphStore;
    beforeEach(async () => {
      h = await create();
      store = h.store;
    });
    afterEach(async () => h.cleanup());

    it('starts empty and healthy', async () => {
      expect(await store.health()).toEqual({ ok: true });
      expect(await store.counts()).toEqual({ articles: 0, nodes: 0, relationships: 0, evidence: 0 });
    });

    it('stores an article and reports re-ingest of the same content as unchanged', async () => {
      const graph = MEETING_ARTICLE();
      expect(await store.upsertArticle(graph)).toBe('created');
      const counts = await store.counts();
      expect(counts.articles).toBe(1);
      expect(counts.nodes).toBe(graph.nodes.length);
      expect(counts.relationships).toBe(graph.relationships.length);
      expect(await store.upsertArticle(MEETING_ARTICLE())).toBe('unchanged');
      expect(await store.counts()).toEqual(counts);
      expect(await store.articleHash(graph.article.id)).toBe(graph.article.contentHash);
      const [article] = await store.getArticles([graph.article.id]);
      expect(article!.text).toBe(graph.article.text);
    });

    it('merges the same entity from two articles into one node with evidence from both', async () => {
      await store.upsertArticle(MEETING_ARTICLE());
      await store.upsertArticle(SECOND_MEETING_ARTICLE());
      const [wong] = await store.findByName('Penny Wong', ['Person']);
      expect(wong!.articleIds).toHaveLength(2);
      const evidence = await store.evidenceFor([wong!.id]);
      expect(new Set(evidence.map((e) => e.articleId)).size).toBe(2);
      expect(await store.findByName('penny wong')).toHaveLength(1);
    });

    it('replaces an article whose content changed, dropping facts only the old version stated', async () => {
      const first = MEETING_ARTICLE();
      await store.upsertArticle(first);
      const changed = { ...SECOND_MEETING_ARTICLE() };
      const rewritten = { ...changed, article: { ...changed.article, id: first.article.id } };
      rewritten.nodes = rewritten.nodes.map((n) => (n.label === 'Article' ? { ...n, id: first.article.id } : n));
      rewritten.relationships = rewritten.relationships.filter((r) => r.to !== changed.article.id && r.from !== changed.article.id);
      rewritten.evidence = rewritten.evidence.filter((e) => rewritten.nodes.some((n) => n.id === e.factId) || rewritten.relationships.some((r) => r.id === e.factId)).map((e) => ({ ...e, articleId: first.article.id }));
      expect(await store.upsertArticle(rewritten)).toBe('updated');
      expect(await store.findByName('Retno Marsudi')).toEqual([]);
      expect(await store.findByName('Joko Widodo')).toHaveLength(1);
      expect((await store.counts()).articles).toBe(1);
    });

    it('replaces the facts of an unchanged text when a new extraction of it differs', async () => {
      const first = MEETING_ARTICLE();
      await store.upsertArticle(first);
      // The same text extracted again with more context: here, one person fewer.
      const dropped = first.nodes.find((n) => n.label === 'Person')!;
      const second = {
        ...first,
        nodes: first.nodes.filter((n) => n.id !== dropped.id),
        relationships: first.relationships.filter((r) => r.from !== dropped.id && r.to !== dropped.id),
      };
      second.evidence = first.evidence.filter((e) => second.nodes.some((n) => n.id === e.factId) || second.relationships.some((r) => r.id === e.factId));
      expect(await store.upsertArticle(second)).toBe('updated');
      expect(await store.getNodes([dropped.id])).toEqual([]);
      expect(await store.upsertArticle(second)).toBe('unchanged');
      expect((await store.counts()).articles).toBe(1);
    });

    it('deletes an article with the facts only it supported, keeping shared facts and their other evidence', async () => {
      const first = MEETING_ARTICLE();
      const second = SECOND_MEETING_ARTICLE();
      await store.upsertArticle(first);
      const alone = await store.counts();
      await store.upsertArticle(second);
      expect(await store.deleteArticle(second.article.id)).toBe(true);
      expect(await store.counts()).toEqual(alone);
      expect(await store.findByName('Joko Widodo')).toEqual([]);
      const [wong] = await store.findByName('Penny Wong', ['Person']);
      expect(wong!.articleIds).toEqual([first.article.id]);
      const evidence = await store.evidenceFor([wong!.id]);
      expect(evidence.every((e) => e.articleId === first.article.id)).toBe(true);
      expect(await store.getArticles([second.article.id])).toEqual([]);
      expect(await store.deleteArticle(second.article.id)).toBe(false);
      expect(await store.upsertArticle(second)).toBe('created');
    });

    it('refuses a broken article graph whole and keeps what was stored', async () => {
      await store.upsertArticle(MEETING_ARTICLE());
      const before = await store.counts();
      await expect(store.upsertArticle(brokenGraph())).rejects.toThrow(/points outside/);
      expect(await store.counts()).toEqual(before);
      expect(await store.findByName('Ghost Writer')).toEqual([]);
    });

    it('resolves names and aliases case- and accent-insensitively', async () => {
      await store.upsertArticle(REJECTION_ARTICLE());
      expect((await store.findByName('ERDOGAN', ['Person']))[0]?.name).toBe('Recep Tayyip Erdogan');
      expect((await store.findByName('Türkiye', ['Country']))[0]?.id).toBe('country:TUR');
      expect((await store.findByName('turkiye', ['Country']))[0]?.id).toBe('country:TUR');
      expect((await store.findByName('the Swedish', ['Country']))[0]?.id).toBe('country:SWE');
      expect(await store.findByName('Nobody Atall')).toEqual([]);
    });

    it('lists nodes by label, property and inclusive date range', async () => {
      await store.upsertArticle(MEETING_ARTICLE());
      await store.upsertArticle(SECOND_MEETING_ARTICLE());
      const meetings = await store.listNodes({ label: 'Meeting' });
      expect(meetings.length).toBe(2);
      expect(await store.listNodes({ label: 'Meeting', dateFrom: '2024-04-30', dateTo: '2024-04-30' })).toHaveLength(1);
      expect(await store.listNodes({ label: 'Meeting', dateFrom: '2024-05-01' })).toHaveLength(1);
      expect(await store.listNodes({ label: 'Event', props: { type: 'MEET' } })).not.toHaveLength(0);
      expect(await store.listNodes({ label: 'Event', props: { type: 'SANCTION' } })).toEqual([]);
    });

    it('follows relationships in both directions and returns their evidence', async () => {
      await store.upsertArticle(REJECTION_ARTICLE());
      const [reject] = await store.listNodes({ label: 'Event', props: { type: 'REJECT' } });
      const actors = await store.relationshipsOf([reject!.id], ['ACTOR'], 'out');
      expect(actors.map((r) => r.to)).toContain('person:recep-tayyip-erdogan');
      const incoming = await store.relationshipsOf(['person:recep-tayyip-erdogan'], ['ACTOR'], 'in');
      expect(incoming.map((r) => r.from)).toContain(reject!.id);
      const evidence = await store.evidenceFor(actors.map((r) => r.id));
      expect(evidence[0]!.sentence).toMatch(/rejected the request/);
      expect(await store.getRelationships([actors[0]!.id])).toHaveLength(1);
    });

    it('searches names and aliases, best match first', async () => {
      await store.upsertArticle(MEETING_ARTICLE());
      const found = await store.search('wong', 10);
      expect(found[0]!.name).toBe('Penny Wong');
      expect(await store.search('', 10)).toEqual([]);
      // No name has these words; the meeting's evidence sentence does.
      const bySentence = await store.search('maritime disputes Jakarta', 10);
      expect(bySentence.map((n) => n.label)).toContain('Meeting');
    });

    it('finds a shortest path over facts, or none', async () => {
      await store.upsertArticle(MEETING_ARTICLE());
      await store.upsertArticle(SECOND_MEETING_ARTICLE());
      const path = await store.shortestPath(['person:retno-marsudi'], ['person:joko-widodo'], 4);
      expect(path).not.toBeNull();
      expect(path!.nodeIds[0]).toBe('person:retno-marsudi');
      expect(path!.nodeIds[path!.nodeIds.length - 1]).toBe('person:joko-widodo');
      expect(path!.relationshipIds).toHaveLength(path!.nodeIds.length - 1);
      expect(await store.shortestPath(['person:retno-marsudi'], ['person:joko-widodo'], 1)).toBeNull();
    });

    it('answers the analyst queries', async () => {
      for (const g of [MEETING_ARTICLE(), SECOND_MEETING_ARTICLE(), REJECTION_ARTICLE()]) await store.upsertArticle(g);
      const q = new GraphQueries(store);
      const officials = await q.officials(['trade', 'maritime disputes']);
      expect(officials.map((o) => o.person.name)).toEqual(expect.arrayContaining(['Retno Marsudi', 'Penny Wong']));
      expect(officials[0]!.evidence.length).toBeGreaterThan(0);
      expect((await q.meetings({ participant: 'Wong' })).map((m) => m.props.date)).toEqual(['2024-05-09', '2024-04-30']);
      expect(await q.meetings({ participant: 'Nobody' })).toEqual([]);
      const rejections = await q.events({ type: 'REJECT', actor: 'Erdogan' });
      expect(rejections).toHaveLength(1);
      expect((await q.events({ type: 'REQUEST', target: 'Türkiye' })).length).toBe(1);
      expect((await q.incidents({ involving: 'Sweden' })).length).toBe(1);
      expect((await q.policies({ holder: 'Australia' })).map((p) => p.name)).toEqual(['one-China policy']);
      expect(await q.path('Marsudi', 'Widodo', 4)).not.toBeNull();
    });
  });
}
