import { loadBundle } from '../../src/store/bundle.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { DATA_DIR } from './paths.ts';

/** A fresh in-memory store, migrated, optionally with the bundled dataset loaded. */
export async function memoryStore(options: { bundle?: boolean; dataDir?: string } = {}): Promise<Store> {
  const store = await openStore(':memory:');
  if (options.bundle) await loadBundle(store, options.dataDir ?? DATA_DIR);
  return store;
}
