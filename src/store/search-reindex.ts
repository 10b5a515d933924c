import { type Kysely, sql } from 'kysely';
import { indexStoredPassages } from './passage-index.ts';
import type { Store } from './store.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the index tables are not in the typed schema
type AnyDb = Kysely<any>;

/**
 * Empties the full-text index (FTS5 on SQLite, token arrays on PostgreSQL, where record tokens go
 * with their rows) and indexes every stored passage again; the record index is rebuilt on the next
 * search. Returns how many passages were indexed.
 */
export async function rebuildSearchIndex(db: AnyDb, fts: boolean): Promise<number> {
  if (fts) {
    await sql`DELETE FROM passage_fts`.execute(db);
    await sql`DELETE FROM record_fts`.execute(db);
  } else {
    await sql`DELETE FROM passage_tokens`.execute(db);
  }
  await sql`DELETE FROM search_records`.execute(db);
  return indexStoredPassages(db, fts);
}

/** Rebuilds the full-text index after a copy or a restore, where only the records travel. */
export async function reindexSearch(store: Store): Promise<number> {
  const tables = new Set((await store.db.introspection.getTables()).map((t) => t.name));
  if (!tables.has('passages')) return 0;
  return rebuildSearchIndex(store.db, store.dialect.name === 'sqlite');
}
