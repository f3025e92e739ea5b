import { readFileSync } from 'node:fs';
import type { Pipeline } from '../extract/pipeline';
import { topicForms } from '../extract/lexicons';
import { toArticle } from '../ingest/article';
import { finish, type Score } from './gold';

/**
 * Topic discovery scored on labelled sentences about subjects the lexicon did not
 * list when they were written: every topic found there that is not a lexicon topic
 * counts as discovered, and a gold subject the lexicon has learned since counts as
 * found when the lexicon finds it.
 * A gold topic may give alternatives ("ferry service|joint ferry service").
 */
interface DiscoveryGold {
  sentences: Array<{ text: string; topics: string[] }>;
}

const normalize = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ').trim();

export function scoreTopicDiscovery(file: string, pipeline: Pipeline): Score & { sentences: number; wrong: string[]; missed: string[] } {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as DiscoveryGold;
  const forms = topicForms().forms;
  const lexicon = new Set(forms.map(([, entry]) => entry.name));
  // A subject the lexicon has since learned ("tourism") is found by the lexicon: it counts as found under the lexicon's name.
  const lexiconName = new Map(forms.map(([form, entry]) => [normalize(form), normalize(entry.name)]));
  const counts = { tp: 0, fp: 0, fn: 0 };
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const [i, s] of gold.sentences.entries()) {
    const graph = pipeline.extract(toArticle({ title: `discovery ${i + 1}`, text: s.text, source: null, url: null, publishedAt: null, origin: file }));
    const expected = s.topics.map((t) => t.split('|').map(normalize).map((a) => lexiconName.get(a) ?? a));
    const found = graph.nodes
      .filter((n) => n.label === 'Topic' && (!lexicon.has(n.name) || expected.some((alts) => alts.includes(normalize(n.name)))))
      .map((n) => normalize(n.name));
    const matched = new Set<number>();
    for (const f of found) {
      const hit = expected.findIndex((alts, j) => !matched.has(j) && alts.includes(f));
      if (hit >= 0) {
        matched.add(hit);
        counts.tp++;
      } else {
        counts.fp++;
        wrong.push(`${f} (in "${s.text}")`);
      }
    }
    expected.forEach((alts, j) => {
      if (matched.has(j)) return;
      counts.fn++;
      missed.push(`${alts[0]} (in "${s.text}")`);
    });
  }
  return { ...finish(counts), sentences: gold.sentences.length, wrong, missed };
}
