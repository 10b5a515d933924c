import type { Policy } from '../../domain/policy.ts';
import { citationCoverageCheck, uncitedFindings } from './citation-coverage.ts';
import { duplicateEntities } from './duplicate-entities.ts';
import { enumDrift } from './enum-drift.ts';
import { facilitySanity } from './facility-sanity.ts';
import { type AuditCheck, type AuditContext, emptyAuditContext, type Finding, SEVERITIES, type Severity } from './finding.ts';
import { mixedLanguage, policyLanguageFindings } from './mixed-language.ts';
import { placeholderEvidence, placeholderFindings } from './placeholder-evidence.ts';
import { referentialIntegrity } from './referential-integrity.ts';
import { staleAudits } from './stale-audits.ts';

export type { AuditCheck, AuditContext, Finding, Severity } from './finding.ts';
export { emptyAuditContext, SEVERITIES } from './finding.ts';

/** Every check, in the order reports list them. */
export const AUDIT_CHECKS: readonly AuditCheck[] = [
  referentialIntegrity,
  placeholderEvidence,
  citationCoverageCheck,
  mixedLanguage,
  staleAudits,
  enumDrift,
  duplicateEntities,
  facilitySanity,
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs the checks (all, or those named) and returns their findings, worst first, then by record. */
export function runAudits(context: AuditContext, only?: readonly string[]): Finding[] {
  const checks = only ? AUDIT_CHECKS.filter((c) => only.includes(c.id)) : AUDIT_CHECKS;
  return checks
    .flatMap((c) => c.run(context))
    .sort(
      (a, b) =>
        RANK[a.severity] - RANK[b.severity] ||
        a.entityType.localeCompare(b.entityType) ||
        a.entityId.localeCompare(b.entityId) ||
        a.field.localeCompare(b.field),
    );
}

/** The findings that refuse an import: errors. */
export const blockingFindings = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');

/** True when a finding at or above `threshold` exists (for `--fail-on`). */
export const failsAt = (findings: readonly Finding[], threshold: Severity) => findings.some((f) => RANK[f.severity] <= RANK[threshold]);

export interface FindingSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byCheck: Record<string, Record<Severity, number>>;
}

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const zero = () => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const summary: FindingSummary = { total: findings.length, bySeverity: zero(), byCheck: Object.fromEntries(AUDIT_CHECKS.map((c) => [c.id, zero()])) };
  for (const f of findings) {
    summary.bySeverity[f.severity]++;
    (summary.byCheck[f.check] ??= zero())[f.severity]++;
  }
  return summary;
}

/**
 * The checks that need nothing but the record itself (placeholders, citations, languages), for the
 * badge on a policy page and the trend over revisions. Links to other records are checked by the
 * full audit.
 */
export function recordFindings(policy: Policy): Finding[] {
  return [...placeholderFindings(policy), ...uncitedFindings(policy), ...policyLanguageFindings(policy)];
}

export type QualityGrade = 'good' | 'fair' | 'poor';

/**
 * A record's grade from its findings: poor with any error, fair with warnings, good otherwise.
 *
 * ### Example
 * A record whose strategic evidence reads "Baseline strategic alignment" has an error → `poor`; one
 * with a score that cites nothing has a warning → `fair`.
 */
export function qualityGrade(findings: readonly Finding[]): QualityGrade {
  if (findings.some((f) => f.severity === 'error')) return 'poor';
  if (findings.some((f) => f.severity === 'warning')) return 'fair';
  return 'good';
}

/**
 * A penalty score ordering records from worst: 10 per error, 3 per warning, 1 per info.
 */
export const penalty = (findings: readonly Finding[]) =>
  findings.reduce((sum, f) => sum + (f.severity === 'error' ? 10 : f.severity === 'warning' ? 3 : 1), 0);

/** Runs the whole audit over a context made of these policies only (tests and quick checks). */
export const auditPolicies = (policies: readonly Policy[], overrides: Partial<AuditContext> = {}) =>
  runAudits(emptyAuditContext({ policies, ...overrides }));
