import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Query, Resolver } from 'type-graphql';

// package.json sits three levels up from both src/api/meta and dist/api/meta.
const VERSION = (JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version;

@Resolver()
export class MetaResolver {
  @Query(() => String, { description: 'Version of this service. Constant: also the floor that the API benchmark compares queries with.' })
  version(): string {
    return VERSION;
  }
}
