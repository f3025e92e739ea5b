import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeName } from '../../domain/names';
import type { ArticleGraph, Evidence, NodeLabel, RelationshipType } from '../../domain/ontology';
import {
  dateInRange,
  PROVENANCE_TYPES,
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
    this.assertOpen();
    validateArticleGraph(graph);
    const existing = this.index.articles.get(graph.article.id);
    if (existing?.article.contentHash === graph.article.contentHash) return 'unchanged';
    // Durable first, then visible: a crash between the two replays the record at the next open.
    this.journal.append({ op: 'put', graph });
    this.index.put(graph);
    if (existing) this.superseded++;
    return existing ? 'updated' : 'created';
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
      if (direction !== 'in') for (const r of this.index.outgoing.get(n) ?? []) ids.add(r);
      if (direction !== 'out') for (const r of this.index.incoming.get(n) ?? []) ids.add(r);
    }
    const out: StoredRelationship[] = [];
    for (const id of ids) {
      const r = this.index.storedRelationship(id)!;
      if (types.includes(r.type)) out.push(r);
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async evidenceFor(factIds: string[]): Promise<Evidence[]> {
    return factIds.flatMap((id) => this.index.evidence.get(id) ?? []);
  }

  async search(text: string, limit: number): Promise<StoredNode[]> {
    const q = normalizeName(text);
    if (!q) return [];
    const scored: Array<[number, StoredNode]> = [];
    for (const [name, ids] of this.index.byName) {
      const score = name === q ? 4 : name.startsWith(q) ? 3 : ` ${name}`.includes(` ${q}`) ? 2 : name.includes(q) ? 1 : 0;
      if (!score) continue;
      for (const id of ids) scored.push([score, this.index.storedNode(id)!]);
    }
    const best = new Map<string, [number, StoredNode]>();
    for (const [score, n] of scored) if (n.label !== 'Article' && (best.get(n.id)?.[0] ?? 0) < score) best.set(n.id, [score, n]);
    return [...best.values()]
      .sort(([sa, a], [sb, b]) => sb - sa || b.articleIds.length - a.articleIds.length || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map(([, n]) => n);
  }

  async shortestPath(fromIds: string[], toIds: string[], maxHops: number): Promise<PathResult | null> {
    const targets = new Set(toIds);
    const previous = new Map<string, { node: string; rel: string } | null>();
    let frontier = [...new Set(fromIds)].sort();
    for (const f of frontier) previous.set(f, null);
    for (let hop = 0; hop <= maxHops; hop++) {
      const hit = frontier.find((n) => targets.has(n));
      if (hit) return this.unwind(hit, previous);
      if (hop === maxHops) break;
      const next: string[] = [];
      for (const node of frontier) {
        const rels = [...(this.index.outgoing.get(node) ?? []), ...(this.index.incoming.get(node) ?? [])].sort();
        for (const relId of rels) {
          const r = this.index.relationships.get(relId)!.value;
          if (PROVENANCE_TYPES.includes(r.type)) continue;
          const other = r.from === node ? r.to : r.from;
          if (previous.has(other)) continue;
          previous.set(other, { node, rel: relId });
          next.push(other);
        }
      }
      frontier = next;
    }
    return null;
  }

  private unwind(end: string, previous: Map<string, { node: string; rel: string } | null>): PathResult {
    const nodeIds = [end];
    const relationshipIds: string[] = [];
    for (let step = previous.get(end); step; step = previous.get(step.node)) {
      nodeIds.unshift(step.node);
      relationshipIds.unshift(step.rel);
    }
    return { nodeIds, relationshipIds };
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
