import { formatProblem } from '../../domain/problem.ts';
import { importPolicies } from '../../store/import-policies.ts';
import { openStore } from '../../store/store.ts';
import { type Command, progress, UsageError } from '../command.ts';
import { databasePath, dbOption } from '../config.ts';
import { importDocuments, readInputs } from './import-documents.ts';
import { importHubFiles, importWorkbooks, isHubImport, isWorkbookImport } from './import-facilities.ts';
import { refuseFailingImport } from './import-audit.ts';
import { refuseFailingHubImport } from './audit-inputs.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Load record files and source documents (.md, .txt, .html, .pdf) in one transaction; any problem means nothing is written.',
  usage: 'ccus-atlas import <file|dir>... [--db PATH] [--dry-run] [--author NAME] [--reason TEXT] [--force]',
  options: { ...dbOption, 'dry-run': { type: 'boolean' }, author: { type: 'string' }, reason: { type: 'string' }, force: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('name at least one file or folder');
    if (isWorkbookImport(positionals)) return importWorkbooks(positionals, values, io);
    if ((await isHubImport(positionals)) && (await refuseFailingHubImport(positionals, values, io))) return 1;
    if (await isHubImport(positionals)) return importHubFiles(positionals, values, io);
    const { records, documents, problems } = await readInputs(positionals, progress(io, 'reading'));
    if (problems.length > 0) {
      for (const p of problems) io.out(formatProblem(p));
      io.err(`${problems.length} problem(s); nothing was imported`);
      return 1;
    }
    const store = await openStore(databasePath(values.db as string | undefined));
    try {
      if (await refuseFailingImport(store, records, documents, Boolean(values.force), io)) return 1;
      const meta = {
        author: String(values.author ?? process.env.USER ?? 'cli'),
        reason: String(values.reason ?? `import ${positionals.join(' ')}`),
      };
      const dryRun = Boolean(values['dry-run']);
      const docs = await store.transaction((tx) => importDocuments(tx, documents, meta, dryRun));
      for (const d of documents) for (const note of d.notes) io.err(`${d.file}: ${note}`);
      const report = await importPolicies(
        store,
        records.map((r) => r.policy),
        {
          author: String(values.author ?? process.env.USER ?? 'cli'),
          reason: String(values.reason ?? `import ${positionals.join(' ')}`),
        },
        { dryRun: Boolean(values['dry-run']), onProgress: progress(io, 'importing') },
      );
      const verb = values['dry-run'] ? 'would be' : '';
      io.out(
        `${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged${verb ? ` (dry run: ${verb} written; nothing was)` : ''}`,
      );
      for (const id of report.created) io.out(`  + ${id}`);
      for (const id of report.updated) io.out(`  ~ ${id}`);
      if (documents.length > 0) {
        io.out(`documents: ${docs.created.length} created, ${docs.updated.length} updated, ${docs.unchanged.length} unchanged`);
        for (const id of docs.created) io.out(`  + ${id}`);
        for (const id of docs.updated) io.out(`  ~ ${id}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
