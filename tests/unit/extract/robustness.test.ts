import fc from 'fast-check';
import type { Article, ArticleGraph } from '../../../src/domain/ontology';
import { createPipeline } from '../../../src/extract';
import { toArticle } from '../../../src/ingest/article';
import { InputError } from '../../../src/ingest/raw-article';
import { readArticleFile, SUPPORTED_EXTENSIONS } from '../../../src/ingest/readers';

/**
 * Whatever the input, extraction ends, throws nothing, and every fact it emits
 * carries evidence that points at the article's own text.
 */
const pipeline = createPipeline();
const article = (text: string, publishedAt: string | null = '2024-03-01'): Article => ({ id: 'article:robust', title: 'Robust', source: null, url: null, publishedAt, text, contentHash: 'h' });

function expectSound(graph: ArticleGraph, text: string): void {
  const facts = new Set([...graph.nodes.map((n) => n.id), ...graph.relationships.map((r) => r.id)]);
  const supported = new Set(graph.evidence.map((e) => e.factId));
  for (const n of graph.nodes) if (n.label !== 'Article') expect(supported.has(n.id)).toBe(true);
  for (const r of graph.relationships) expect(supported.has(r.id)).toBe(true);
  for (const e of graph.evidence) {
    expect(facts.has(e.factId)).toBe(true);
    expect(text.slice(e.start, e.end)).toBe(e.sentence);
  }
}

// Pieces of real-looking news text, so that random strings reach the interesting components.
const WORDS = ['President', 'Xi Jinping', 'met', 'Blinken', 'China', 'the U.S.', 'rejected', 'asked', '"', ',', '.', 'on Monday', 'after', 'visited', 'Taiwan', 'he said', 'not', 'may', 'policy', 'one-China', 'Wang', "'s", 'the two leaders', 'in', 'NATO', '\n\n', ' ', 'שלום', 'مرحبا', '\u0000', '…'];

describe('robustness', () => {
  it('never throws on arbitrary strings and emits only evidenced facts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expectSound(pipeline.extract(article(text)), text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on shuffled news vocabulary', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }), fc.option(fc.constantFrom('2023-06-19', '2024', '2022-08'), { nil: null }), (words, date) => {
        const text = words.join(' ');
        expectSound(pipeline.extract(article(text, date)), text);
      }),
      { numRuns: 300 },
    );
  });

  it('readers turn arbitrary bytes into articles or an InputError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...SUPPORTED_EXTENSIONS, '.bin'), (bytes, ext) => {
        try {
          for (const raw of readArticleFile(`f${ext}`, Buffer.from(bytes)).articles) {
            try {
              const a = toArticle(raw);
              expectSound(pipeline.extract(a), a.text);
            } catch (err) {
              if (!(err instanceof InputError)) throw err;
            }
          }
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
        }
      }),
      { numRuns: 300 },
    );
  });

  const edgeCases: Array<[string, () => string]> = [
    ['a 5 MB single line', () => 'word '.repeat(1_000_000)],
    ['a 1 MB line of names and verbs', () => 'President Xi Jinping met Biden and '.repeat(30_000)],
    ['10,000 short lines', () => Array.from({ length: 10_000 }, (_, i) => `Line ${i} said.`).join('\n')],
    ['binary bytes', () => Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256)).toString('latin1')],
    ['right-to-left text', () => 'שלום עולם. مرحبا بالعالم. Secretary of State Antony Blinken met them. '.repeat(2_000)],
    ['unbalanced quotes', () => `${'"'.repeat(5_000)} He said "yes, and "no ${'“'.repeat(100)}`],
    ['only punctuation', () => '.,;:!?"\''.repeat(20_000)],
  ];

  // The per-test timeout is the bound: far above the usual second or two, it catches runaway
  // (quadratic) behaviour, not slowness, which `npm run bench:extract` measures.
  it.each(edgeCases)('ends in bounded time on %s', (_name, make) => {
    const text = make();
    expectSound(pipeline.extract(article(text)), text);
  }, 90_000);
});
