import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { ProblemsError } from '../domain/problem.ts';
import { readRecordFiles } from '../ingest/record-files.ts';
import type { ImportReport } from './import-policies.ts';
import type { Store } from './store.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface BundleReport extends ImportReport {
  /** Files whose content was already loaded and were skipped. */
  skippedFiles: number;
}

/**
 * Loads the bundled dataset into the store: only files that are new or changed since the last load
 * (by content hash), all in one transaction. A restart with unchanged files writes nothing.
 */
export async function loadBundle(store: Store, dataDir: string): Promise<BundleReport> {
  const { records, problems } = await readRecordFiles([dataDir]);
  if (problems.length > 0) throw new ProblemsError(problems);
  const loaded = new Map(
    (await store.db.selectFrom('bundle_files').select(['path', 'sha256']).execute()).map((r) => [r.path, r.sha256]),
  );
  const key = (path: string) => relative(dataDir, path).split('\\').join('/');
  const fresh = records.filter((r) => loaded.get(key(r.path)) !== sha256(r.text));
  const report: BundleReport = { created: [], updated: [], unchanged: [], skippedFiles: records.length - fresh.length };
  if (fresh.length === 0) return report;
  const at = new Date().toISOString();
  await store.transaction(async (tx) => {
    for (const record of fresh) {
      const { outcome } = await tx.policies.save(record.policy, {
        author: 'bundled dataset',
        reason: `loaded from ${record.file}`,
        at,
      });
      report[outcome].push(record.policy.id);
      await tx.db
        .insertInto('bundle_files')
        .values({ path: key(record.path), sha256: sha256(record.text), loaded_at: at })
        .onConflict((oc) => oc.column('path').doUpdateSet({ sha256: sha256(record.text), loaded_at: at }))
        .execute();
    }
  });
  return report;
}
