import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// COUNT(*) and other int8 values arrive as strings by default; record counts fit in a double.
pg.types.setTypeParser(20, (value) => Number(value));

/** Opens a PostgreSQL database from a `postgres://` URL through a small connection pool. */
export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: 'ccus-atlas' });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export const isPostgresUrl = (target: string) => /^postgres(?:ql)?:\/\//i.test(target);
