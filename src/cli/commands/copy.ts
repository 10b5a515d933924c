import { copyStore } from '../../store/copy.ts';
import { openStore } from '../../store/store.ts';
import { type Command, UsageError } from '../command.ts';
import { databasePath, describeDatabase } from '../config.ts';

export const copyCommand: Command = {
  name: 'copy',
  summary: 'Copy a whole deployment between backends (SQLite ↔ PostgreSQL): every record, revision, account and draft.',
  usage: 'ccus-atlas copy --from sqlite:PATH|postgres://… --to sqlite:PATH|postgres://…   (the target must be empty)',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  async run({ values }, io) {
    if (!values.from || !values.to) throw new UsageError('give both --from and --to');
    const from = databasePath(String(values.from));
    const to = databasePath(String(values.to));
    if (from === to) throw new UsageError('--from and --to are the same database');
    const source = await openStore(from);
    const target = await openStore(to);
    try {
      const report = await copyStore(source, target, (name, rows) => io.err(`  ${name}: ${rows} row(s)`));
      const total = report.tables.reduce((n, t) => n + t.rows, 0);
      io.out(`copied ${total} row(s) in ${report.tables.length} table(s) from ${describeDatabase(from)} to ${describeDatabase(to)}`);
      if (report.skipped.length) io.err(`not in the target schema, not copied: ${report.skipped.join(', ')}`);
      return 0;
    } catch (error) {
      io.err(`copy failed, nothing was written to ${describeDatabase(to)}: ${(error as Error).message}`);
      return 1;
    } finally {
      await source.close();
      await target.close();
    }
  },
};
