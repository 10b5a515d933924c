import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * What differs between the embedded SQLite store and the PostgreSQL one. Repositories are written
 * once and call these for the few expressions the two databases spell differently.
 */
export interface StoreDialect {
  name: 'sqlite' | 'postgres';
  /** True when `column` contains `term` as a substring (both already normalised). */
  contains(column: string, term: string): RawBuilder<SqlBool>;
  /**
   * Inside a transaction, waits until no other process holds the named lock, and holds it until the
   * transaction ends (so two servers starting together do not load the same files twice).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- locks run on any database, migrations included
  lock(db: Kysely<any>, name: string): Promise<void>;
}

export const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  contains: (column, term) => sql<SqlBool>`instr(${sql.ref(column)}, ${term}) > 0`,
  // A write statement takes SQLite's database write lock, which lasts until the transaction ends.
  lock: async (db) => {
    await sql`delete from bundle_files where 1 = 0`.execute(db);
  },
};

export const postgresDialect: StoreDialect = {
  name: 'postgres',
  contains: (column, term) => sql<SqlBool>`strpos(${sql.ref(column)}, ${term}) > 0`,
  lock: async (db, name) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`ccus-atlas:${name}`}))`.execute(db);
  },
};

/** Which dialect a Kysely instance speaks (migrations use this; they must not import the domain). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations hold Kysely<any>
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
