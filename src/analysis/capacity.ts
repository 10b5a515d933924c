import type { Facility } from '../domain/facility.ts';
import type { FacilityStatus } from '../domain/facility-enums.ts';

/** Which value the capacity of a facility was taken from. */
export type CapacityBasis = 'estimated' | 'announced-midpoint' | 'announced-bound' | 'unknown';

export interface FacilityCapacityFigure {
  /** Mt CO2 per year; undefined when the source gives no capacity at all. */
  mt: number | undefined;
  basis: CapacityBasis;
}

/**
 * The capacity of one facility, in Mt CO2 per year. This is the only capacity rule in CCUS Atlas:
 * every page, chart, total and export calls it.
 *
 * 1. the estimated capacity, when the source gives one (the IEA's own estimate);
 * 2. else the midpoint of the announced range, when both ends are known;
 * 3. else the single announced bound that is known ("up to 2" gives 2);
 * 4. else unknown: the facility is counted, and its capacity is reported as unknown, never as zero.
 *
 * It is a project-record capacity (what was announced or estimated per year at full operation),
 * not deliverable or injected capacity.
 *
 * ### Examples
 *
 * ```ts
 * facilityCapacityMt({ capacity: { estimatedMt: 1.2, announcedLowMt: 1, announcedHighMt: 2 } }) // { mt: 1.2, basis: 'estimated' }
 * facilityCapacityMt({ capacity: { announcedLowMt: 0.5, announcedHighMt: 1 } })                // { mt: 0.75, basis: 'announced-midpoint' }
 * facilityCapacityMt({ capacity: { announcedHighMt: 2 } })                                     // { mt: 2, basis: 'announced-bound' }
 * facilityCapacityMt({ capacity: {} })                                                          // { mt: undefined, basis: 'unknown' }
 * ```
 */
export function facilityCapacityMt(facility: Pick<Facility, 'capacity'>): FacilityCapacityFigure {
  const { estimatedMt, announcedLowMt, announcedHighMt } = facility.capacity;
  if (estimatedMt !== undefined) return { mt: estimatedMt, basis: 'estimated' };
  if (announcedLowMt !== undefined && announcedHighMt !== undefined) {
    return { mt: (announcedLowMt + announcedHighMt) / 2, basis: 'announced-midpoint' };
  }
  const bound = announcedLowMt ?? announcedHighMt;
  if (bound !== undefined) return { mt: bound, basis: 'announced-bound' };
  return { mt: undefined, basis: 'unknown' };
}

/** Pipeline: every project that is planned, being built or running. */
export const PIPELINE_STATUSES: readonly FacilityStatus[] = ['planned', 'under_construction', 'operational'];
/** Committed: projects past the final investment decision in practice: being built or running. */
export const COMMITTED_STATUSES: readonly FacilityStatus[] = ['under_construction', 'operational'];

export const isPipeline = (f: Pick<Facility, 'status'>) => PIPELINE_STATUSES.includes(f.status);
export const isCommitted = (f: Pick<Facility, 'status'>) => COMMITTED_STATUSES.includes(f.status);

export type RecordYearBasis = 'operation' | 'fid' | 'announcement';

/**
 * The year a facility counts from in time series: its operation year, else its FID year, else its
 * announcement year; undefined when the source gives none of them.
 *
 * ### Example
 *
 * ```ts
 * recordYear({ dates: { announcementYear: 2021, operationYear: 2028 } }) // { year: 2028, basis: 'operation' }
 * ```
 */
export function recordYear(
  facility: Pick<Facility, 'dates'>,
): { year: number; basis: RecordYearBasis } | undefined {
  const d = facility.dates;
  if (d.operationYear !== undefined) return { year: d.operationYear, basis: 'operation' };
  if (d.fidYear !== undefined) return { year: d.fidYear, basis: 'fid' };
  if (d.announcementYear !== undefined) return { year: d.announcementYear, basis: 'announcement' };
  return undefined;
}

/** A count of facilities and the capacity of those whose capacity is known. */
export interface CapacityTally {
  count: number;
  /** Facilities whose capacity is unknown: included in `count`, not in `mt`. */
  unknownCount: number;
  mt: number;
}

const emptyTally = (): CapacityTally => ({ count: 0, unknownCount: 0, mt: 0 });

function add(tally: CapacityTally, facility: Pick<Facility, 'capacity'>): void {
  const { mt } = facilityCapacityMt(facility);
  tally.count += 1;
  if (mt === undefined) tally.unknownCount += 1;
  else tally.mt += mt;
}

/** Rounds Mt figures for display and comparison (three decimals hide floating-point noise). */
export const roundMt = (mt: number) => Math.round(mt * 1000) / 1000;

export interface CapacityTotals {
  all: CapacityTally;
  pipeline: CapacityTally;
  committed: CapacityTally;
  byStatus: Record<FacilityStatus, CapacityTally>;
}

/**
 * Counts and capacity of a set of facilities: all of them, the pipeline, the committed part and each
 * status. Capacity comes from `facilityCapacityMt`; unknown capacities are counted separately.
 *
 * ### Example
 *
 * Two operational projects of 1 and unknown Mt/yr and one planned of 0.5–1 Mt/yr give
 * `pipeline = { count: 3, unknownCount: 1, mt: 1.75 }` and `committed = { count: 2, unknownCount: 1, mt: 1 }`.
 */
export function capacityTotals(facilities: readonly Pick<Facility, 'capacity' | 'status'>[]): CapacityTotals {
  const byStatus = Object.fromEntries(
    (
      ['operational', 'under_construction', 'planned', 'suspended', 'cancelled', 'decommissioned'] as const
    ).map((s) => [s, emptyTally()]),
  ) as Record<FacilityStatus, CapacityTally>;
  const totals: CapacityTotals = {
    all: emptyTally(),
    pipeline: emptyTally(),
    committed: emptyTally(),
    byStatus,
  };
  for (const f of facilities) {
    add(totals.all, f);
    add(byStatus[f.status], f);
    if (isPipeline(f)) add(totals.pipeline, f);
    if (isCommitted(f)) add(totals.committed, f);
  }
  for (const t of [totals.all, totals.pipeline, totals.committed, ...Object.values(byStatus)])
    t.mt = roundMt(t.mt);
  return totals;
}

export interface CapacityYearPoint {
  year: number;
  pipelineMt: number;
  committedMt: number;
  pipelineCount: number;
  committedCount: number;
}

export interface CapacitySeries {
  points: CapacityYearPoint[];
  /** Pipeline facilities without a record year: in the totals, not on the time axis. */
  undatedCount: number;
  /** Pipeline facilities dated before the window start: included from the first year on. */
  beforeWindowCount: number;
}

/**
 * Cumulative pipeline and committed capacity (and counts) by record year, from `fromYear` to `toYear`.
 * A facility adds to every year from its record year on; one dated before the window is present from
 * the first year; one without a record year is reported in `undatedCount`. The last point therefore
 * equals `capacityTotals` of the dated pipeline.
 */
export function cumulativeCapacityByYear(
  facilities: readonly Pick<Facility, 'capacity' | 'status' | 'dates'>[],
  fromYear: number,
  toYear: number,
): CapacitySeries {
  const points: CapacityYearPoint[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    points.push({ year, pipelineMt: 0, committedMt: 0, pipelineCount: 0, committedCount: 0 });
  }
  let undatedCount = 0;
  let beforeWindowCount = 0;
  for (const f of facilities) {
    if (!isPipeline(f)) continue;
    const dated = recordYear(f);
    if (!dated) {
      undatedCount += 1;
      continue;
    }
    if (dated.year < fromYear) beforeWindowCount += 1;
    const mt = facilityCapacityMt(f).mt ?? 0;
    const committed = isCommitted(f);
    for (const p of points) {
      if (p.year < dated.year) continue;
      p.pipelineMt += mt;
      p.pipelineCount += 1;
      if (committed) {
        p.committedMt += mt;
        p.committedCount += 1;
      }
    }
  }
  for (const p of points) {
    p.pipelineMt = roundMt(p.pipelineMt);
    p.committedMt = roundMt(p.committedMt);
  }
  return { points, undatedCount, beforeWindowCount };
}
