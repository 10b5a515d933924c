import type { Policy } from '../../domain/policy.ts';
import { citationCoverage, citedShare } from './citation-coverage.ts';
import { recordFindings } from './index.ts';

/** One revision of a policy, as the trend replays them: when, which record, and its content after (null when deleted). */
export interface PolicyRevisionPoint {
  createdAt: string;
  entityId: string;
  after: Policy | null;
}

/** The state of the policy records at the end of one month. */
export interface QualityTrendPoint {
  /** YYYY-MM */
  month: string;
  records: number;
  /** Errors and warnings of the record-level checks (placeholders, citations, languages). */
  errors: number;
  warnings: number;
  /** Share of scores citing any source, 0–1. */
  citedShare: number;
  /** Revisions written that month. */
  changes: number;
}

/**
 * Replays the policy revisions month by month and audits the records as they stood at the end of
 * each month with changes: how the quality moved as the data was edited.
 *
 * ### Example
 * A record created in 2026-01 with placeholder evidence in two dimensions and fixed in 2026-03 gives
 * `[{month: '2026-01', errors: 3, …}, {month: '2026-03', errors: 0, …}]`.
 */
export function qualityTrend(revisions: readonly PolicyRevisionPoint[]): QualityTrendPoint[] {
  const sorted = [...revisions].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const state = new Map<string, Policy>();
  const points: QualityTrendPoint[] = [];
  let i = 0;
  while (i < sorted.length) {
    const month = sorted[i]!.createdAt.slice(0, 7);
    let changes = 0;
    for (; i < sorted.length && sorted[i]!.createdAt.slice(0, 7) === month; i++, changes++) {
      const r = sorted[i]!;
      if (r.after) state.set(r.entityId, r.after);
      else state.delete(r.entityId);
    }
    const policies = [...state.values()];
    const findings = policies.flatMap(recordFindings);
    points.push({
      month,
      records: policies.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      citedShare: citedShare(citationCoverage(policies)),
      changes,
    });
  }
  return points;
}
