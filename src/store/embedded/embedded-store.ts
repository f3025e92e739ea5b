import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeName } from '../../domain/names';
import type { ArticleGraph, Evidence, NodeLabel, RelationshipType } from '../../domain/ontology';
import {
  dateInRange,
  PROVENANCE_TYPES,
  sameArticleGraph,
  StoreError,
  validateArticleGraph,
  type GraphStore,
  type NodeFilter,
  type PathResult,
  type StoreCounts,
  type StoredArticle,
  type StoredNode,
  type StoredRelationship,
  type StoreHealth,
  type UpsertOutcome,
} from '../graph-store';
import { nameScore, rankSearch, searchWords, sentenceMatches } from '../search-rank';
import { GraphIndex } from './graph-index';
import { Journal } from './journal';

export interface EmbeddedStoreOptions {
  /** Where the journal lives; the directory is created if missing. */
  dataDir: string;
}

/**
 * The default store: the merged graph in memory for fast reads, durability from
 * an fsync'd append-only journal under DATA_DIR. One process owns a DATA_DIR at
 * a time (a lock file says which), since two writers would interleave records.
 */
export class EmbeddedGraphStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly index = new GraphIndex();
  private readonly journal: Journal;
  private readonly lockPath: string;
  private opened = false;
  private superseded = 0;
  private writes = 0;

  constructor(private readonly options: EmbeddedStoreOptions) {
    this.journal = new Journal(options.dataDir);
    this.lockPath = join(options.dataDir, 'LOCK');
  }

  async init(): Promise<void> {
    if (this.opened) return;
    mkdirSync(this.options.dataDir, { recursive: true });
    this.acquireLock();
    try {
      for (const record of this.journal.open()) {
        if (record.op === 'put') {
          if (this.index.articles.has(record.graph.article.id)) this.superseded++;
          this.index.put(record.graph);
        } else {
          this.index.remove(record.articleId);
          this.superseded += 2;
        }
      }
      if (this.superseded > 1000 && this.superseded > this.index.articles.size) {
        this.journal.compact([...this.index.articles.values()].map((graph) => ({ op: 'put' as const, graph })));
        this.superseded = 0;
      }
    } catch (err) {
      this.releaseLock();
      throw err;
    }
    this.opened = true;
  }

  async close(): Promise<void> {
    if (!this.opened) return;
    this.journal.close();
    this.releaseLock();
    this.opened = false;
  }

  async health(): Promise<StoreHealth> {
    return this.opened ? { ok: true } : { ok: false, reason: 'embedded store is not open' };
  }

  async counts(): Promise<StoreCounts> {
    return {
      articles: this.index.articles.size,
      nodes: this.index.nodes.size,
      relationships: this.index.relationships.size,
      evidence: this.index.evidenceTotal,
    };
  }

  async articleHash(articleId: string): Promise<string | null> {
    return this.index.articles.get(articleId)?.article.contentHash ?? null;
  }

  async upsertArticle(graph: ArticleGraph): Promise<UpsertOutcome> {
    return (await this.upsertArticles([graph]))[0]!;
  }

  async upsertArticles(graphs: ArticleGraph[]): Promise<UpsertOutcome[]> {
    this.assertOpen();
    graphs.forEach(validateArticleGraph);
    const batch = new Map<string, ArticleGraph>();
    const outcomes: UpsertOutcome[] = [];
    const changed: ArticleGraph[] = [];
    for (const g of graphs) {
      const previous = batch.get(g.article.id) ?? this.index.articles.get(g.article.id);
      if (sameArticleGraph(previous, g)) {
        outcomes.push('unchanged');
        continue;
      }
      outcomes.push(previous ? 'updated' : 'created');
      batch.set(g.article.id, g);
      changed.push(g);
    }
    if (!changed.length) return outcomes;
    // Durable first (one fsync for the batch), then visible: a crash between the two replays the records at the next open.
    this.journal.appendAll(changed.map((graph) => ({ op: 'put' as const, graph })));
    for (const g of changed) {
      if (this.index.articles.has(g.article.id)) this.superseded++;
      this.index.put(g);
    }
    this.writes++;
    return outcomes;
  }

  generation(): number {
    return this.writes;
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    this.assertOpen();
    if (!this.index.articles.has(articleId)) return false;
    this.journal.appendAll([{ op: 'delete', articleId }]);
    this.index.remove(articleId);
    this.superseded += 2;
    this.writes++;
    return true;
  }

  async getNodes(ids: string[]): Promise<StoredNode[]> {
    return ids.map((id) => this.index.storedNode(id)).filter((n): n is StoredNode => !!n);
  }

  async getRelationships(ids: string[]): Promise<StoredRelationship[]> {
    return ids.map((id) => this.index.storedRelationship(id)).filter((r): r is StoredRelationship => !!r);
  }

  async getArticles(ids: string[]): Promise<StoredArticle[]> {
    return ids.map((id) => this.index.storedArticle(id)).filter((a): a is StoredArticle => !!a);
  }

  async articleFacts(articleId: string): Promise<{ nodeIds: string[]; relationshipIds: string[] } | null> {
    const g = this.index.articles.get(articleId);
    return g ? { nodeIds: g.nodes.map((n) => n.id), relationshipIds: g.relationships.map((r) => r.id) } : null;
  }

  async findByName(name: string, labels?: NodeLabel[]): Promise<StoredNode[]> {
    const ids = this.index.byName.get(normalizeName(name)) ?? new Set<string>();
    return [...ids]
      .map((id) => this.index.storedNode(id)!)
      .filter((n) => !labels || labels.includes(n.label))
      .sort((a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1));
  }

  async listNodes(filter: NodeFilter): Promise<StoredNode[]> {
    const out: StoredNode[] = [];
    for (const id of this.index.byLabel.get(filter.label) ?? []) {
      const n = this.index.storedNode(id)!;
      if (filter.props && Object.entries(filter.props).some(([k, v]) => n.props[k] !== v)) continue;
      if (!dateInRange(n.props.date as string | null, filter.dateFrom, filter.dateTo)) continue;
      out.push(n);
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async relationshipsOf(nodeIds: string[], types: RelationshipType[], direction: 'out' | 'in' | 'both'): Promise<StoredRelationship[]> {
    const ids = new Set<string>();
    for (const n of nodeIds) {
      for (const type of types) {
        if (direction !== 'in') for (const r of this.index.outgoing.get(n)?.get(type) ?? []) ids.add(r);
        if (direction !== 'out') for (const r of this.index.incoming.get(n)?.get(type) ?? []) ids.add(r);
      }
    }
    return [...ids].sort().map((id) => this.index.storedRelationship(id)!);
  }

  async evidenceFor(factIds: string[]): Promise<Evidence[]> {
    return factIds.flatMap((id) => this.index.evidence.get(id) ?? []);
  }

  async search(text: string, limit: number): Promise<StoredNode[]> {
    const q = normalizeName(text);
    if (!q) return [];
    const candidates: StoredNode[] = [];
    for (const [name, ids] of this.index.byName) if (nameScore(q, name) > 0) for (const id of ids) candidates.push(this.index.storedNode(id)!);
    const words = searchWords(text);
    let hits = new Set(this.index.bySentenceWord.get(words[0]!) ?? []);
    for (const w of words.slice(1)) hits = new Set([...hits].filter((id) => this.index.bySentenceWord.get(w)?.has(id)));
    // The words must meet in one sentence, as in every adapter.
    hits = new Set([...hits].filter((id) => (this.index.evidence.get(id) ?? []).some((e) => sentenceMatches(words, e.sentence))));
    for (const id of hits) if (this.index.nodes.has(id)) candidates.push(this.index.storedNode(id)!);
    return rankSearch(text, candidates, limit, hits);
  }

  async shortestPath(fromIds: string[], toIds: string[], maxHops: number): Promise<PathResult | null> {
    // Distances to the targets first, then a greedy walk that always takes the smallest id:
    // that is the lexicographically smallest of the shortest paths, as path-choice.ts defines.
    const dist = new Map<string, number>();
    let frontier = [...new Set(toIds)].filter((id) => this.index.nodes.has(id));
    for (const t of frontier) dist.set(t, 0);
    for (let d = 1; d <= maxHops && frontier.length; d++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const { other } of this.neighbours(node)) {
          if (dist.has(other)) continue;
          dist.set(other, d);
          next.push(other);
        }
      }
      frontier = next;
    }
    const starts = [...new Set(fromIds)].filter((id) => dist.has(id)).sort((a, b) => dist.get(a)! - dist.get(b)! || (a < b ? -1 : 1));
    if (!starts.length) return null;
    const nodeIds = [starts[0]!];
    const relationshipIds: string[] = [];
    let current = starts[0]!;
    while (dist.get(current)! > 0) {
      const want = dist.get(current)! - 1;
      let best: { other: string; rel: string } | null = null;
      for (const step of this.neighbours(current)) {
        if (dist.get(step.other) !== want) continue;
        if (!best || step.other < best.other || (step.other === best.other && step.rel < best.rel)) best = step;
      }
      nodeIds.push(best!.other);
      relationshipIds.push(best!.rel);
      current = best!.other;
    }
    return { nodeIds, relationshipIds };
  }

  private *neighbours(node: string): Generator<{ other: string; rel: string }> {
    for (const byType of [this.index.outgoing.get(node), this.index.incoming.get(node)]) {
      for (const [type, relIds] of byType ?? []) {
        if (PROVENANCE_TYPES.includes(type)) continue;
        for (const relId of relIds) {
          const r = this.index.relationships.get(relId)!.value;
          yield { other: r.from === node ? r.to : r.from, rel: relId };
        }
      }
    }
  }

  private assertOpen(): void {
    if (!this.opened) throw new StoreError('embedded', 'store is not open; call init() first');
  }

  private acquireLock(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.lockPath, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const pid = Number(readFileSync(this.lockPath, 'utf8'));
        if (pid && isAlive(pid)) {
          throw new StoreError(
            'embedded',
            `DATA_DIR ${this.options.dataDir} is in use by process ${pid}; stop it, ingest through the running server's ingestArticle mutation, or use another DATA_DIR`,
          );
        }
        unlinkSync(this.lockPath); // left by a process that died: take it over
      }
    }
  }

  private releaseLock(): void {
    try {
      unlinkSync(this.lockPath);
    } catch {
      /* already gone */
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
