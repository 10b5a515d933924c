import { type Kysely, Migrator } from 'kysely';
import { migrationProvider } from './migrations/index.ts';
import { PolicyRepository } from './policy-repository.ts';
import type { Database } from './schema.ts';
import { openSqlite } from './sqlite.ts';

/** The repositories over one database connection (or one transaction). */
export class Store {
  readonly policies: PolicyRepository;

  constructor(readonly db: Kysely<Database>) {
    this.policies = new PolicyRepository(db);
  }

  /** Runs `fn` in one transaction: every write in it lands, or none does. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new Store(trx)));
  }

  /** Applies pending migrations; returns the names applied. */
  async migrate(): Promise<string[]> {
    const { error, results } = await new Migrator({ db: this.db, provider: migrationProvider }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

/** Opens the embedded SQLite store at `path` and brings its schema up to date. */
export async function openStore(path: string): Promise<Store> {
  const store = new Store(openSqlite(path));
  await store.migrate();
  return store;
}
