import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '../../src/api/print-schema';
import { ROOT } from '../support/paths';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` after changing the API)', async () => {
    expect(readFileSync(join(ROOT, 'schema/schema.graphql'), 'utf8')).toBe(await printSchemaFile());
  });
});
