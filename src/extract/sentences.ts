import type { Sentence } from './article-doc';
import type { PipelineComponent } from './pipeline';

/**
 * Rule-based sentence splitting with offsets. A period ends a sentence unless
 * it closes a known abbreviation or an initial; "U.S." ends one only when a
 * typical sentence opener follows.
 */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen adm sen rep gov lt col sgt capt cmdr jr sr prof rev no vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig'.split(' '),
);
const OPENERS = new Set(
  'The A An He She It They We I This That These Those In On At But And However Yet So Still Meanwhile Later Earlier After Before While When Officials'.split(' '),
);
const BOUNDARY = /[.!?…]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const [pStart, pEnd] of paragraphs(text)) {
    const pText = text.slice(pStart, pEnd);
    let from = 0;
    for (const b of pText.matchAll(BOUNDARY)) {
      const end = b.index! + b[0].length;
      if (b[0].startsWith('.') && !isRealStop(pText, b.index!)) continue;
      push(out, text, pStart + from, pStart + end, paragraph);
      from = end;
    }
    push(out, text, pStart + from, pStart + pText.length, paragraph);
    paragraph++;
  }
  return out;
}

/**
 * Paragraphs as [start, end): runs of non-empty lines, broken before a blank line (empty
 * or whitespace only, followed by a newline). A scan rather than a regular expression:
 * on a multi-megabyte line the equivalent pattern can exhaust the regex engine's stack.
 */
function* paragraphs(text: string): Generator<[number, number]> {
  const lines: Array<[number, number]> = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push([start, end]);
    if (nl < 0) break;
    start = nl + 1;
  }
  const blankBreak = (k: number) => /^\s*$/.test(text.slice(lines[k]![0], lines[k]![1])) && k + 1 < lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]![0] === lines[i]![1]) continue;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]![0] < lines[j + 1]![1] && !blankBreak(j + 1)) j++;
    yield [lines[i]![0], lines[j]![1]];
    i = j;
  }
}

function isRealStop(p: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(p.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const word = before.replace(/\.$/, '');
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S." / "U.N.": a stop only before a typical sentence opener
    const next = /^\s+["']?(\p{L}+)/u.exec(p.slice(dot + 1))?.[1] ?? '';
    return OPENERS.has(next);
  }
  return true;
}

/**
 * No real sentence is this long; text without punctuation (a table, a dump, an
 * attack) is cut at a space so that no later step works on megabytes at once.
 */
export const MAX_SENTENCE = 1000;

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  while (end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
    out.push({ index: out.length, paragraph, start, end: cut, text: text.slice(start, cut), date: null });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ index: out.length, paragraph, start, end, text: text.slice(start, end), date: null });
}

export const sentencesComponent: PipelineComponent = {
  name: 'sentences',
  requires: ['text'],
  assigns: ['sentences'],
  run(doc) {
    doc.sentences = splitSentences(doc.text);
  },
};
