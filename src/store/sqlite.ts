import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type SqliteDatabase, type SqliteStatement, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';

/** Opens (creating if needed) an SQLite database file, or `:memory:`, tuned for a local server. */
export function openSqlite(path: string): Kysely<Database> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path);
  // 16 KB pages for a new database (an existing one keeps its size): the full-text index, most of a
  // large store, writes about 15% faster with them. Must precede WAL mode, which fixes the size.
  database.pragma('page_size = 16384');
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Reads map the file instead of copying each page through read(), and 64 MB of pages stay cached
  // (the default keeps 2 MB): a search at a million passages walks index pages spread over the file.
  database.pragma(`mmap_size = ${2 ** 31 - 2 ** 16}`);
  database.pragma('cache_size = -65536');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/** Prepared statements kept for reuse; the queries an app runs are a small fixed set. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Reuses prepared statements by SQL text instead of compiling every query anew: faster, and it keeps
 * native memory flat under load (better-sqlite3 statements are otherwise freed only by the GC).
 * Safe because better-sqlite3 runs each statement to completion synchronously.
 */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = database.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
