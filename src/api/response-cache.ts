import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { GraphStore } from '../store/graph-store';
import type { ApiContext } from './context';

/**
 * Answers a repeated query from memory while the graph has not changed, at
 * the HTTP layer (the stored answer is the serialized JSON, sent as is).
 * Only for a store that sees every write it holds (`generation()`: the
 * embedded store, whose data one process owns): any ingest or delete changes
 * the generation and drops every stored answer, so answers are never stale.
 * Queries only; mutations and answers with errors are never kept.
 */
export class ResponseCache {
  private readonly entries = new Map<string, string>();
  private generation: number;

  constructor(
    private readonly generationOf: () => number,
    private readonly maxEntries = 2000,
    private readonly maxBytes = 512 * 1024,
  ) {
    this.generation = generationOf();
  }

  static for(store: GraphStore): ResponseCache | null {
    return store.generation ? new ResponseCache(() => store.generation!()) : null;
  }

  static key(query: string, operationName: unknown, variables: unknown): string {
    return createHash('sha1').update(JSON.stringify([query, operationName ?? null, variables ?? {}])).digest('base64');
  }

  get(key: string): string | undefined {
    this.sync();
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // The map's order is the eviction order: a hit moves to the back.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, json: string, generation: number): void {
    this.sync();
    if (generation !== this.generation || json.length > this.maxBytes) return;
    this.entries.set(key, json);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  currentGeneration(): number {
    return this.generationOf();
  }

  private sync(): void {
    const now = this.generationOf();
    if (now !== this.generation) {
      this.entries.clear();
      this.generation = now;
    }
  }

  /** Express middleware before Apollo: a stored answer is sent without running the query. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
      if (req.method !== 'POST' || typeof body?.query !== 'string') return next();
      const hit = this.get(ResponseCache.key(body.query, body.operationName, body.variables));
      if (hit === undefined) return next();
      res.status(200).type('application/json').send(hit);
    };
  }

  /** Apollo plugin that stores successful query answers. */
  plugin(): ApolloServerPlugin<ApiContext> {
    return {
      requestDidStart: async ({ request }) => {
        // The generation the answer is computed against: a write during execution makes it unstorable.
        const generation = this.currentGeneration();
        return {
          willSendResponse: async ({ response, operation }) => {
            if (operation?.operation !== 'query' || !request.query || response.body.kind !== 'single' || response.body.singleResult.errors) return;
            this.set(ResponseCache.key(request.query, request.operationName, request.variables), JSON.stringify(response.body.singleResult), generation);
          },
        };
      },
    };
  }
}
