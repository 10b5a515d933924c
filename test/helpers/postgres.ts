import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests run against: PG_TEST_URL, else the local server with trust auth. */
const ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const SKIP_POSTGRES = (await reachable()) ? false : `skipped: no PostgreSQL server at ${ADMIN_URL}`;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh database for one test (UTF8 with C.UTF-8 ctype so trigram and CJK text work) and
 * returns its URL and a function that drops it.
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `atlas_test_${randomBytes(6).toString('hex')}`;
  await admin((c) =>
    c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`),
  );
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

let suiteDatabase: Promise<string> | undefined;
let schemas = 0;

/**
 * A fresh schema in one database shared by this test process (created on first use, dropped when
 * the process is about to exit). Returns a connection URL whose search_path is that schema.
 */
export async function createSuiteSchema(): Promise<string> {
  suiteDatabase ??= createTestDatabase().then(({ url, drop }) => {
    let dropped = false;
    process.on('beforeExit', () => {
      if (dropped) return;
      dropped = true;
      void drop();
    });
    return url;
  });
  const base = await suiteDatabase;
  const schema = `s${process.pid}_${++schemas}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
