import { loadBundle } from '../../src/store/bundle.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { DATA_DIR } from './paths.ts';
import { createTestDatabase, SKIP_POSTGRES } from './postgres.ts';

export interface Backend {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  /** A fresh, migrated store; closing it also removes what it created. */
  open(options?: { bundle?: boolean }): Promise<Store & { dispose(): Promise<void> }>;
}

const withDispose = (store: Store, cleanup: () => Promise<void> = async () => undefined) =>
  Object.assign(store, {
    dispose: async () => {
      await store.close();
      await cleanup();
    },
  });

/** Every store backend; contract tests run once per backend (a missing server is a stated skip). */
export const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    skip: false,
    async open(options = {}) {
      const store = await openStore(':memory:');
      if (options.bundle) await loadBundle(store, DATA_DIR);
      return withDispose(store);
    },
  },
  {
    name: 'postgres',
    skip: SKIP_POSTGRES,
    async open(options = {}) {
      const database = await createTestDatabase();
      const store = await openStore(database.url);
      if (options.bundle) await loadBundle(store, DATA_DIR);
      return withDispose(store, database.drop);
    },
  },
];
