import type { Provenance } from '../../domain/common.ts';
import type { AuditCheck, AuditContext, AuditEntityType, Finding } from './finding.ts';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) => Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function staleness(entityType: AuditEntityType, entityId: string, provenance: Provenance, context: AuditContext, check: string): Finding[] {
  const last = provenance.lastAuditDate;
  if (!last) {
    return [{
      check, severity: 'info', entityType, entityId, field: 'provenance.lastAuditDate',
      message: 'the record has never been audited',
      fix: 'check the record against its sources and set provenance.lastAuditDate',
    }];
  }
  const age = daysBetween(last, context.today);
  if (age <= context.staleAfterDays) return [];
  return [{
    check, severity: 'warning', entityType, entityId, field: 'provenance.lastAuditDate',
    message: `last audited ${last}, ${age} days ago (threshold ${context.staleAfterDays} days)`,
    fix: 'audit the record again against its sources and update provenance.lastAuditDate',
  }];
}

/** Records whose last audit is older than the threshold (a warning) or that were never audited (info). */
export const staleAudits: AuditCheck = {
  id: 'stale-audits',
  description: 'Records whose last audit is older than the threshold, or that were never audited.',
  run(context) {
    return [
      ...context.policies.flatMap((p) => staleness('policy', p.id, p.provenance, context, this.id)),
      ...context.facilities.flatMap((f) => staleness('facility', f.id, f.provenance, context, this.id)),
      ...context.countries.flatMap((c) => staleness('country', c.code, c.provenance, context, this.id)),
    ];
  },
};
