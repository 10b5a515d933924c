import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The project folder (where package.json lives). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The database: `--db` (a file path, `sqlite:PATH` or a `postgres://` URL), else DATABASE_URL
 * (PostgreSQL), else ATLAS_DB (an SQLite file), else var/atlas.db in the project folder.
 */
export function databasePath(flag: string | undefined): string {
  const chosen = flag ?? process.env.DATABASE_URL ?? process.env.ATLAS_DB;
  if (!chosen) return resolve(PROJECT_ROOT, 'var/atlas.db');
  if (/^postgres(?:ql)?:\/\//i.test(chosen) || chosen === ':memory:') return chosen;
  return resolve(chosen.replace(/^sqlite:/, ''));
}

/** A database location without its password, for messages. */
export const describeDatabase = (target: string) => target.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');

/** The bundled dataset folder: ATLAS_DATA, else data/ in the project folder. */
export function dataDir(): string {
  return process.env.ATLAS_DATA ? resolve(process.env.ATLAS_DATA) : resolve(PROJECT_ROOT, 'data');
}

export const dbOption = { db: { type: 'string' as const } };
