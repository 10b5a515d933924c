/**
 * The continuation obligation after support (spec §A7, B5.7): both operators keep the supported level for
 * O years; each year's performance is recorded, and the unfulfilled share is assessed at the end of the
 * period or when an exit is declared (later years then count as not performed).
 */
import type { JpEvent } from './input.ts';
import type { CaptureYear } from './results.ts';
import type { ClosingRows } from './closing.ts';
import type { CaptureState, Ctx, ProjectState } from './state.ts';

type Perf = Extract<JpEvent, { kind: 'obligationPerformance' }>;
type Assess = (ctx: Ctx, ps: ProjectState, party: string, shortfallSum: number, rows: ClosingRows) => void;

/** Required level L_c: mean annual eligible volume over the original support period. */
export function requiredLevelT(ps: ProjectState, cs: CaptureState): number {
  return cs.sumVelT / ps.T;
}

/**
 * Capture operator's performance: `min(1, (CCS + credit × alternative reduction) / L)`; excused years and
 * years without a report count as performed.
 *
 * @example E7, FY2036: (600,000 + 200,000) / 1,000,000 = 0.8
 */
export function capturePerformance(ctx: Ctx, e: Perf | undefined, levelT: number): number {
  if (!e || e.excused || levelT <= 0) return 1;
  const credit = ctx.cfg.repayment.continuation.alternativeCredit;
  return Math.min(1, ((e.ccsVolumeT ?? 0) + credit * (e.alternativeReductionT ?? 0)) / levelT);
}

/** T&S operator's performance: `min(1, stored / min(Σ L, offered))`, 1 when the denominator is 0. */
export function tsPerformance(e: Perf | undefined, totalLevelT: number): number {
  if (!e || e.excused) return 1;
  const denom = Math.min(totalLevelT, e.offeredVolumeT ?? totalLevelT);
  return denom > 0 ? Math.min(1, (e.storedVolumeT ?? 0) / denom) : 1;
}

/** Records one year of the obligation period for every operator of `ps` and assesses finished periods. */
export function recordObligationYear(
  ctx: Ctx, ps: ProjectState, fy: number, events: readonly JpEvent[],
  rows: ReadonlyMap<CaptureState, CaptureYear>, closing: ClosingRows, assess: Assess,
): void {
  if (ps.O <= 0) return;
  const perfEvent = (id: string) => events.find((e): e is Perf => e.kind === 'obligationPerformance' && e.operatorId === id);
  for (const cs of ps.capture) {
    if (cs.obligationClosed || fy <= cs.endFy || fy > cs.endFy + ps.O) continue;
    rows.get(cs)!.phase = 'obligation';
    const e = perfEvent(cs.op.id);
    cs.obligationShortfallSum += 1 - capturePerformance(ctx, e, requiredLevelT(ps, cs));
    const exit = e?.exitDeclared === true;
    if (exit) cs.obligationShortfallSum += cs.endFy + ps.O - fy;
    if (exit || fy === cs.endFy + ps.O) {
      cs.obligationClosed = true;
      assess(ctx, ps, cs.op.id, cs.obligationShortfallSum, closing);
    }
  }
  const projectEnd = Math.max(...ps.capture.map((c) => c.endFy));
  if (ps.tsObligationClosed || fy <= projectEnd || fy > projectEnd + ps.O) return;
  const e = perfEvent(ps.bid.ts.id);
  const level = ps.capture.reduce((s, cs) => s + requiredLevelT(ps, cs), 0);
  ps.tsObligationShortfallSum += 1 - tsPerformance(e, level);
  const exit = e?.exitDeclared === true;
  if (exit) ps.tsObligationShortfallSum += projectEnd + ps.O - fy;
  if (exit || fy === projectEnd + ps.O) {
    ps.tsObligationClosed = true;
    assess(ctx, ps, ps.bid.ts.id, ps.tsObligationShortfallSum, closing);
  }
}
