import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { copyStore, type CopyReport } from './copy.ts';
import { openStore, Store } from './store.ts';

/**
 * Writes a consistent backup of a store to an SQLite file: SQLite's own online backup
 * (`VACUUM INTO`) for an SQLite store, a logical copy of every table inside one repeatable-read
 * transaction for PostgreSQL.
 */
export async function backupStore(store: Store, file: string): Promise<void> {
  if (existsSync(file)) throw new Error(`${file} exists; a backup never overwrites a file`);
  if (store.dialect.name === 'sqlite') {
    await sql`VACUUM INTO ${file}`.execute(store.db);
    return;
  }
  const target = await openStore(file);
  try {
    await store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) => copyStore(new Store(trx), target));
  } finally {
    await target.close();
  }
}

/** Loads a backup file into an empty store (of either kind); row counts are checked. */
export async function restoreStore(file: string, target: Store): Promise<CopyReport> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  const source = await openStore(file);
  try {
    return await copyStore(source, target);
  } finally {
    await source.close();
  }
}
