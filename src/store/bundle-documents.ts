import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ProblemsError } from '../domain/problem.ts';
import { listInputFiles, readDocumentFiles } from '../ingest/document-files.ts';
import type { BundleFingerprints } from './bundle.ts';
import type { Store } from './store.ts';

export interface DocumentBundleReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  skippedFiles: number;
}

/**
 * Loads `data/documents/` into the store: documents whose file (or sidecar) changed since the last
 * load, in one transaction; a restart with unchanged files hashes their bytes, parses nothing and writes nothing.
 */
export async function loadBundledDocuments(
  store: Store,
  dataDir: string,
  fingerprints: BundleFingerprints,
): Promise<DocumentBundleReport> {
  const report: DocumentBundleReport = { created: [], updated: [], unchanged: [], skippedFiles: 0 };
  const dir = join(dataDir, 'documents');
  if (!existsSync(dir)) return report;
  const { files, problems: listProblems } = await listInputFiles([dir]);
  const { documents, problems, skipped } = await readDocumentFiles(files, {
    skip: (path, fingerprint) => !fingerprints.isFresh(path, fingerprint),
  });
  if (listProblems.length + problems.length > 0) throw new ProblemsError([...listProblems, ...problems]);
  const fresh = documents;
  report.skippedFiles = skipped;
  if (fresh.length === 0) return report;
  const at = new Date().toISOString();
  await store.transaction(async (tx) => {
    for (const loaded of fresh) {
      const { outcome } = await tx.documents.save(loaded.document, {
        author: 'bundled dataset',
        reason: `loaded from ${relative(dataDir, loaded.path)}`,
        at,
      });
      report[outcome].push(loaded.document.meta.id);
      await fingerprints.mark(tx, loaded.path, loaded.fingerprint, at);
    }
  });
  return report;
}
