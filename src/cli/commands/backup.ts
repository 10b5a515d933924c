import { backupStore, restoreStore } from '../../store/backup.ts';
import { openStore } from '../../store/store.ts';
import { type Command, UsageError } from '../command.ts';
import { databasePath, dbOption, describeDatabase } from '../config.ts';

export const backupCommand: Command = {
  name: 'backup',
  summary:
    'Write a consistent backup of the database (SQLite or PostgreSQL) to an SQLite file, while the server runs.',
  usage: 'ccus-atlas backup <file> [--db PATH|postgres://…]',
  options: { ...dbOption },
  async run({ values, positionals }, io) {
    const [file] = positionals;
    if (!file) throw new UsageError('name the backup file');
    const store = await openStore(databasePath(values.db as string | undefined));
    try {
      await backupStore(store, file);
      io.out(`backed up ${describeDatabase(databasePath(values.db as string | undefined))} to ${file}`);
      return 0;
    } catch (error) {
      io.err(`backup failed: ${(error as Error).message}`);
      return 1;
    } finally {
      await store.close();
    }
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary:
    'Load a backup file into an empty database (SQLite or PostgreSQL); nothing is written if it fails.',
  usage: 'ccus-atlas restore <file> [--db PATH|postgres://…]',
  options: { ...dbOption },
  async run({ values, positionals }, io) {
    const [file] = positionals;
    if (!file) throw new UsageError('name the backup file');
    const target = await openStore(databasePath(values.db as string | undefined));
    try {
      const report = await restoreStore(file, target);
      io.out(
        `restored ${report.tables.reduce((n, t) => n + t.rows, 0)} row(s) in ${report.tables.length} table(s) from ${file}`,
      );
      return 0;
    } catch (error) {
      io.err(`restore failed, nothing was written: ${(error as Error).message}`);
      return 1;
    } finally {
      await target.close();
    }
  },
};
