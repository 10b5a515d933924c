import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Revisions: the append-only history of every write (who, when, why, before and after).
 * Triggers refuse updates and deletes so history cannot be rewritten.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('revisions')
    .$call((t) =>
      isPostgres(db)
        ? t.addColumn('id', 'bigserial', (c) => c.primaryKey())
        : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
    )
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema
    .createIndex('revisions_entity_idx')
    .on('revisions')
    .columns(['entity_type', 'entity_id', 'version'])
    .unique()
    .execute();
  if (isPostgres(db)) {
    await sql`CREATE FUNCTION revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'revisions are append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER revisions_no_change BEFORE UPDATE OR DELETE ON revisions
      FOR EACH ROW EXECUTE FUNCTION revisions_append_only()`.execute(db);
    return;
  }
  await sql`CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('revisions').execute();
  if (isPostgres(db)) await sql`DROP FUNCTION revisions_append_only()`.execute(db);
}
