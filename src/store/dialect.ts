import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * What differs between the embedded SQLite store and the PostgreSQL one. Repositories are written
 * once and call these for the few expressions the two databases spell differently.
 */
export interface StoreDialect {
  name: 'sqlite' | 'postgres';
  /** True when `column` contains `term` as a substring (both already normalised). */
  contains(column: string, term: string): RawBuilder<SqlBool>;
}

export const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  contains: (column, term) => sql<SqlBool>`instr(${sql.ref(column)}, ${term}) > 0`,
};

export const postgresDialect: StoreDialect = {
  name: 'postgres',
  contains: (column, term) => sql<SqlBool>`strpos(${sql.ref(column)}, ${term}) > 0`,
};

/** Which dialect a Kysely instance speaks (migrations use this; they must not import the domain). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations hold Kysely<any>
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
