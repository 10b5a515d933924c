import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatProblem } from '../../domain/problem.ts';
import { detectHubKind, HUB_MAX_BYTES, type HubRead } from '../../ingest/hub-json.ts';
import { readHubCountries } from '../../ingest/hub-json-countries.ts';
import { readHubFacilities } from '../../ingest/hub-json-facilities.ts';
import { readHubPolicies } from '../../ingest/hub-json-policies.ts';
import { IEA_DATASET } from '../../ingest/iea-columns.ts';
import { readIeaWorkbook } from '../../ingest/iea-xlsx.ts';
import { WORKBOOK_LIMITS } from '../../ingest/zip-guard.ts';
import { importHubValues } from '../../store/facility-hub-import.ts';
import { formatImportReport, importFacilities } from '../../store/facility-import.ts';
import { openStore } from '../../store/store.ts';
import type { CommandIO } from '../command.ts';
import { databasePath } from '../config.ts';

type Values = Record<string, string | boolean | string[] | undefined>;

/** True when every named file is a workbook this command reads as the IEA CCUS Projects Database. */
export const isWorkbookImport = (paths: readonly string[]) =>
  paths.length > 0 && paths.every((p) => extname(p).toLowerCase() === '.xlsx');

/**
 * `ccus-atlas import <workbook.xlsx>`: reads the IEA CCUS Projects Database, refuses the whole file on any
 * problem (nothing written), otherwise imports it in one transaction and prints the change report.
 */
export async function importWorkbooks(
  paths: readonly string[],
  values: Values,
  io: CommandIO,
): Promise<number> {
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

/** True when every named file is a JSON export of the predecessor hub (policies, facilities or countries). */
export async function isHubImport(paths: readonly string[]): Promise<boolean> {
  if (paths.length === 0 || !paths.every((p) => extname(p).toLowerCase() === '.json')) return false;
  for (const p of paths) {
    const size = (await stat(p).catch(() => undefined))?.size;
    if (size === undefined || size > HUB_MAX_BYTES) return false;
    try {
      if (!detectHubKind(JSON.parse(await readFile(p, 'utf8')))) return false;
    } catch {
      return false;
    }
  }
  return true;
}

const READERS = {
  facilities: readHubFacilities,
  countries: readHubCountries,
  policies: readHubPolicies,
} as const;

/**
 * `ccus-atlas import facilities.json countries.json policies.json`: maps the predecessor's export onto
 * CCUS Atlas records, prints every value it coerced or could not map and every record it skipped, and
 * loads the rest (countries first, then policies, then facilities).
 */
export async function importHubFiles(
  paths: readonly string[],
  values: Values,
  io: CommandIO,
): Promise<number> {
  const order = { countries: 0, policies: 1, facilities: 2 } as const;
  const reads: { file: string; read: HubRead<unknown> }[] = [];
  for (const file of paths) {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    const kind = detectHubKind(data)!;
    reads.push({ file, read: READERS[kind](data, file) as HubRead<unknown> });
  }
  reads.sort((a, b) => order[a.read.kind] - order[b.read.kind]);
  const store = await openStore(databasePath(values.db as string | undefined));
  const dryRun = Boolean(values['dry-run']);
  try {
    for (const { file, read } of reads) {
      const report = await importHubValues(
        store,
        read.kind,
        file,
        read.values as never[],
        { skipped: read.problems.length, coercions: read.coercions },
        {
          author: String(values.author ?? process.env.USER ?? 'cli'),
          reason: String(values.reason ?? `import ${file}`),
        },
        dryRun,
      );
      io.out(
        `${file} (${read.kind}): ${report.created.length} created, ${report.enriched.length} enriched, ${report.kept.length} kept as stored, ${report.skipped} skipped, ${report.coercions.length} value(s) coerced or dropped${dryRun ? ' (dry run: nothing was written)' : ''}`,
      );
      for (const p of read.problems) io.out(`  skipped: ${formatProblem(p)}`);
      const grouped = new Map<string, number>();
      for (const c of read.coercions)
        grouped.set(
          `${c.field.replace(/\.(en|zh)$/, '')}: ${c.message}`,
          (grouped.get(`${c.field.replace(/\.(en|zh)$/, '')}: ${c.message}`) ?? 0) + 1,
        );
      for (const [what, n] of [...grouped].sort((a, b) => b[1] - a[1])) io.out(`  ${n} × ${what}`);
      for (const c of read.coercions)
        io.out(`    ${c.record} ${c.field} ${JSON.stringify(c.value)}: ${c.message}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
