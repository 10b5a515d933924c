import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ProblemsError } from '../domain/problem.ts';
import { readCountryFiles, readFacilityFiles } from '../ingest/facility-files.ts';
import type { BundleFingerprints } from './bundle.ts';
import type { Store } from './store.ts';

export interface FacilityBundleReport {
  facilities: { created: string[]; updated: string[]; unchanged: string[] };
  countries: { created: string[]; updated: string[]; unchanged: string[] };
  skippedFiles: number;
}

/**
 * Loads `data/facilities/*.yaml` and `data/countries/*.yaml` files that are new or changed since the
 * last load (by content hash). Any problem in any file throws ProblemsError before anything is written.
 * Call inside the bundle transaction.
 */
export async function loadBundledFacilities(
  store: Store,
  dataDir: string,
  fingerprints: BundleFingerprints,
): Promise<FacilityBundleReport> {
  const facilitiesDir = join(dataDir, 'facilities');
  const countriesDir = join(dataDir, 'countries');
  const facilities = existsSync(facilitiesDir)
    ? await readFacilityFiles(facilitiesDir)
    : { records: [], problems: [] };
  const countries = existsSync(countriesDir)
    ? await readCountryFiles(countriesDir)
    : { records: [], problems: [] };
  const problems = [...facilities.problems, ...countries.problems];
  if (problems.length > 0) throw new ProblemsError(problems);
  const report: FacilityBundleReport = {
    facilities: { created: [], updated: [], unchanged: [] },
    countries: { created: [], updated: [], unchanged: [] },
    skippedFiles: 0,
  };
  const at = new Date().toISOString();
  for (const record of facilities.records) {
    if (!fingerprints.isFresh(record.path, record.text)) {
      report.skippedFiles += 1;
      continue;
    }
    const { outcome } = await store.facilities.save(record.value, {
      author: 'bundled dataset',
      reason: `loaded from ${relative(dataDir, record.path)}`,
      at,
    });
    report.facilities[outcome].push(record.value.id);
    await fingerprints.mark(store, record.path, record.text, at);
  }
  for (const record of countries.records) {
    if (!fingerprints.isFresh(record.path, record.text)) {
      report.skippedFiles += 1;
      continue;
    }
    const outcome = await store.countries.save(record.value, {
      author: 'bundled dataset',
      reason: `loaded from ${relative(dataDir, record.path)}`,
      at,
    });
    report.countries[outcome].push(record.value.code);
    await fingerprints.mark(store, record.path, record.text, at);
  }
  return report;
}
