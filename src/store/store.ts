import { type Kysely, Migrator, sql } from 'kysely';
import { isPostgres, postgresDialect, sqliteDialect, type StoreDialect } from './dialect.ts';
import { migrationProvider } from './migrations/index.ts';
import { CountryRepository } from './country-repository.ts';
import { DocumentRepository } from './document-repository.ts';
import { DraftRepository } from './draft-repository.ts';
import { FacilityRepository } from './facility-repository.ts';
import { PolicyRepository } from './policy-repository.ts';
import type { Database } from './schema.ts';
import { reindexSearch } from './search-reindex.ts';
import { SecurityLog } from './security-log.ts';
import { UserRepository } from './user-repository.ts';
import { isPostgresUrl, openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';

/** The repositories over one database connection (or one transaction). */
export class Store {
  readonly dialect: StoreDialect;
  readonly policies: PolicyRepository;
  readonly users: UserRepository;
  readonly drafts: DraftRepository;
  readonly security: SecurityLog;
  readonly documents: DocumentRepository;
  readonly facilities: FacilityRepository;
  readonly countries: CountryRepository;

  constructor(readonly db: Kysely<Database>) {
    this.dialect = isPostgres(db) ? postgresDialect : sqliteDialect;
    this.policies = new PolicyRepository(db, this.dialect);
    this.users = new UserRepository(db);
    this.drafts = new DraftRepository(db);
    this.security = new SecurityLog(db);
    this.documents = new DocumentRepository(db, this.dialect);
    this.facilities = new FacilityRepository(db, this.dialect);
    this.countries = new CountryRepository(db);
  }

  /** Runs `fn` in one transaction: every write in it lands, or none does. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this);
    return this.db.transaction().execute((trx) => fn(new Store(trx)));
  }

  /**
   * Rebuilds derived data (the search indexes) from the stored records; used after a bulk copy.
   */
  async rebuildIndexes(): Promise<void> {
    await reindexSearch(this);
  }

  /** Applies pending migrations; returns the names applied. */
  async migrate(): Promise<string[]> {
    // On PostgreSQL the migration tables live in the current schema, so several schemas (one per
    // deployment or test) in one database each keep their own history.
    const schema =
      this.dialect.name === 'postgres'
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(this.db)).rows[0]?.s
        : undefined;
    const { error, results } = await new Migrator({
      db: this.db,
      provider: migrationProvider,
      allowUnorderedMigrations: true,
      ...(schema ? { migrationTableSchema: schema } : {}),
    }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

/**
 * Opens a store and brings its schema up to date: a `postgres://` URL opens PostgreSQL, anything
 * else is an SQLite file path (or `:memory:`).
 */
export async function openStore(target: string, options: { migrate?: boolean } = {}): Promise<Store> {
  const store = new Store(isPostgresUrl(target) ? openPostgres(target) : openSqlite(target));
  if (options.migrate !== false) await store.migrate();
  return store;
}
