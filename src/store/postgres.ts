import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// COUNT(*) and other int8 values arrive as strings by default; record counts fit in a double.
pg.types.setTypeParser(20, (value) => Number(value));

/** Opens a PostgreSQL database from a `postgres://` URL through a small connection pool. */
export function openPostgres(url: string): Kysely<Database> {
  // Idle connections do not keep a finished process alive.
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: 'ccus-atlas', allowExitOnIdle: true });
  // An idle connection that the server closes (restart, administrator) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.error(`PostgreSQL connection error: ${error.message}`);
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export const isPostgresUrl = (target: string) => /^postgres(?:ql)?:\/\//i.test(target);
