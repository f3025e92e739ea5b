import { ids } from '../../src/domain/ids';
import type { ArticleGraph, Evidence, GraphNode, GraphRelationship } from '../../src/domain/ontology';
import { createPipeline } from '../../src/extract';
import { toArticle } from '../../src/ingest/article';

/** Small, real-shaped inputs for the store contract: articles run through the real pipeline. */
const pipeline = createPipeline();

export function articleGraph(title: string, text: string, publishedAt: string | null = '2024-05-02'): ArticleGraph {
  return pipeline.extract(toArticle({ title, text, source: 'Contract Tests', url: null, publishedAt, origin: title }));
}

export const MEETING_ARTICLE = () =>
  articleGraph(
    'Ministers meet in Jakarta',
    'Indonesian Foreign Minister Retno Marsudi met Australian Foreign Minister Penny Wong in Jakarta on Tuesday to discuss maritime disputes and trade.\n\nMarsudi said the two countries would expand security cooperation.',
  );

export const SECOND_MEETING_ARTICLE = () =>
  articleGraph(
    'Wong returns to Jakarta',
    'Australian Foreign Minister Penny Wong held talks with President Joko Widodo in Jakarta on Thursday about climate finance.\n\nWong said Australia supports the one-China policy.',
    '2024-05-10',
  );

export const REJECTION_ARTICLE = () =>
  articleGraph(
    'Ankara rebuffs Stockholm',
    'Swedish Prime Minister Ulf Kristersson asked Turkey to approve Sweden\'s NATO membership on Monday. Turkish President Recep Tayyip Erdogan rejected the request after protesters burned a Koran in Stockholm.',
    '2023-01-24',
  );

/** A hand-made graph whose relationship points at a node it does not contain: must be refused whole. */
export function brokenGraph(): ArticleGraph {
  const good = MEETING_ARTICLE();
  const article = { ...good.article, id: ids.article('broken'), contentHash: 'broken' };
  const node: GraphNode = { id: 'person:ghost-writer', label: 'Person', name: 'Ghost Writer', aliases: [], props: {} };
  const rel: GraphRelationship = { id: 'rel:broken', type: 'DISCUSSED', from: node.id, to: 'topic:does-not-exist', props: {} };
  const evidence: Evidence = { factId: node.id, articleId: article.id, sentence: 'x', start: 0, end: 1, rule: 'test', confidence: 1 };
  return {
    article,
    nodes: [{ id: article.id, label: 'Article', name: 'Broken', aliases: [], props: {} }, node],
    relationships: [rel],
    evidence: [evidence],
  };
}
