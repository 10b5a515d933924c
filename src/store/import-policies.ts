import type { Policy } from '../domain/policy.ts';
import type { WriteMeta } from './revisions.ts';
import type { SaveOutcome } from './policy-repository.ts';
import type { Store } from './store.ts';

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Saves policies in one transaction, each write a revision; with `dryRun` the transaction is rolled
 * back and the report says what would have happened.
 */
export async function importPolicies(
  store: Store,
  policies: readonly Policy[],
  meta: WriteMeta,
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [], unchanged: [] };
  const buckets: Record<SaveOutcome, string[]> = {
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
  };
  const rollback = new Error('dry run');
  try {
    await store.transaction(async (tx) => {
      for (const [i, policy] of policies.entries()) {
        const { outcome } = await tx.policies.save(policy, meta);
        buckets[outcome].push(policy.id);
        options.onProgress?.(i + 1, policies.length);
      }
      if (options.dryRun) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return report;
}
