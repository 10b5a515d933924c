import { sql } from 'kysely';
import type { Store } from './store.ts';

/** Tables that others reference come first so foreign keys hold while rows arrive. */
const FIRST = ['users', 'documents', 'countries', 'facilities', 'policies'];

/** Tables that are derived (search indexes, their record copies) or belong to the migrator: rebuilt or managed, never copied. */
const SKIP = /^(kysely_migration|sqlite_)|_fts(_|$)|_trigram(_|$)|_vocab$|_tokens$|^search_records$/;

const BATCH = 500;

export interface CopyReport {
  tables: { name: string; rows: number }[];
  skipped: string[];
}

async function tableNames(store: Store): Promise<string[]> {
  const tables = await store.db.introspection.getTables();
  return tables.filter((t) => !t.isView).map((t) => t.name);
}

/**
 * Copies every record table from one store to another (SQLite ↔ PostgreSQL), row for row, in one
 * transaction on the target, then lets the target rebuild its search indexes. The target must be
 * empty; row counts are checked afterwards.
 */
export async function copyStore(from: Store, to: Store, onTable?: (name: string, rows: number) => void): Promise<CopyReport> {
  const source = new Set((await tableNames(from)).filter((t) => !SKIP.test(t)));
  const target = new Set((await tableNames(to)).filter((t) => !SKIP.test(t)));
  const names = [...source].filter((t) => target.has(t)).sort((a, b) => {
    const ra = FIRST.indexOf(a) === -1 ? FIRST.length : FIRST.indexOf(a);
    const rb = FIRST.indexOf(b) === -1 ? FIRST.length : FIRST.indexOf(b);
    return ra - rb || a.localeCompare(b);
  });
  const report: CopyReport = { tables: [], skipped: [...source].filter((t) => !target.has(t)) };
  for (const name of names) {
    const row = await to.db.selectFrom(name as 'policies').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    if (Number(row?.n ?? 0) > 0) throw new Error(`the target is not empty: table ${name} has rows`);
  }
  await to.transaction(async (tx) => {
    for (const name of names) {
      const columns = (await tx.db.introspection.getTables()).find((t) => t.name === name)!.columns.map((c) => c.name);
      let copied = 0;
      for (let offset = 0; ; offset += BATCH) {
        const rows = (await from.db
          .selectFrom(name as 'policies')
          .selectAll()
          .orderBy(sql.raw('1'))
          .limit(BATCH)
          .offset(offset)
          .execute()) as Record<string, unknown>[];
        if (rows.length === 0) break;
        const values = rows.map((r) => Object.fromEntries(columns.filter((c) => c in r).map((c) => [c, r[c]])));
        await tx.db.insertInto(name as 'policies').values(values as never).execute();
        copied += rows.length;
      }
      report.tables.push({ name, rows: copied });
      onTable?.(name, copied);
    }
    if (tx.dialect.name === 'postgres') {
      // Serial columns continue after the copied ids.
      const serials = await sql<{ table_name: string; column_name: string }>`
        select table_name, column_name from information_schema.columns
        where table_schema = current_schema() and column_default like 'nextval(%'`.execute(tx.db);
      for (const { table_name, column_name } of serials.rows) {
        await sql`select setval(pg_get_serial_sequence(${table_name}, ${column_name}), coalesce((select max(${sql.ref(column_name)}) from ${sql.table(table_name)}), 0) + 1, false)`.execute(tx.db);
      }
    }
    await tx.rebuildIndexes();
  });
  for (const { name, rows } of report.tables) {
    const row = await to.db.selectFrom(name as 'policies').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    if (Number(row?.n) !== rows) throw new Error(`copy check failed: ${name} has ${row?.n} rows, expected ${rows}`);
  }
  return report;
}
