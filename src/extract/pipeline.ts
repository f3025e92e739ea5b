import type { Article, ArticleGraph } from '../domain/ontology';
import { createDoc, type ArticleDoc, type ExtractionContext } from './article-doc';
import { buildGraph } from './graph-builder';

/**
 * A pipeline component reads and extends the shared ArticleDoc. `requires` and
 * `assigns` name doc fields so that the pipeline can check its order once, at
 * construction, instead of failing on some article later.
 */
export interface PipelineComponent {
  name: string;
  requires: string[];
  assigns: string[];
  run(doc: ArticleDoc): void;
}

export class ExtractionError extends Error {
  constructor(
    readonly component: string,
    readonly articleId: string,
    cause: unknown,
  ) {
    super(`[kg] [extract] component "${component}" failed on article ${articleId}: ${(cause as Error)?.message ?? cause}`, {
      cause,
    });
    this.name = 'ExtractionError';
  }
}

export class Pipeline {
  constructor(readonly components: PipelineComponent[]) {
    const available = new Set<string>(['text', 'article']);
    for (const c of components) {
      const missing = c.requires.filter((r) => !available.has(r));
      if (missing.length) {
        throw new Error(`[kg] [extract] component "${c.name}" requires ${missing.join(', ')}, which no earlier component assigns`);
      }
      c.assigns.forEach((a) => available.add(a));
    }
  }

  analyze(article: Article, context: ExtractionContext = {}): ArticleDoc {
    const doc = createDoc(article, context);
    for (const c of this.components) {
      try {
        c.run(doc);
      } catch (err) {
        throw new ExtractionError(c.name, article.id, err);
      }
    }
    return doc;
  }

  extract(article: Article, context: ExtractionContext = {}): ArticleGraph {
    return buildGraph(this.analyze(article, context));
  }
}
