import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInputObjectType, isInterfaceType, isObjectType, isScalarType, parse, validate } from 'graphql';
import { createSchema } from '../../src/api/schema';
import { contractOperations } from '../support/graphql-client';
import { CONTRACT_FILE, HAS_SHARED, ROOT } from '../support/paths';

describe('schema documentation', () => {
  it('describes every type, field and argument, so Sandbox documents the API by itself', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('offers Sandbox example operations that are valid and cover the contract', async () => {
    const schema = await createSchema();
    const examples = readFileSync(join(ROOT, 'schema/examples.graphql'), 'utf8');
    expect(validate(schema, parse(examples))).toEqual([]);
    if (HAS_SHARED) {
      const names = [...contractOperations(CONTRACT_FILE).keys()];
      for (const name of names) expect(examples).toMatch(new RegExp(`(query|mutation) ${name}\\b`));
    }
  });
});
