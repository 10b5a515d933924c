import { type Kysely, sql } from 'kysely';
import { indexStoredPassages } from './passage-index.ts';
import type { Store } from './store.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the index tables are not in the typed schema
type AnyDb = Kysely<any>;

/**
 * Empties the full-text index: FTS5 on SQLite; token arrays on PostgreSQL, where record tokens go
 * with their rows. The record index is rebuilt on the next search.
 */
export async function clearSearchIndex(db: AnyDb, fts: boolean): Promise<void> {
  for (const table of fts ? ['passage_fts', 'record_fts'] : ['passage_tokens'])
    await sql.raw(`DELETE FROM ${table}`).execute(db);
  await sql`DELETE FROM search_records`.execute(db);
}

/** Empties the full-text index and indexes every stored passage again; returns how many. */
export async function rebuildSearchIndex(db: AnyDb, fts: boolean): Promise<number> {
  await clearSearchIndex(db, fts);
  return indexStoredPassages(db, fts);
}

/** Rebuilds the full-text index after a copy or a restore, where only the records travel. */
export async function reindexSearch(store: Store): Promise<number> {
  const tables = new Set((await store.db.introspection.getTables()).map((t) => t.name));
  if (!tables.has('passages')) return 0;
  return rebuildSearchIndex(store.db, store.dialect.name === 'sqlite');
}
