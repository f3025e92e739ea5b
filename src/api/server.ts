import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { costLimitPlugin, depthLimitRule } from './limits';
import { ResponseCache } from './response-cache';
import type { Ingestor } from '../ingest/ingest';
import { StoreError, type GraphStore } from '../store/graph-store';
import { createContext, type ApiContext } from './context';
import { createSchema } from './schema';

export interface ApiOptions {
  store: GraphStore;
  ingestor: Ingestor;
  apiKey: string | null;
  production: boolean;
  /** Whether clients may introspect the schema (Apollo Sandbox needs it). Default true. */
  introspection?: boolean;
  /** Answer repeated queries from memory while the graph is unchanged (stores that support it). Default true. */
  responseCache?: boolean;
  /** Largest request body accepted (articles arrive in mutations). */
  bodyLimit?: string;
}

export interface RunningApi {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The example operations Sandbox opens with (schema/examples.graphql, beside the compiled code's package root). */
function exampleDocument(): string | undefined {
  try {
    return readFileSync(resolve(__dirname, '../../schema/examples.graphql'), 'utf8');
  } catch {
    return undefined;
  }
}

const EXPECTED_CODES = new Set(['QUERY_TOO_COSTLY', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'STORE_UNAVAILABLE']);

/** Unexpected errors are masked in production; expected ones keep their message and code. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof StoreError && (original as { code?: string }).code === 'STORE_UNAVAILABLE') {
      // The store is down: say so plainly, without internals; the client may retry.
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'STORE_UNAVAILABLE' } };
    }
    const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
    if (EXPECTED_CODES.has(code) || !production) return { ...formatted, extensions: { ...formatted.extensions, code } };
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Builds the HTTP app: /graphql (API and Apollo Sandbox) and /healthz. */
export async function createApi(options: ApiOptions): Promise<{ app: express.Express; httpServer: Server; apollo: ApolloServer<ApiContext> }> {
  const app = express();
  const httpServer = createServer(app);
  const cache = options.responseCache === false ? null : ResponseCache.for(options.store);
  const apollo = new ApolloServer<ApiContext>({
    schema: await createSchema(),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: formatError(options.production),
    validationRules: [depthLimitRule()],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      costLimitPlugin(),
      ...(cache ? [cache.plugin()] : []),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false, document: exampleDocument() }),
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      const health = await options.store.health();
      if (!health.ok) {
        res.status(503).json({ status: 'unavailable', store: options.store.kind, reason: health.reason });
        return;
      }
      res.json({ status: 'ok', store: options.store.kind, counts: await options.store.counts() });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', store: options.store.kind, reason: (err as Error).message });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '5mb' }),
    ...(cache ? [cache.middleware()] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers['x-api-key'];
        return createContext({ store: options.store, ingestor: options.ingestor, apiKey: options.apiKey }, Array.isArray(header) ? header[0]! : (header ?? null));
      },
    }),
  );

  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status ?? 500;
    const message = err.type === 'entity.too.large' ? `request body larger than ${options.bodyLimit ?? '5mb'}` : status < 500 ? err.message : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });
  return { app, httpServer, apollo };
}

export async function startApi(options: ApiOptions & { port: number; host: string }): Promise<RunningApi> {
  const { httpServer, apollo } = await createApi(options);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    close: () => apollo.stop(),
  };
}

