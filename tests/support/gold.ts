import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleGraph, GraphNode } from '../../src/domain/ontology';
import { createPipeline } from '../../src/extract';
import { toArticle } from '../../src/ingest/article';
import { readArticleFile } from '../../src/ingest/readers';

/** Scores extraction of a folder of articles against hand-written gold annotations. */
export interface GoldArticle {
  persons: Array<{ name: string; country: string | null; title: string | null }>;
  countries: string[];
  organizations: string[];
  meetings: Array<{ participants: string[] }>;
  events: Array<{ type: string; actors: string[]; targets: string[] }>;
  policies: Array<{ name: string; holders: string[] }>;
  discussions: Array<{ person: string; topic: string }>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function extractFolder(dir: string): Map<string, ArticleGraph> {
  const pipeline = createPipeline();
  const out = new Map<string, ArticleGraph>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    for (const raw of readArticleFile(path, readFileSync(path)).articles) {
      const graph = pipeline.extract(toArticle(raw));
      out.set(graph.article.title, graph);
    }
  }
  return out;
}

function score(predicted: Set<string>, gold: Set<string>): Omit<Score, 'precision' | 'recall' | 'f1'> {
  let tp = 0;
  for (const g of gold) if (predicted.has(g)) tp++;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

function finish(s: Omit<Score, 'precision' | 'recall' | 'f1'>): Score {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return { ...s, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The facts of one graph as comparable keys per category. */
export function keysOf(graph: ArticleGraph): Record<keyof GoldArticle, Set<string>> {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const byLabel = (label: GraphNode['label']) => new Set(graph.nodes.filter((n) => n.label === label).map((n) => n.name));
  const rels = (type: string) => graph.relationships.filter((r) => r.type === type);
  const meetings = new Set(
    graph.nodes
      .filter((n) => n.label === 'Meeting')
      .map((m) => rels('ATTENDED').filter((r) => r.to === m.id && nodes.get(r.from)?.label === 'Person').map((r) => name(r.from)).sort().join('|')),
  );
  const events = new Set(
    graph.nodes.filter((n) => n.label === 'Event').map((e) => `${e.props.type}:${rels('ACTOR').filter((r) => r.from === e.id).map((r) => name(r.to)).sort().join('|')}`),
  );
  const policies = new Set(rels('HOLDS_POLICY').map((r) => `${name(r.to)}@${name(r.from)}`));
  const discussions = new Set(rels('DISCUSSED').map((r) => `${name(r.from)}:${name(r.to)}`));
  return { persons: byLabel('Person'), countries: byLabel('Country'), organizations: byLabel('Organization'), meetings, events, policies, discussions };
}

export function goldKeys(gold: GoldArticle): Record<keyof GoldArticle, Set<string>> {
  return {
    persons: new Set(gold.persons.map((p) => p.name)),
    countries: new Set(gold.countries),
    organizations: new Set(gold.organizations),
    meetings: new Set(gold.meetings.map((m) => [...m.participants].sort().join('|'))),
    events: new Set(gold.events.map((e) => `${e.type}:${[...e.actors].sort().join('|')}`)),
    policies: new Set(gold.policies.flatMap((p) => p.holders.map((h) => `${p.name}@${h}`))),
    discussions: new Set(gold.discussions.map((d) => `${d.person}:${d.topic}`)),
  };
}

export function scoreFolder(dir: string, goldFile: string): Record<keyof GoldArticle, Score> & { missing: string[] } {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')).articles as Record<string, GoldArticle>;
  const graphs = extractFolder(dir);
  const totals: Record<string, Omit<Score, 'precision' | 'recall' | 'f1'>> = {};
  const missing: string[] = [];
  for (const [title, g] of Object.entries(gold)) {
    const graph = graphs.get(title);
    if (!graph) {
      missing.push(title);
      continue;
    }
    const predicted = keysOf(graph);
    const expected = goldKeys(g);
    for (const k of Object.keys(expected) as Array<keyof GoldArticle>) {
      const s = score(predicted[k], expected[k]);
      const t = (totals[k] ??= { tp: 0, fp: 0, fn: 0 });
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
    }
  }
  const out = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, finish(v)])) as Record<keyof GoldArticle, Score>;
  return Object.assign(out, { missing });
}
