import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const SEED_DIR = join(ROOT, 'seed');
/** The shared folder beside the repository: present in CI, absent in a user's clone. */
export const SHARED_DIR = resolve(ROOT, '../shared');
export const SEED_ARTICLE_DIR = join(SHARED_DIR, 'seed-article');
export const CONTRACT_FILE = join(SHARED_DIR, 'contract/analyst-queries.graphql');
export const HAS_SHARED = existsSync(SEED_ARTICLE_DIR) && existsSync(CONTRACT_FILE);

/** `describe` that runs only when ../shared exists, and says why it skipped otherwise. */
export const describeWithShared: jest.Describe = HAS_SHARED
  ? describe
  : (((name: string, fn: () => void) => {
      describe(name, () => {
        it('needs ../shared (the seed article and the analyst contract); this clone has none, so these checks are skipped', () => {
          console.warn(`[tests] skipped "${name}": ${SHARED_DIR} not found`);
        });
      });
      void fn;
    }) as unknown as jest.Describe);
