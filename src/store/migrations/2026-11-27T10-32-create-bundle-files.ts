import type { Kysely } from 'kysely';

/** Fingerprints of the bundled data files already loaded, so a restart loads nothing twice. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bundle_files')
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bundle_files').execute();
}
