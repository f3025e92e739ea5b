import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * All configuration, read from the environment in this one place.
 *
 * | variable        | default        | meaning                                                      |
 * |-----------------|----------------|--------------------------------------------------------------|
 * | PORT            | 4000           | HTTP port of the API                                         |
 * | HOST            | 127.0.0.1      | interface to listen on (0.0.0.0 in containers)               |
 * | STORE           | embedded       | `embedded` or `neo4j`                                        |
 * | DATA_DIR        | ./data         | where the embedded store keeps its journal                   |
 * | SEED_DIR        | seed           | what `npm start` ingests before serving; empty = nothing     |
 * | NEO4J_URI       | (none)         | bolt URI, required with STORE=neo4j                          |
 * | NEO4J_USER      | neo4j          |                                                              |
 * | NEO4J_PASSWORD  | (none)         | required with STORE=neo4j                                    |
 * | API_KEY         | (none)         | value of the x-api-key header that mutations need; unset = mutations refused |
 * | NODE_ENV        | development    | `production` hides error details from clients                |
 * | INTROSPECTION   | true           | `false` turns schema introspection (and Sandbox's docs) off  |
 * | RESPONSE_CACHE  | true           | `false` stops answering repeated queries from memory (embedded store only; dropped on every write) |
 */
const Env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
    DATA_DIR: z.string().min(1).default('./data'),
    SEED_DIR: z.string().default('seed'),
    NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt:// or neo4j://').optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    API_KEY: z.string().min(8, 'must be at least 8 characters').optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    INTROSPECTION: z.enum(['true', 'false']).default('true'),
    RESPONSE_CACHE: z.enum(['true', 'false']).default('true'),
  })
  .superRefine((env, ctx) => {
    if (env.STORE === 'neo4j' && !env.NEO4J_URI) ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required with STORE=neo4j (start a local one with npm run neo4j:start)' });
    if (env.STORE === 'neo4j' && !env.NEO4J_PASSWORD) ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required with STORE=neo4j' });
  });

export interface Config {
  port: number;
  host: string;
  store: 'embedded' | 'neo4j';
  dataDir: string;
  seedDir: string | null;
  neo4j: { uri: string; user: string; password: string } | null;
  apiKey: string | null;
  production: boolean;
  introspection: boolean;
  responseCache: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`[kg] [config] invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", so `API_KEY= npm start` behaves like no key.
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== '' || k === 'SEED_DIR'));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'} ${i.message} (got ${JSON.stringify(env[String(i.path[0])] ?? null)})`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    store: e.STORE,
    dataDir: resolve(e.DATA_DIR),
    seedDir: e.SEED_DIR.trim() ? resolve(e.SEED_DIR) : null,
    neo4j: e.STORE === 'neo4j' ? { uri: e.NEO4J_URI!, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD! } : null,
    apiKey: e.API_KEY ?? null,
    production: e.NODE_ENV === 'production',
    introspection: e.INTROSPECTION === 'true',
    responseCache: e.RESPONSE_CACHE === 'true',
  };
}
