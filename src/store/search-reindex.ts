import { sql } from 'kysely';
import { indexStoredPassages } from './passage-index.ts';
import type { Store } from './store.ts';

/**
 * Rebuilds the full-text index from the stored passages (FTS5 on SQLite, token arrays on
 * PostgreSQL) and drops the record index so it is rebuilt on the next search. Used after a copy or
 * a restore, where only the records travel.
 */
export async function reindexSearch(store: Store): Promise<number> {
  const tables = new Set((await store.db.introspection.getTables()).map((t) => t.name));
  if (!tables.has('passages')) return 0;
  if (store.dialect.name === 'sqlite') {
    await sql`DELETE FROM passage_fts`.execute(store.db);
    await sql`DELETE FROM record_fts`.execute(store.db);
  } else {
    await sql`DELETE FROM passage_tokens`.execute(store.db);
  }
  await sql`DELETE FROM search_records`.execute(store.db);
  return indexStoredPassages(store.db, store.dialect.name === 'sqlite');
}
