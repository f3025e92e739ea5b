import { normalizeName } from '../../domain/names';
import type { ArticleGraph, Evidence, GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '../../domain/ontology';
import { compareEvidence, type StoredArticle, type StoredNode, type StoredRelationship } from '../graph-store';
import { mergeNodes, mergeRelationships } from '../merge';
import { searchWords } from '../search-rank';

/**
 * The merged graph in memory, kept as per-article contributions plus indexes.
 * Replacing or removing an article recomputes only the facts it touched, from
 * the contributions that remain, folded in ingest order like every adapter does.
 */
interface Merged<T> {
  value: T;
  contributors: Map<string, T>;
  /** The supporting article ids, sorted; computed on first read after a change. */
  sortedIds?: string[];
}

export class GraphIndex {
  readonly articles = new Map<string, ArticleGraph>();
  readonly nodes = new Map<string, Merged<GraphNode>>();
  readonly relationships = new Map<string, Merged<GraphRelationship>>();
  readonly evidence = new Map<string, Evidence[]>();
  /** Relationship ids by node and type, each way: hubs have thousands, so lookups go by type. */
  readonly outgoing = new Map<string, Map<RelationshipType, Set<string>>>();
  readonly incoming = new Map<string, Map<RelationshipType, Set<string>>>();
  readonly byLabel = new Map<NodeLabel, Set<string>>();
  readonly byName = new Map<string, Set<string>>();
  /** Words of the evidence sentences of each node, for search. */
  readonly bySentenceWord = new Map<string, Set<string>>();
  private evidenceCount = 0;

  put(graph: ArticleGraph): void {
    if (this.articles.has(graph.article.id)) this.remove(graph.article.id);
    this.articles.set(graph.article.id, graph);
    const articleId = graph.article.id;
    for (const n of graph.nodes) {
      const known = this.nodes.get(n.id);
      const m: Merged<GraphNode> = known ?? { value: n, contributors: new Map() };
      this.unindexNode(m.value, !!known);
      m.contributors.set(articleId, n);
      m.sortedIds = undefined;
      // Adding folds onto the merged value (the fold is associative); only removal recomputes.
      m.value = known ? mergeNodes([m.value, n]) : mergeNodes([n]);
      this.nodes.set(n.id, m);
      this.indexNode(m.value);
    }
    for (const r of graph.relationships) {
      const known = this.relationships.get(r.id);
      const m: Merged<GraphRelationship> = known ?? { value: r, contributors: new Map() };
      m.contributors.set(articleId, r);
      m.sortedIds = undefined;
      m.value = known ? mergeRelationships([m.value, r]) : mergeRelationships([r]);
      if (!this.relationships.has(r.id)) {
        addTyped(this.outgoing, r.from, r.type, r.id);
        addTyped(this.incoming, r.to, r.type, r.id);
      }
      this.relationships.set(r.id, m);
    }
    for (const e of graph.evidence) {
      const list = this.evidence.get(e.factId) ?? [];
      list.splice(insertionPoint(list, e), 0, e);
      this.evidence.set(e.factId, list);
      this.evidenceCount++;
      if (this.nodes.has(e.factId)) for (const w of searchWords(e.sentence)) addTo(this.bySentenceWord, w, e.factId);
    }
  }

  remove(articleId: string): void {
    const graph = this.articles.get(articleId);
    if (!graph) return;
    this.articles.delete(articleId);
    for (const e of graph.evidence) {
      const list = (this.evidence.get(e.factId) ?? []).filter((x) => x.articleId !== articleId);
      this.evidenceCount -= (this.evidence.get(e.factId)?.length ?? 0) - list.length;
      if (list.length) this.evidence.set(e.factId, list);
      else this.evidence.delete(e.factId);
      // A word stays indexed for a node while any of its remaining sentences has it.
      const remaining = new Set(list.flatMap((x) => searchWords(x.sentence)));
      for (const w of searchWords(e.sentence)) if (!remaining.has(w)) this.bySentenceWord.get(w)?.delete(e.factId);
    }
    for (const r of graph.relationships) {
      const m = this.relationships.get(r.id);
      if (!m) continue;
      m.contributors.delete(articleId);
      m.sortedIds = undefined;
      if (m.contributors.size) m.value = mergeRelationships(sortedValues(m.contributors));
      else {
        this.relationships.delete(r.id);
        this.outgoing.get(r.from)?.get(r.type)?.delete(r.id);
        this.incoming.get(r.to)?.get(r.type)?.delete(r.id);
      }
    }
    for (const n of graph.nodes) {
      const m = this.nodes.get(n.id);
      if (!m) continue;
      this.unindexNode(m.value, true);
      m.contributors.delete(articleId);
      m.sortedIds = undefined;
      if (m.contributors.size) {
        m.value = mergeNodes(sortedValues(m.contributors));
        this.indexNode(m.value);
      } else {
        this.nodes.delete(n.id);
        this.outgoing.delete(n.id);
        this.incoming.delete(n.id);
      }
    }
  }

  storedNode(id: string): StoredNode | undefined {
    const m = this.nodes.get(id);
    return m && { ...m.value, articleIds: sortedIds(m) };
  }

  storedRelationship(id: string): StoredRelationship | undefined {
    const m = this.relationships.get(id);
    return m && { ...m.value, articleIds: sortedIds(m) };
  }

  storedArticle(id: string): StoredArticle | undefined {
    const a = this.articles.get(id)?.article;
    return a && { id: a.id, title: a.title, source: a.source, url: a.url, publishedAt: a.publishedAt, contentHash: a.contentHash, text: a.text };
  }

  get evidenceTotal(): number {
    return this.evidenceCount;
  }

  private indexNode(n: GraphNode): void {
    addTo(this.byLabel, n.label, n.id);
    for (const name of [n.name, ...n.aliases]) addTo(this.byName, normalizeName(name), n.id);
  }

  private unindexNode(n: GraphNode, present: boolean): void {
    if (!present) return;
    this.byLabel.get(n.label)?.delete(n.id);
    for (const name of [n.name, ...n.aliases]) this.byName.get(normalizeName(name))?.delete(n.id);
  }
}

/** Contributions in ingest order (a replaced article counts as ingested last), as every adapter merges them. */
function sortedValues<T>(m: Map<string, T>): T[] {
  return [...m.values()];
}

function sortedIds<T>(m: Merged<T>): string[] {
  return (m.sortedIds ??= [...m.contributors.keys()].sort());
}

/** Where `e` goes in a list kept in evidence order (binary search: lists of hubs grow long). */
function insertionPoint(list: Evidence[], e: Evidence): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareEvidence(list[mid]!, e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function addTyped(map: Map<string, Map<RelationshipType, Set<string>>>, node: string, type: RelationshipType, relId: string): void {
  let byType = map.get(node);
  if (!byType) map.set(node, (byType = new Map()));
  let set = byType.get(type);
  if (!set) byType.set(type, (set = new Set()));
  set.add(relId);
}

function addTo<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
