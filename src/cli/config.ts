import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The project folder (where package.json lives). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The database file: `--db`, else ATLAS_DB, else var/atlas.db in the project folder. */
export function databasePath(flag: string | undefined): string {
  const chosen = flag ?? process.env.ATLAS_DB;
  return chosen ? (chosen === ':memory:' ? chosen : resolve(chosen)) : resolve(PROJECT_ROOT, 'var/atlas.db');
}

/** The bundled dataset folder: ATLAS_DATA, else data/ in the project folder. */
export function dataDir(): string {
  return process.env.ATLAS_DATA ? resolve(process.env.ATLAS_DATA) : resolve(PROJECT_ROOT, 'data');
}

export const dbOption = { db: { type: 'string' as const } };
