import { facilityCapacityMt } from '../capacity.ts';
import type { AuditCheck, Finding } from './finding.ts';

/** Capacities above this many Mt CO2/yr are flagged for a second look whatever the distribution. */
export const CAPACITY_CEILING_MT = 30;

/** The value at quantile q (0–1) of sorted numbers, by linear interpolation. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Facility records that cannot be right or deserve a second look: coordinates at 0,0 (a missing
 * value written as zero), milestone years out of order (announcement ≤ FID ≤ operation), and
 * capacities far above the rest (above the ceiling, or beyond Q3 + 3 × IQR on a log scale).
 */
export const facilitySanity: AuditCheck = {
  id: 'facility-sanity',
  description: 'Facilities at 0,0, with milestone years out of order, or with capacities far above the rest.',
  run(context) {
    const findings: Finding[] = [];
    const capacities = context.facilities.map((f) => facilityCapacityMt(f).mt).filter((mt): mt is number => mt !== undefined && mt > 0);
    const logs = capacities.map(Math.log10).sort((a, b) => a - b);
    const q1 = quantile(logs, 0.25);
    const q3 = quantile(logs, 0.75);
    const fence = logs.length >= 8 ? 10 ** (q3 + 3 * (q3 - q1)) : Infinity;
    for (const f of context.facilities) {
      const add = (severity: Finding['severity'], field: string, message: string, fix: string) =>
        findings.push({ check: this.id, severity, entityType: 'facility', entityId: f.id, field, message, fix });
      if (f.location && f.location.lat === 0 && f.location.lon === 0) {
        add('error', 'location', 'the coordinates are 0,0 (in the Gulf of Guinea): a missing location written as zero', 'remove the location or enter the real coordinates');
      }
      const { announcementYear: a, fidYear: fid, operationYear: op } = f.dates;
      if (a !== undefined && fid !== undefined && a > fid) {
        add('error', 'dates.fidYear', `final investment decision (${fid}) before the announcement (${a})`, 'check both years against the source');
      }
      if (fid !== undefined && op !== undefined && fid > op) {
        add('error', 'dates.operationYear', `operation (${op}) before the final investment decision (${fid})`, 'check both years against the source');
      } else if (a !== undefined && op !== undefined && a > op) {
        add('error', 'dates.operationYear', `operation (${op}) before the announcement (${a})`, 'check both years against the source');
      }
      const mt = facilityCapacityMt(f).mt;
      if (mt !== undefined && (mt > CAPACITY_CEILING_MT || mt > fence)) {
        add('warning', 'capacity', `capacity ${mt} Mt/yr is far above the other facilities`, 'check the unit (t vs Mt, per year vs total) against the source');
      }
    }
    return findings;
  },
};
