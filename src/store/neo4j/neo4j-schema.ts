import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';

/** schema/neo4j/*.cypher, in file order, one statement per `;`. Every statement is IF NOT EXISTS, so re-applying changes nothing. */
export function schemaStatements(dir = resolve(__dirname, '../../../schema/neo4j')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    );
}

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements()) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
