#!/usr/bin/env node
import 'reflect-metadata';
import { ConfigError } from '../config';

/**
 * Thin dispatcher: each command lives in its own module, imported only when run.
 * Only this file calls process.exit.
 */
const COMMANDS: Record<string, { describe: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  start: { describe: 'ingest SEED_DIR, then serve the API', load: () => import('./commands/start') },
  serve: { describe: 'serve the API on the stored graph', load: () => import('./commands/serve') },
  seed: { describe: 'ingest article files or folders: seed <files|dirs…>', load: () => import('./commands/seed') },
  extract: { describe: 'print the graph extracted from one article file as JSON: extract <file>', load: () => import('./commands/extract') },
  schema: { describe: 'write schema/schema.graphql from the API types', load: () => import('./commands/schema') },
  eval: { describe: 'score extraction against the gold annotations (dev, holdout, seed): eval [--dir D] [--report F]', load: () => import('./commands/eval') },
  'bench:extract': { describe: 'measure extraction speed on one core: bench:extract [--mb N] [dirs…]', load: () => import('./commands/bench-extract') },
  'bench:ingest': { describe: 'measure ingest into each store: bench:ingest [--articles N] [--reset]', load: () => import('./commands/bench-ingest') },
  'bench:api': { describe: 'measure API latency and throughput: bench:api [--articles N] [--seconds S]', load: () => import('./commands/bench-api') },
};

function usage(): string {
  return ['usage: kg <command> [args]', '', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.describe}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`[kg] unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`usage: kg ${name}: ${command.describe}`);
    return 0;
  }
  try {
    return await (await command.load()).run(args);
  } catch (err) {
    // node:util parseArgs rejects an unknown or malformed option with a coded TypeError; the user needs the command's usage, not a stack.
    const code = (err as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      console.error(`[kg] ${name}: ${(err as Error).message}\nusage: kg ${name}: ${command.describe}`);
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `[kg] ${(err as Error)?.stack ?? err}`);
    process.exit(err instanceof ConfigError ? 2 : 1);
  },
);
