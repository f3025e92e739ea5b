import type { ArticleDoc } from './article-doc';
import type { PipelineComponent } from './pipeline';

/**
 * Quotation spans, per paragraph. Text is normalized to straight quotes, so
 * quotes pair in order; an unclosed quote runs to the end of its paragraph,
 * as news style does for a quote continued in the next paragraph.
 */
export function findQuoteSpans(doc: ArticleDoc): void {
  const paragraphs = new Map<number, { start: number; end: number }>();
  for (const s of doc.sentences) {
    const p = paragraphs.get(s.paragraph);
    if (!p) paragraphs.set(s.paragraph, { start: s.start, end: s.end });
    else p.end = s.end;
  }
  for (const [paragraph, { start, end }] of paragraphs) {
    const text = doc.text.slice(start, end);
    let open: number | null = null;
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '"') continue;
      if (open === null) open = i;
      else {
        if (i - open > 1) doc.quotes.push({ start: start + open, end: start + i + 1, paragraph, speakerId: null, attributionSentence: null });
        open = null;
      }
    }
    if (open !== null && end - (start + open) > 1) {
      doc.quotes.push({ start: start + open, end, paragraph, speakerId: null, attributionSentence: null });
    }
  }
}

export const quotesComponent: PipelineComponent = {
  name: 'quotes',
  requires: ['sentences'],
  assigns: ['quotes'],
  run: findQuoteSpans,
};
