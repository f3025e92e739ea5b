import type { ArticleDoc } from '../../../src/extract/article-doc';
import { createPipeline } from '../../../src/extract';
import { toArticle } from '../../../src/ingest/article';

const pipeline = createPipeline();

/** Runs the whole pipeline on a short text, so each component is tested on what earlier ones give it. */
export function analyze(text: string, publishedAt: string | null = '2024-06-12'): ArticleDoc {
  return pipeline.analyze(toArticle({ title: 'Test', text, source: null, url: null, publishedAt, origin: 'test' }));
}

export function names(doc: ArticleDoc, ids: string[]): string[] {
  return ids.map((id) => doc.entities.get(id)?.name ?? id);
}

export function events(doc: ArticleDoc): string[] {
  return doc.events.map((e) => `${e.type} ${names(doc, e.actorIds).join('+')} -> ${names(doc, e.targetIds).join('+')}`);
}

export function persons(doc: ArticleDoc): string[] {
  return [...doc.entities.values()].filter((e) => e.label === 'Person').map((e) => e.name);
}

/** Each meeting's participants by name, sorted. */
export function meetingPeople(doc: ArticleDoc): string[][] {
  return doc.meetings.map((m) => names(doc, m.participantIds).sort());
}
