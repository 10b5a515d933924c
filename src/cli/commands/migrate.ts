import { openStore } from '../../store/store.ts';
import type { Command } from '../command.ts';
import { databasePath, dbOption, describeDatabase } from '../config.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring a database (SQLite file or PostgreSQL) up to the current schema; other commands do this too.',
  usage: 'ccus-atlas migrate [--db PATH|postgres://…]   (env: DATABASE_URL, ATLAS_DB)',
  options: { ...dbOption },
  async run({ values }, io) {
    const target = databasePath(values.db as string | undefined);
    const store = await openStore(target, { migrate: false });
    try {
      const applied = await store.migrate();
      io.out(applied.length ? applied.map((m) => `applied ${m}`).join('\n') : `${describeDatabase(target)} is up to date`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
