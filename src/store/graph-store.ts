import type { ArticleGraph, Evidence, GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '../domain/ontology';

/**
 * The port every store adapter implements. It is deliberately small: writes are
 * one atomic upsert per article, reads are primitives (nodes, relationships,
 * evidence, name lookup, search, path). The queries analysts ask are composed
 * from these once, in graph-queries.ts, so adapters cannot drift apart.
 */

/** A merged node: the union of what every supporting article said about it. */
export interface StoredNode extends GraphNode {
  /** Distinct articles that support this node. */
  articleIds: string[];
}

export interface StoredRelationship extends GraphRelationship {
  articleIds: string[];
}

export interface StoredArticle {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  contentHash: string;
  text: string;
}

export interface StoreCounts {
  articles: number;
  nodes: number;
  relationships: number;
  evidence: number;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface NodeFilter {
  label: NodeLabel;
  /** Exact match on a scalar property, e.g. { type: 'REJECT' }. */
  props?: Record<string, string>;
  /** Inclusive bounds on the `date` property (ISO at any precision); nodes without a date are left out when set. */
  dateFrom?: string;
  dateTo?: string;
}

export interface PathResult {
  nodeIds: string[];
  relationshipIds: string[];
}

export interface StoreHealth {
  ok: boolean;
  reason?: string;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Opens files or connections, applies schema; idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;
  counts(): Promise<StoreCounts>;

  /** Content hash of a stored article, to skip extraction for unchanged input. */
  articleHash(articleId: string): Promise<string | null>;
  /** Stores everything one article says, atomically: all of it or, on failure, none of it. */
  upsertArticle(graph: ArticleGraph): Promise<UpsertOutcome>;
  /**
   * Optional: several articles in one write (one fsync, one transaction), with
   * the same outcome as upserting them one by one in order. When a batch
   * fails, adapters fall back to single articles so only a bad one fails.
   */
  upsertArticles?(graphs: ArticleGraph[]): Promise<UpsertOutcome[]>;
  /**
   * Removes an article and every fact that no other article supports; facts
   * supported elsewhere keep their other evidence. Atomic; false if unknown.
   */
  deleteArticle(articleId: string): Promise<boolean>;
  /**
   * Optional: a number that changes with every write, for stores that see all
   * writes to their data (the embedded store owns its directory). The API
   * caches answers while it stays the same.
   */
  generation?(): number;

  getNodes(ids: string[]): Promise<StoredNode[]>;
  getRelationships(ids: string[]): Promise<StoredRelationship[]>;
  getArticles(ids: string[]): Promise<StoredArticle[]>;
  /** Ids of the nodes and relationships an article supports (its own contribution). */
  articleFacts(articleId: string): Promise<{ nodeIds: string[]; relationshipIds: string[] } | null>;
  /** Nodes whose name or alias matches `name` after normalizeName, optionally of some labels. */
  findByName(name: string, labels?: NodeLabel[]): Promise<StoredNode[]>;
  listNodes(filter: NodeFilter): Promise<StoredNode[]>;
  /** Relationships touching the nodes, in the given direction (out = node is `from`). */
  relationshipsOf(nodeIds: string[], types: RelationshipType[], direction: 'out' | 'in' | 'both'): Promise<StoredRelationship[]>;
  evidenceFor(factIds: string[]): Promise<Evidence[]>;
  /** Ranked name/alias search across labels. */
  search(text: string, limit: number): Promise<StoredNode[]>;
  /** Shortest path over fact relationships (provenance edges excluded), or null. */
  shortestPath(fromIds: string[], toIds: string[], maxHops: number): Promise<PathResult | null>;
}

export class StoreError extends Error {
  constructor(
    readonly store: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[kg] [${store}] ${message}`, options);
    this.name = 'StoreError';
  }
}

/**
 * An upsert changes nothing only when the article and what was extracted from it are
 * both the same: re-extraction with more context (a full name learned later) may give
 * the same text a better graph, which must replace the stored one.
 */
export function sameArticleGraph(previous: ArticleGraph | undefined, next: ArticleGraph): boolean {
  return !!previous && previous.article.contentHash === next.article.contentHash && JSON.stringify(previous) === JSON.stringify(next);
}

/** Upserts in batches when the store can, one by one otherwise. */
export async function upsertMany(store: GraphStore, graphs: ArticleGraph[]): Promise<UpsertOutcome[]> {
  if (store.upsertArticles) return store.upsertArticles(graphs);
  const out: UpsertOutcome[] = [];
  for (const g of graphs) out.push(await store.upsertArticle(g));
  return out;
}

/** Relationship types that carry provenance, not meaning; paths do not walk them. */
export const PROVENANCE_TYPES: RelationshipType[] = ['MENTIONED_IN', 'SAID'];

/** Checks an ArticleGraph before any store writes it: a bad graph is refused whole. */
export function validateArticleGraph(graph: ArticleGraph): void {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  if (!nodeIds.has(graph.article.id)) throw new Error(`article graph ${graph.article.id} lacks its Article node`);
  const factIds = new Set(nodeIds);
  for (const r of graph.relationships) {
    if (!nodeIds.has(r.from) || !nodeIds.has(r.to)) throw new Error(`relationship ${r.id} (${r.type}) points outside article graph ${graph.article.id}`);
    factIds.add(r.id);
  }
  for (const e of graph.evidence) {
    if (!factIds.has(e.factId)) throw new Error(`evidence for unknown fact ${e.factId} in article graph ${graph.article.id}`);
    if (e.articleId !== graph.article.id) throw new Error(`evidence of article ${e.articleId} inside article graph ${graph.article.id}`);
  }
}

/** Evidence order every adapter returns: by article, then by position in it. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start;
}

/** Inclusive date-range test on ISO dates of any precision: "2022-08" is within 2022-08-01..2022-08-31. */
export function dateInRange(date: string | null | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date > to.slice(0, date.length)) return false;
  return true;
}
