import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { normalizeName } from '../../domain/names';
import { RELATIONSHIP_TYPES, type ArticleGraph, type Evidence, type GraphNode, type GraphRelationship, type NodeLabel, type RelationshipType } from '../../domain/ontology';
import {
  compareEvidence,
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
import { mergeNodes, mergeRelationships } from '../merge';
import { choosePath } from '../path-choice';
import { rankSearch, searchWords, sentenceMatches } from '../search-rank';
import { cypher, MAX_PATH_HOPS, shortestPathQueries } from './neo4j-cypher';
import { fromNodeProps, fromRelProps, nameKeys, storedNode, storedRelationship, toEvidence, toNodeProps, toRelProps } from './neo4j-mapping';
import { applySchema } from './neo4j-schema';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  /** Database name; Community has one user database, `neo4j`. */
  database?: string;
}

/** The store cannot be reached; the API reports it as STORE_UNAVAILABLE and recovers when it is back. */
export class StoreUnavailableError extends StoreError {
  readonly code = 'STORE_UNAVAILABLE';
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

type Tx = ManagedTransaction;
type Row = Record<string, unknown>;

/**
 * GraphStore on Neo4j through neo4j-driver: parameterized Cypher only, one
 * managed write transaction per article (retried by the driver on transient
 * errors), reads in read transactions. Each article's graph is kept on its
 * Article node, so replacing an article can recompute exactly what it touched.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database: string;

  constructor(private readonly options: Neo4jStoreOptions) {
    this.database = options.database ?? 'neo4j';
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: 32,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: true,
    });
  }

  async init(): Promise<void> {
    await this.guard(() => applySchema(this.driver, this.database));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.read((tx) => tx.run(cypher.ping));
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: (err as Error).message };
    }
  }

  async counts(): Promise<StoreCounts> {
    const [r] = await this.read((tx) => tx.run(cypher.counts));
    return { articles: Number(r!.articles), nodes: Number(r!.nodes), relationships: Number(r!.relationships), evidence: Number(r!.evidence) };
  }

  async articleHash(articleId: string): Promise<string | null> {
    const [r] = await this.read((tx) => tx.run(cypher.articleHash, { id: articleId }));
    return (r?.hash as string | undefined) ?? null;
  }

  async upsertArticle(graph: ArticleGraph): Promise<UpsertOutcome> {
    return (await this.upsertArticles([graph]))[0]!;
  }

  /**
   * Articles in one transaction, merged in order. If the batch fails for a
   * reason other than the store being down, each article is retried alone so
   * that only the bad one fails, with its id in the error.
   */
  async upsertArticles(graphs: ArticleGraph[]): Promise<UpsertOutcome[]> {
    graphs.forEach(validateArticleGraph);
    const outcomes: UpsertOutcome[] = [];
    // An article id seen twice starts a new batch, so each batch holds one version of an article.
    let batch: ArticleGraph[] = [];
    const flush = async () => {
      if (batch.length) outcomes.push(...(await this.writeBatch(batch)));
      batch = [];
    };
    for (const g of graphs) {
      if (batch.some((b) => b.article.id === g.article.id)) await flush();
      batch.push(g);
    }
    await flush();
    return outcomes;
  }

  private async writeBatch(graphs: ArticleGraph[]): Promise<UpsertOutcome[]> {
    try {
      return await this.write((tx) => this.upsertInTx(tx, graphs));
    } catch (err) {
      if (err instanceof StoreUnavailableError || graphs.length === 1) {
        if (graphs.length === 1 && !(err instanceof StoreError)) {
          throw new StoreError('neo4j', `article ${graphs[0]!.article.id} ("${graphs[0]!.article.title}") was not stored: ${(err as Error).message.split('\n')[0]}`, { cause: err });
        }
        throw err;
      }
      const outcomes: UpsertOutcome[] = [];
      for (const g of graphs) outcomes.push(...(await this.writeBatch([g])));
      return outcomes;
    }
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    return this.write(async (tx) => {
      const record = (await rows(tx, cypher.articleRecords, { ids: [articleId] }))[0];
      if (!record) return false;
      await this.removeArticle(tx, articleId, JSON.parse(record.graph as string) as ArticleGraph);
      return true;
    });
  }

  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.guard(async () => {
      const session = this.driver.session({ database: this.database });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    });
  }

  private async upsertInTx(tx: Tx, graphs: ArticleGraph[]): Promise<UpsertOutcome[]> {
    const records = new Map((await rows(tx, cypher.articleRecords, { ids: graphs.map((g) => g.article.id) })).map((r) => [r.id as string, r]));
    const outcomes: UpsertOutcome[] = [];
    const added: ArticleGraph[] = [];
    for (const g of graphs) {
      const existing = records.get(g.article.id);
      if (existing?.hash === g.article.contentHash && sameArticleGraph(JSON.parse(existing.graph as string) as ArticleGraph, g)) {
        outcomes.push('unchanged');
        continue;
      }
      if (existing) await this.removeArticle(tx, g.article.id, JSON.parse(existing.graph as string) as ArticleGraph);
      outcomes.push(existing ? 'updated' : 'created');
      added.push(g);
    }
    if (added.length) await this.addArticles(tx, added);
    return outcomes;
  }

  /** Merges new articles' facts into what is stored, in order (the merge fold is associative). */
  private async addArticles(tx: Tx, graphs: ArticleGraph[]): Promise<void> {
    const nodeIds = [...new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id)))];
    const relIds = graphs.flatMap((g) => g.relationships);
    const nodes = new Map<string, { merged: GraphNode; supporters: string[]; namesBefore: string[] }>();
    for (const r of await rows(tx, cypher.existingNodes, { ids: nodeIds })) {
      const v = fromNodeProps(r.p as Row);
      nodes.set(v.node.id, { merged: v.node, supporters: v.articleIds, namesBefore: nameKeys(v.node) });
    }
    const rels = new Map<string, { merged: GraphRelationship; supporters: string[]; exists: boolean }>();
    for (const r of await rows(tx, cypher.relationshipsByTypedId, { byType: idsByType(relIds) })) {
      const v = fromRelProps(r.p as Row, r.type as string, r.from as string, r.to as string);
      rels.set(v.rel.id, { merged: v.rel, supporters: v.articleIds, exists: true });
    }
    const touchedNodes = new Set<string>();
    const touchedRels = new Set<string>();
    // What each fact was when read, to tell a fact that only gains a supporter from one that changes.
    const storedNodes = new Map([...nodes].map(([id, v]) => [id, JSON.stringify(v.merged)]));
    const storedRels = new Map([...rels].map(([id, v]) => [id, JSON.stringify(v.merged)]));
    for (const g of graphs) {
      const articleId = g.article.id;
      for (const n of g.nodes) {
        const prior = nodes.get(n.id);
        nodes.set(n.id, {
          merged: prior ? mergeNodes([prior.merged, n]) : mergeNodes([n]),
          supporters: withSupporter(prior?.supporters, articleId),
          namesBefore: prior?.namesBefore ?? [],
        });
        touchedNodes.add(n.id);
      }
      for (const r of g.relationships) {
        const prior = rels.get(r.id);
        rels.set(r.id, {
          merged: prior ? mergeRelationships([prior.merged, r]) : mergeRelationships([r]),
          supporters: withSupporter(prior?.supporters, articleId),
          exists: prior?.exists ?? false,
        });
        touchedRels.add(r.id);
      }
    }
    const articleNodes = new Set(graphs.map((g) => g.article.id));
    const articles = new Map(graphs.map((g) => [g.article.id, g]));
    await this.writeFacts(
      tx,
      [...touchedNodes].map((id) => {
        const v = nodes.get(id)!;
        return { ...v, unchanged: !articleNodes.has(id) && storedNodes.get(id) === JSON.stringify(v.merged) };
      }),
      [...touchedRels].map((id) => {
        const v = rels.get(id)!;
        return { ...v, unchanged: storedRels.get(id) === JSON.stringify(v.merged) };
      }),
      (id) => {
        const g = articles.get(id);
        return g ? { articleText: g.article.text, contentHash: g.article.contentHash, articleGraph: JSON.stringify(g) } : {};
      },
    );
    await tx.run(cypher.writeEvidence, { evidence: graphs.flatMap((g) => g.evidence.map((e) => ({ ...e, searchText: searchWords(e.sentence).join(' ') }))) });
  }

  /** Takes an article out: facts only it supported go, the others are recomputed from their remaining supporters. */
  private async removeArticle(tx: Tx, articleId: string, old: ArticleGraph): Promise<void> {
    const current = new Map(
      (await rows(tx, cypher.existingNodes, { ids: old.nodes.map((n) => n.id) })).map((r) => {
        const v = fromNodeProps(r.p as Row);
        return [v.node.id, v] as const;
      }),
    );
    const currentRels = new Map(
      (await rows(tx, cypher.relationshipsByTypedId, { byType: idsByType(old.relationships) })).map((r) => {
        const v = fromRelProps(r.p as Row, r.type as string, r.from as string, r.to as string);
        return [v.rel.id, v] as const;
      }),
    );
    const remaining = (ids: string[]) => ids.filter((a) => a !== articleId);
    const goneRels = old.relationships.filter((r) => !remaining(currentRels.get(r.id)?.articleIds ?? []).length);
    const goneNodes = old.nodes.filter((n) => !remaining(current.get(n.id)?.articleIds ?? []).length);
    const keptNodes = old.nodes.filter((n) => remaining(current.get(n.id)?.articleIds ?? []).length);
    const keptRels = old.relationships.filter((r) => remaining(currentRels.get(r.id)?.articleIds ?? []).length);
    await tx.run(cypher.deleteEvidence, { id: articleId });
    await tx.run(cypher.deleteRelationships, { rels: goneRels.map((r) => ({ id: r.id, from: r.from, to: r.to })) });
    await tx.run(cypher.deleteNodes, { ids: goneNodes.map((n) => n.id) });
    if (keptNodes.length || keptRels.length) {
      const supporterIds = new Set([...keptNodes.flatMap((n) => current.get(n.id)!.articleIds), ...keptRels.flatMap((r) => currentRels.get(r.id)!.articleIds)]);
      supporterIds.delete(articleId);
      const graphs = new Map(
        (await rows(tx, cypher.articleGraphs, { ids: [...supporterIds] })).map((r) => [r.id as string, JSON.parse(r.graph as string) as ArticleGraph]),
      );
      const contribution = <T extends { id: string }>(aid: string, pick: (g: ArticleGraph) => T[], id: string) => pick(graphs.get(aid)!).find((x) => x.id === id)!;
      const nodes = keptNodes.map((n) => {
        const supporters = remaining(current.get(n.id)!.articleIds);
        return { merged: mergeNodes(supporters.map((a) => contribution(a, (g) => g.nodes, n.id))), supporters };
      });
      const rels = keptRels.map((r) => {
        const supporters = remaining(currentRels.get(r.id)!.articleIds);
        return { merged: mergeRelationships(supporters.map((a) => contribution(a, (g) => g.relationships, r.id))), supporters, exists: true };
      });
      await tx.run(cypher.clearNames, { ids: nodes.map((n) => n.merged.id) });
      await this.writeFacts(tx, nodes.map((n) => ({ ...n, namesBefore: [] })), rels, () => ({}));
    }
    await tx.run(cypher.deleteOrphanNames);
  }

  private async writeFacts(
    tx: Tx,
    allNodes: Array<{ merged: GraphNode; supporters: string[]; namesBefore: string[]; unchanged?: boolean }>,
    allRels: Array<{ merged: GraphRelationship; supporters: string[]; exists: boolean; unchanged?: boolean }>,
    extra: (id: string) => Record<string, unknown>,
  ): Promise<void> {
    // Facts that only gained a supporter get that one property set; the rest are written whole.
    const supportOnly = allNodes.filter((n) => n.unchanged);
    if (supportOnly.length) await tx.run(cypher.setNodeSupporters, { rows: supportOnly.map((n) => ({ id: n.merged.id, articleIds: n.supporters })) });
    // Only relationships read from the store can be unchanged, so these all exist.
    const relSupportOnly = allRels.filter((r) => r.unchanged);
    if (relSupportOnly.length) {
      const rows = relSupportOnly.map((r) => ({ id: r.merged.id, type: r.merged.type, articleIds: r.supporters }));
      await tx.run(cypher.setRelationshipSupporters, { byType: groupByType(rows) });
    }
    const nodes = allNodes.filter((n) => !n.unchanged);
    const rels = allRels.filter((r) => !r.unchanged);
    if (nodes.length) await tx.run(cypher.writeNodes, { nodes: nodes.map(({ merged, supporters }) => ({ id: merged.id, label: merged.label, props: toNodeProps(merged, supporters, extra(merged.id)) })) });
    // Only names a node did not have yet need a NameKey link.
    const names = nodes
      .map(({ merged, namesBefore }) => ({ id: merged.id, keys: nameKeys(merged).filter((k) => !namesBefore.includes(k)) }))
      .filter((n) => n.keys.length);
    if (names.length) await tx.run(cypher.writeNames, { names });
    const rows_ = rels.map(({ merged, supporters, exists }) => ({ exists, row: { id: merged.id, type: merged.type, from: merged.from, to: merged.to, props: toRelProps(merged, supporters) } }));
    const created = rows_.filter((r) => !r.exists).map((r) => r.row);
    if (created.length) await tx.run(cypher.createRelationships, { rels: created });
    const updated = rows_.filter((r) => r.exists).map((r) => r.row);
    if (updated.length) await tx.run(cypher.updateRelationships, { byType: groupByType(updated) });
  }

  async getNodes(ids: string[]): Promise<StoredNode[]> {
    if (!ids.length) return [];
    const found = new Map((await this.read((tx) => tx.run(cypher.nodesById, { ids }))).map((r) => [(r.p as Row).id as string, storedNode(r.p as Row)]));
    return ids.map((id) => found.get(id)).filter((n): n is StoredNode => !!n);
  }

  async getRelationships(ids: string[]): Promise<StoredRelationship[]> {
    if (!ids.length) return [];
    const found = new Map((await this.read((tx) => tx.run(cypher.relationshipsById, { ids }))).map((r) => [(r.p as Row).id as string, toStoredRel(r)]));
    return ids.map((id) => found.get(id)).filter((r): r is StoredRelationship => !!r);
  }

  async getArticles(ids: string[]): Promise<StoredArticle[]> {
    if (!ids.length) return [];
    const found = new Map(
      (await this.read((tx) => tx.run(cypher.articles, { ids }))).map((r) => {
        const p = r.p as Row;
        return [
          p.id as string,
          {
            id: p.id as string,
            title: p.p_title as string,
            source: (p.p_source as string | undefined) ?? null,
            url: (p.p_url as string | undefined) ?? null,
            publishedAt: (p.p_publishedAt as string | undefined) ?? null,
            contentHash: p.contentHash as string,
            text: p.articleText as string,
          },
        ] as const;
      }),
    );
    return ids.map((id) => found.get(id)).filter((a): a is StoredArticle => !!a);
  }

  async articleFacts(articleId: string): Promise<{ nodeIds: string[]; relationshipIds: string[] } | null> {
    const [r] = await this.read((tx) => tx.run(cypher.articleRecords, { ids: [articleId] }));
    if (!r) return null;
    const g = JSON.parse(r.graph as string) as ArticleGraph;
    return { nodeIds: g.nodes.map((n) => n.id), relationshipIds: g.relationships.map((x) => x.id) };
  }

  async findByName(name: string, labels?: NodeLabel[]): Promise<StoredNode[]> {
    const key = normalizeName(name);
    if (!key) return [];
    return (await this.read((tx) => tx.run(cypher.findByName, { key })))
      .map((r) => storedNode(r.p as Row))
      .filter((n) => !labels || labels.includes(n.label))
      .sort((a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1));
  }

  async listNodes(filter: NodeFilter): Promise<StoredNode[]> {
    const records = await this.read((tx) =>
      tx.run(cypher.listNodes, { label: filter.label, props: filter.props ?? {}, from: filter.dateFrom ?? null, to: filter.dateTo ?? null }),
    );
    return records.map((r) => storedNode(r.p as Row));
  }

  async relationshipsOf(nodeIds: string[], types: RelationshipType[], direction: 'out' | 'in' | 'both'): Promise<StoredRelationship[]> {
    if (!nodeIds.length || !types.length) return [];
    const out = new Map<string, StoredRelationship>();
    for (const query of direction === 'both' ? [cypher.relationshipsOut, cypher.relationshipsIn] : [direction === 'out' ? cypher.relationshipsOut : cypher.relationshipsIn]) {
      for (const r of await this.read((tx) => tx.run(query, { ids: nodeIds, types }))) {
        const rel = toStoredRel(r);
        out.set(rel.id, rel);
      }
    }
    return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async evidenceFor(factIds: string[]): Promise<Evidence[]> {
    if (!factIds.length) return [];
    const byFact = new Map<string, Evidence[]>();
    for (const r of await this.read((tx) => tx.run(cypher.evidence, { ids: factIds }))) {
      const e = toEvidence(r.p as Row);
      byFact.set(e.factId, [...(byFact.get(e.factId) ?? []), e]);
    }
    return factIds.flatMap((id) => (byFact.get(id) ?? []).sort(compareEvidence));
  }

  async search(text: string, limit: number): Promise<StoredNode[]> {
    const tokens = normalizeName(text).split(' ').filter(Boolean);
    if (!tokens.length) return [];
    // Every token as a word prefix: a superset of what the shared ranking accepts, re-ranked below.
    const query = tokens.map((t) => `${t.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`).join(' AND ');
    const candidates = (await this.read((tx) => tx.run(cypher.search, { query, limit: neo4j.int(5000) }))).map((r) => storedNode(r.p as Row));
    // Sentences: the full-text index finds candidates, the shared word rule decides.
    const words = searchWords(text);
    const sentenceQuery = words.map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')).join(' AND ');
    const sentenceRows = await this.read((tx) => tx.run(cypher.searchEvidence, { query: sentenceQuery, limit: neo4j.int(5000) }));
    const hits = new Set(sentenceRows.filter((r) => sentenceMatches(words, r.sentence as string)).map((r) => r.factId as string));
    const known = new Set(candidates.map((c) => c.id));
    candidates.push(...(await this.getNodes([...hits].filter((id) => !known.has(id)))));
    return rankSearch(text, candidates, limit, hits);
  }

  async shortestPath(fromIds: string[], toIds: string[], maxHops: number): Promise<PathResult | null> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new StoreError('neo4j', `maxHops must be 1..${MAX_PATH_HOPS}`);
    const existing = new Set((await this.getNodes([...new Set([...fromIds, ...toIds])])).map((n) => n.id));
    const same = fromIds.filter((id) => toIds.includes(id) && existing.has(id)).sort();
    if (same.length) return { nodeIds: [same[0]!], relationshipIds: [] };
    const records = await this.read((tx) => tx.run(shortestPathQueries[maxHops]!, { from: fromIds, to: toIds }));
    return choosePath(records.map((r) => ({ nodeIds: r.nodeIds as string[], relationshipIds: r.relIds as string[] })));
  }

  private async read(work: (tx: Tx) => ReturnType<Tx['run']>): Promise<Row[]> {
    return this.guard(async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => work(tx));
        return result.records.map((r) => r.toObject() as Row);
      } finally {
        await session.close();
      }
    });
  }

  /** Turns connection failures into StoreUnavailableError with the reason, everything else into StoreError. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      if (err instanceof Neo4jError && (UNAVAILABLE.has(err.code) || /connect|ECONNREFUSED|closed/i.test(err.message))) {
        throw new StoreUnavailableError('neo4j', `Neo4j at ${this.options.uri} is unavailable: ${err.message.split('\n')[0]}`, { cause: err });
      }
      throw err;
    }
  }
}

async function rows(tx: Tx, query: string, params: Record<string, unknown>): Promise<Row[]> {
  return (await tx.run(query, params)).records.map((r) => r.toObject() as Row);
}

/** Rows under every relationship type, so each per-type subquery gets its parameter (empty when none). */
function groupByType<T extends { type: string }>(rows: T[]): Record<string, T[]> {
  const byType: Record<string, T[]> = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, []]));
  for (const r of rows) byType[r.type]!.push(r);
  return byType;
}

/** The supporters of a fact after `articleId` states it (again): that article last, once. */
function withSupporter(prior: string[] | undefined, articleId: string): string[] {
  if (!prior) return [articleId];
  return prior.includes(articleId) ? prior.filter((a) => a !== articleId).concat(articleId) : prior.concat(articleId);
}

function idsByType(rels: GraphRelationship[]): Record<string, string[]> {
  const byType: Record<string, string[]> = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, []]));
  const seen = new Set<string>();
  for (const r of rels) if (!seen.has(r.id)) (seen.add(r.id), byType[r.type]!.push(r.id));
  return byType;
}

function toStoredRel(r: Row): StoredRelationship {
  return storedRelationship(r.p as Row, r.type as string, r.from as string, r.to as string);
}
