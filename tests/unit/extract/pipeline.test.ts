import type { PipelineComponent } from '../../../src/extract';
import { Pipeline } from '../../../src/extract';
import { createPipeline } from '../../../src/extract';
import { toArticle } from '../../../src/ingest/article';

describe('pipeline', () => {
  it('refuses a component whose requirements no earlier component assigns', () => {
    const needy: PipelineComponent = { name: 'needy', requires: ['events'], assigns: [], run: () => undefined };
    expect(() => new Pipeline([needy])).toThrow(/component "needy" requires events/);
  });

  it('names the failing component and article', () => {
    const broken: PipelineComponent = { name: 'broken', requires: [], assigns: [], run: () => { throw new Error('boom'); } };
    const article = toArticle({ title: 'T', text: 'Some text.', source: null, url: null, publishedAt: null, origin: 't' });
    expect(() => new Pipeline([broken]).analyze(article)).toThrow(`component "broken" failed on article ${article.id}: boom`);
  });

  it('is deterministic and gives every fact evidence from the article', () => {
    const text = 'Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday to discuss Taiwan. China rejected the request.';
    const article = toArticle({ title: 'T', text, source: null, url: null, publishedAt: '2023-06-19', origin: 't' });
    const a = createPipeline().extract(article);
    const b = createPipeline().extract(article);
    expect(b).toEqual(a);
    const supported = new Set(a.evidence.map((e) => e.factId));
    for (const n of a.nodes) if (n.label !== 'Article') expect(supported).toContain(n.id);
    for (const r of a.relationships) expect(supported).toContain(r.id);
    for (const e of a.evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
  });

  it('copes with text that has no structure at all', () => {
    const pipeline = createPipeline();
    for (const text of ['"', '"""', '. . .', 'a'.repeat(10_000), '\u05e9\u05dc\u05d5\u05dd "quoted', 'He said. She said. They said.', '', '\n\n\n']) {
      const article = { id: 'article:x', title: 'x', source: null, url: null, publishedAt: null, text, contentHash: 'x' };
      expect(() => pipeline.extract(article)).not.toThrow();
    }
  });
});
