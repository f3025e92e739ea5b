import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchemaFile } from '../../api/print-schema';

/** Regenerates schema/schema.graphql; a test fails when the committed file drifts. */
export async function run(): Promise<number> {
  const path = resolve('schema/schema.graphql');
  writeFileSync(path, await printSchemaFile());
  console.error(`[kg] wrote ${path}`);
  return 0;
}
