import { insideQuote, sentenceAt, type ArticleDoc, type Mention, type Quote, type Sentence } from './article-doc';
import { actorMentions, subjectBefore } from './clauses';
import { SPEECH_VERBS } from './lexicons';
import type { PipelineComponent } from './pipeline';

/**
 * Who said each quote:
 * - a speaker beside a speech verb right after the quote ('…," the secretary of state said');
 * - a speaker before a speech verb leading into it ('Wang told Blinken "…"');
 * - the subject of the sentence for a partial quote inside it;
 * - otherwise the previous quote's speaker, for a quote that continues a paragraph.
 */
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'gi');

function sentenceOf(doc: ArticleDoc, pos: number): Sentence | undefined {
  return doc.sentences[sentenceAt(doc, pos)];
}

function speakerAfter(doc: ArticleDoc, q: Quote): Mention | null {
  const s = sentenceOf(doc, Math.max(q.start, q.end - 1));
  if (!s) return null;
  const window = doc.text.slice(q.end, Math.min(s.end, q.end + 70));
  SPEECH.lastIndex = 0;
  const verb = SPEECH.exec(window);
  if (!verb || /[.!?]/.test(window.slice(0, verb.index))) return null;
  const verbPos = q.end + verb.index;
  const candidates = actorMentions(doc, s, q.end, Math.min(s.end, q.end + 70));
  // '…," Blinken said' / '…," the secretary of state said': the speaker stands just before the verb.
  const before = candidates.filter((m) => m.end <= verbPos).pop();
  if (before) return before;
  // '…," said Jake Sullivan'
  return candidates.find((m) => m.start >= verbPos + verb[0].length) ?? null;
}

function speakerBefore(doc: ArticleDoc, q: Quote): Mention | null {
  const s = sentenceOf(doc, q.start);
  if (!s) return null;
  const lead = doc.text.slice(s.start, q.start);
  let last: RegExpExecArray | null = null;
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(lead); m; m = SPEECH.exec(lead)) if (!insideQuote(doc, s.start + m.index)) last = m;
  if (!last) return null;
  return subjectBefore(doc, s, s.start + last.index)[0] ?? null;
}

function sentenceSubject(doc: ArticleDoc, q: Quote): Mention | null {
  const s = sentenceOf(doc, q.start);
  if (!s || s.start === q.start) return null;
  return actorMentions(doc, s, s.start, q.start).sort((a, b) => a.start - b.start)[0] ?? null;
}

export const attributionComponent: PipelineComponent = {
  name: 'attribution',
  requires: ['quotes', 'mentions.Person.resolved'],
  assigns: ['quotes.speaker'],
  run(doc) {
    let previous: Quote | null = null;
    for (const q of doc.quotes) {
      const startsSentence = doc.sentences[sentenceAt(doc, q.start)]?.start === q.start;
      const mention = startsSentence
        ? speakerAfter(doc, q)
        : (speakerBefore(doc, q) ?? sentenceSubject(doc, q) ?? speakerAfter(doc, q));
      if (mention) {
        q.speakerId = mention.entityIds[0] ?? null;
        q.attributionSentence = mention.sentence;
      } else if (previous?.speakerId && (previous.paragraph === q.paragraph || (startsSentence && previous.paragraph === q.paragraph - 1))) {
        q.speakerId = previous.speakerId;
        q.attributionSentence = previous.attributionSentence;
      }
      previous = q;
    }
  },
};
