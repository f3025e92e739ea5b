import DataLoader from 'dataloader';
import type { Evidence, Props, RelationshipType } from '../domain/ontology';
import type { Ingestor } from '../ingest/ingest';
import type { GraphStore, StoredArticle, StoredNode, StoredRelationship } from '../store/graph-store';
import { groupBy, GraphQueries } from '../store/graph-queries';

/**
 * A node as the API serves it: the stored node with its flat properties lifted
 * onto it (so `date`, `type`, `summary` are plain fields) and its corroboration.
 */
export type NodeView = StoredNode & Props & { articleCount: number };

export function view(node: StoredNode): NodeView {
  return { ...node.props, ...node, articleCount: node.articleIds.length } as NodeView;
}

export interface Loaders {
  node: DataLoader<string, NodeView | null>;
  article: DataLoader<string, StoredArticle | null>;
  evidence: DataLoader<string, Evidence[]>;
  related(type: RelationshipType, direction: 'out' | 'in'): DataLoader<string, StoredRelationship[]>;
}

/** Per-request loaders: a page of 50 meetings costs one store call per field, not one per meeting. */
export function createLoaders(store: GraphStore): Loaders {
  const related = new Map<string, DataLoader<string, StoredRelationship[]>>();
  return {
    node: new DataLoader(async (ids) => {
      const found = new Map((await store.getNodes([...ids])).map((n) => [n.id, view(n)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    article: new DataLoader(async (ids) => {
      const found = new Map((await store.getArticles([...ids])).map((a) => [a.id, a]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    evidence: new DataLoader(async (ids) => {
      const byFact = groupBy(await store.evidenceFor([...ids]), (e) => e.factId);
      return ids.map((id) => byFact.get(id) ?? []);
    }),
    related(type, direction) {
      const key = `${type}|${direction}`;
      let loader = related.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rels = await store.relationshipsOf([...ids], [type], direction);
          const grouped = groupBy(rels, (r) => (direction === 'out' ? r.from : r.to));
          return ids.map((id) => grouped.get(id) ?? []);
        });
        related.set(key, loader);
      }
      return loader;
    },
  };
}

export interface ApiContext {
  store: GraphStore;
  queries: GraphQueries;
  loaders: Loaders;
  ingestor: Ingestor;
  /** The server's API_KEY (null: mutations disabled) and the key the request sent. */
  apiKey: string | null;
  requestApiKey: string | null;
}

export function createContext(base: Omit<ApiContext, 'loaders' | 'queries' | 'requestApiKey'>, requestApiKey: string | null): ApiContext {
  return { ...base, queries: new GraphQueries(base.store), loaders: createLoaders(base.store), requestApiKey };
}

/** Nodes at the other end of `type` relationships, through the request's loaders. */
export async function neighbours(ctx: ApiContext, id: string, type: RelationshipType, direction: 'out' | 'in'): Promise<NodeView[]> {
  const rels = await ctx.loaders.related(type, direction).load(id);
  const nodes = await ctx.loaders.node.loadMany(rels.map((r) => (direction === 'out' ? r.to : r.from)));
  return nodes.filter((n): n is NodeView => !!n && !(n instanceof Error)).sort((a, b) => a.name.localeCompare(b.name));
}
