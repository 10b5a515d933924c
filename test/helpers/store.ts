import { loadBundle } from '../../src/store/bundle.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { DATA_DIR } from './paths.ts';
import { createSuiteSchema } from './postgres.ts';

/**
 * Which backend `memoryStore` opens: SQLite in memory by default; with ATLAS_TEST_BACKEND=postgres
 * a fresh schema in a PostgreSQL database (`npm run test:postgres` runs the store and HTTP suites
 * that way).
 */
export const TEST_BACKEND = process.env.ATLAS_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';

/** A fresh, empty store, migrated, optionally with the bundled dataset loaded. */
export async function memoryStore(options: { bundle?: boolean; dataDir?: string } = {}): Promise<Store> {
  const store = await openStore(TEST_BACKEND === 'postgres' ? await createSuiteSchema() : ':memory:');
  if (options.bundle) await loadBundle(store, options.dataDir ?? DATA_DIR);
  return store;
}
