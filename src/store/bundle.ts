import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ProblemsError } from '../domain/problem.ts';
import { readRecordFiles } from '../ingest/record-files.ts';
import { type DocumentBundleReport, loadBundledDocuments } from './bundle-documents.ts';
import { type FacilityBundleReport, loadBundledFacilities } from './bundle-facilities.ts';
import type { ImportReport } from './import-policies.ts';
import type { Store } from './store.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface BundleReport extends ImportReport {
  /** Files whose content was already loaded and were skipped. */
  skippedFiles: number;
  /** What `data/documents/` loaded. */
  documents?: DocumentBundleReport;
  /** What `data/facilities/` and `data/countries/` loaded. */
  facilities?: FacilityBundleReport;
}

/** Tracks which bundled files were loaded, by content hash, so a restart loads nothing twice. */
export class BundleFingerprints {
  private constructor(
    private readonly dataDir: string,
    private readonly known: Map<string, string>,
  ) {}

  static async read(store: Store, dataDir: string): Promise<BundleFingerprints> {
    const rows = await store.db.selectFrom('bundle_files').select(['path', 'sha256']).execute();
    return new BundleFingerprints(dataDir, new Map(rows.map((r) => [r.path, r.sha256])));
  }

  private key(path: string): string {
    return relative(this.dataDir, path).split('\\').join('/');
  }

  /** True when this file's content was not loaded before. */
  isFresh(path: string, text: string): boolean {
    return this.known.get(this.key(path)) !== sha256(text);
  }

  /** Records a file as loaded; call inside the transaction that loads it. */
  async mark(store: Store, path: string, text: string, at: string): Promise<void> {
    const hash = sha256(text);
    await store.db
      .insertInto('bundle_files')
      .values({ path: this.key(path), sha256: hash, loaded_at: at })
      .onConflict((oc) => oc.column('path').doUpdateSet({ sha256: hash, loaded_at: at }))
      .execute();
  }
}

/**
 * Loads the bundled dataset into the store: `data/policies/` record files that are new or changed
 * since the last load, all in one transaction. A restart with unchanged files writes nothing.
 * Other sections of `data/` (documents, facilities, countries) are loaded by their own loaders with
 * the same fingerprints.
 */
export async function loadBundle(store: Store, dataDir: string): Promise<BundleReport> {
  const policiesDir = join(dataDir, 'policies');
  const { records, problems } = existsSync(policiesDir)
    ? await readRecordFiles([policiesDir])
    : { records: [], problems: [] };
  if (problems.length > 0) throw new ProblemsError(problems);
  return store.transaction(async (tx) => {
    // Two servers starting at once: the second waits here, then finds every file already loaded.
    await tx.dialect.lock(tx.db, 'bundle');
    const fingerprints = await BundleFingerprints.read(tx, dataDir);
    const fresh = records.filter((r) => fingerprints.isFresh(r.path, r.text));
    const report: BundleReport = { created: [], updated: [], unchanged: [], skippedFiles: records.length - fresh.length };
    report.documents = await loadBundledDocuments(tx, dataDir, fingerprints);
    report.facilities = await loadBundledFacilities(tx, dataDir, fingerprints);
    const at = new Date().toISOString();
    for (const record of fresh) {
      const { outcome } = await tx.policies.save(record.policy, {
        author: 'bundled dataset',
        reason: `loaded from ${relative(dataDir, record.path)}`,
        at,
      });
      report[outcome].push(record.policy.id);
      await fingerprints.mark(tx, record.path, record.text, at);
    }
    return report;
  });
}
