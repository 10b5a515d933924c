import type { DomainEnum } from '../../domain/enum.ts';
import { carbonFate, facilitySector, facilityStatus, facilityType, locationPrecision, worldRegion } from '../../domain/facility-enums.ts';
import { legalWeight, policyCategory, policyScope, policyStatus, reviewStatus, sector } from '../../domain/policy-enums.ts';
import type { AuditCheck, AuditEntityType, Finding } from './finding.ts';

type Field = [field: string, value: unknown, domain: DomainEnum<string>];

/**
 * A stored value checked against its enumeration: canonical values pass; an alias or label (stored
 * before the model resolved it) is a warning naming the canonical value; anything else is an error.
 */
function drift(entityType: AuditEntityType, entityId: string, fields: Field[], check: string): Finding[] {
  const findings: Finding[] = [];
  for (const [field, value, domain] of fields) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && (domain.values as readonly string[]).includes(value)) continue;
    const canonical = typeof value === 'string' ? domain.resolve(value) : undefined;
    findings.push(
      canonical
        ? { check, severity: 'warning', entityType, entityId, field, message: `"${value}" is an alias of the ${domain.name} "${canonical}"`, fix: `store the canonical value "${canonical}"` }
        : { check, severity: 'error', entityType, entityId, field, message: domain.unknownMessage(value), fix: `use one of ${domain.values.join(', ')}` },
    );
  }
  return findings;
}

/** Stored enumerated values that are no longer (or never were) canonical: data written before a model change. */
export const enumDrift: AuditCheck = {
  id: 'enum-drift',
  description: 'Stored enumerated values that are aliases or unknown to the current model.',
  run(context) {
    return [
      ...context.policies.flatMap((p) =>
        drift('policy', p.id, [
          ['status', p.status, policyStatus],
          ['category', p.category, policyCategory],
          ['legalWeight', p.legalWeight, legalWeight],
          ['scope', p.scope, policyScope],
          ['reviewStatus', p.reviewStatus, reviewStatus],
          ...p.sectors.map((s, i): Field => [`sectors.${i}`, s, sector]),
        ], this.id),
      ),
      ...context.facilities.flatMap((f) =>
        drift('facility', f.id, [
          ['type', f.type, facilityType],
          ['status', f.status, facilityStatus],
          ['sector', f.sector, facilitySector],
          ['fate', f.fate, carbonFate],
          ['region', f.region, worldRegion],
          ['location.precision', f.location?.precision, locationPrecision],
          ['reviewStatus', f.reviewStatus, reviewStatus],
        ], this.id),
      ),
      ...context.countries.flatMap((c) =>
        drift('country', c.code, [
          ['region', c.region, worldRegion],
          ['reviewStatus', c.reviewStatus, reviewStatus],
        ], this.id),
      ),
    ];
  },
};
