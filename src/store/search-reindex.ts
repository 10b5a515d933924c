import { sql } from 'kysely';
import { indexColumns } from '../search/match-plan.ts';
import { indexTokens } from './postgres-search.ts';
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
  let count = 0;
  for (let after = -1; ;) {
    const rows = (
      await sql<{ id: number; heading: string; text: string }>`
      SELECT id, heading, text FROM passages WHERE id > ${after} ORDER BY id LIMIT 1000`.execute(store.db)
    ).rows;
    if (rows.length === 0) break;
    for (const row of rows) {
      const c = indexColumns(row.heading, row.text);
      if (store.dialect.name === 'sqlite') {
        await sql`INSERT INTO passage_fts(rowid, head_words, head_grams, body_words, body_grams)
          VALUES (${row.id}, ${c.head_words}, ${c.head_grams}, ${c.body_words}, ${c.body_grams})`.execute(
          store.db,
        );
      } else await indexTokens(store.db, 'passage_tokens', row.id, c);
      count++;
    }
    after = rows.at(-1)!.id;
  }
  return count;
}
