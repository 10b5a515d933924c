import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { formatProblem } from '../../domain/problem.ts';
import { IEA_DATASET } from '../../ingest/iea-columns.ts';
import { readIeaWorkbook } from '../../ingest/iea-xlsx.ts';
import { WORKBOOK_LIMITS } from '../../ingest/zip-guard.ts';
import { formatImportReport, importFacilities } from '../../store/facility-import.ts';
import { openStore } from '../../store/store.ts';
import type { CommandIO } from '../command.ts';
import { databasePath } from '../config.ts';

type Values = Record<string, string | boolean | string[] | undefined>;

/** True when every named file is a workbook this command reads as the IEA CCUS Projects Database. */
export const isWorkbookImport = (paths: readonly string[]) => paths.length > 0 && paths.every((p) => extname(p).toLowerCase() === '.xlsx');

/**
 * `ccus-atlas import <workbook.xlsx>`: reads the IEA CCUS Projects Database, refuses the whole file on any
 * problem (nothing written), otherwise imports it in one transaction and prints the change report.
 */
export async function importWorkbooks(paths: readonly string[], values: Values, io: CommandIO): Promise<number> {
  if (paths.length !== 1) {
    io.err('import one IEA workbook at a time');
    return 2;
  }
  const file = paths[0]!;
  const size = statSync(file).size;
  if (size > WORKBOOK_LIMITS.maxFileBytes) {
    io.out(`${file}: this file is ${size} bytes; the limit is ${WORKBOOK_LIMITS.maxFileBytes} bytes`);
    io.err('1 problem(s); nothing was imported');
    return 1;
  }
  const result = await readIeaWorkbook(readFileSync(file), file);
  if (result.problems.length > 0) {
    for (const p of result.problems) io.out(formatProblem(p));
    io.err(`${result.problems.length} problem(s); nothing was imported`);
    return 1;
  }
  const store = await openStore(databasePath(values.db as string | undefined));
  try {
    const dryRun = Boolean(values['dry-run']);
    const report = await importFacilities(store, result.facilities, {
      author: String(values.author ?? process.env.USER ?? 'cli'),
      reason: String(values.reason ?? `import ${file}`),
      dataset: IEA_DATASET,
      edition: result.edition,
      coercions: result.coercions,
      dryRun,
      removeMissing: true,
    });
    for (const line of formatImportReport(report, dryRun)) io.out(line);
    return 0;
  } finally {
    await store.close();
  }
}
