/**
 * One capture project described once and run through any set of schemes: its capture cost, T&S fee,
 * volumes and ramp-up, dates, sector, discount rates and currency. Money is in the project's currency
 * (`Ccy` in names); the defaults describe a 1 Mt/yr steel capture project in Japan.
 */
import { z } from 'zod';
import { currencySchema } from './fx.ts';
import { deepFreeze } from './param.ts';

export const sectorSchema = z.enum(['steel', 'chemicals', 'cement', 'paper', 'refining', 'power', 'waste', 'other']);

export const projectSchema = z.object({
  name: z.string().default('1 Mt/yr steel capture project'),
  sector: sectorSchema.default('steel'),
  currency: currencySchema.default('JPY'),
  firstOperatingYear: z.number().int().min(2000).max(2100).default(2030),
  constructionYears: z.number().int().min(0).max(10).default(3),
  operatingYears: z.number().int().min(1).max(60).default(20),
  /** Overnight capture capex, spent evenly over the construction years. */
  captureCapexCcy: z.number().nonnegative().default(120e9),
  captureOpexFixedCcyPerYear: z.number().nonnegative().default(3e9),
  captureOpexVariableCcyPerT: z.number().nonnegative().default(6000),
  tsFeeCcyPerT: z.number().nonnegative().default(12000),
  plateauVolumeT: z.number().positive().default(1_000_000),
  /** Share of the plateau reached in the first operating years; later years run at the plateau. */
  rampShares: z.array(z.number().min(0).max(1)).max(20).default([0.5, 0.8]),
  /** Share of captured CO2 that is biogenic (no carbon price avoided on it). */
  biogenicShare: z.number().min(0).max(1).default(0),
  operatorDiscountRate: z.number().min(-0.5).max(1).default(0.08),
  governmentDiscountRate: z.number().min(-0.5).max(1).default(0.04),
  /** Year to which NPVs are discounted; defaults to the first construction year. */
  valuationYear: z.number().int().optional(),
  power: z
    .object({
      capacityKw: z.number().positive(),
      capacityFactor: z.number().min(0).max(1),
      fuel: z.enum(['coal', 'lng']),
      /** Share of capture opex (per tonne) that is fixed cost; the rest is variable. */
      fixedShareOfCaptureOpex: z.number().min(0).max(1).default(0.3),
    })
    .optional(),
});

export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;

/** Yearly arrays of a project over its whole timeline (construction, then operation). */
export interface Timeline {
  readonly project: Project;
  readonly firstYear: number;
  readonly length: number;
  /** Index of the first operating year. */
  readonly codIndex: number;
  readonly valuationYear: number;
  readonly volumeT: Float64Array;
  readonly capexCcy: Float64Array;
  readonly opexCcy: Float64Array;
  readonly tsFeeCcy: Float64Array;
}

/** Validates a project and lays out its yearly volumes and costs. */
export function buildTimeline(input: ProjectInput): Timeline {
  const project = deepFreeze(projectSchema.parse(input));
  const length = project.constructionYears + project.operatingYears;
  const firstYear = project.firstOperatingYear - project.constructionYears;
  const volumeT = new Float64Array(length);
  const capexCcy = new Float64Array(length);
  const opexCcy = new Float64Array(length);
  const tsFeeCcy = new Float64Array(length);
  for (let i = 0; i < project.constructionYears; i++) capexCcy[i] = project.captureCapexCcy / project.constructionYears;
  if (project.constructionYears === 0) capexCcy[0] = project.captureCapexCcy;
  for (let k = 0; k < project.operatingYears; k++) {
    const i = project.constructionYears + k;
    const v = project.plateauVolumeT * (project.rampShares[k] ?? 1);
    volumeT[i] = v;
    opexCcy[i] = project.captureOpexFixedCcyPerYear + project.captureOpexVariableCcyPerT * v;
    tsFeeCcy[i] = project.tsFeeCcyPerT * v;
  }
  return Object.freeze({
    project, firstYear, length, codIndex: project.constructionYears,
    valuationYear: project.valuationYear ?? firstYear, volumeT, capexCcy, opexCcy, tsFeeCcy,
  });
}

export interface LevelisedParts {
  readonly capex?: boolean;
  readonly opex?: boolean;
  readonly fee?: boolean;
}

/**
 * Levelised cost per tonne over `termYears` operating years from the start of operation, at the operator's
 * discount rate: PV(capex + opex + fee in the term) / PV(tonnes in the term). Capex is always recovered in
 * full within the term, as a strike or base price must.
 *
 * @example a flat 1 Mt/yr project with only 10,000 JPY/t variable opex → 10,000 JPY/t
 */
export function levelisedCcyPerT(tl: Timeline, termYears: number, parts: LevelisedParts = { capex: true, opex: true }): number {
  const r = tl.project.operatorDiscountRate;
  let cost = 0;
  let tonnes = 0;
  const end = Math.min(tl.length, tl.codIndex + termYears);
  for (let i = 0; i < end; i++) {
    const df = Math.pow(1 + r, -(i - tl.codIndex));
    if (parts.capex) cost += tl.capexCcy[i]! * df;
    if (i < tl.codIndex) continue;
    if (parts.opex) cost += tl.opexCcy[i]! * df;
    if (parts.fee) cost += tl.tsFeeCcy[i]! * df;
    tonnes += tl.volumeT[i]! * df;
  }
  return tonnes > 0 ? cost / tonnes : 0;
}

/** 1 for operating years inside `[cod + startOffset, cod + startOffset + years)`, else 0. */
export function termMask(tl: Timeline, years: number, startOffset = 0): Uint8Array {
  const m = new Uint8Array(tl.length);
  for (let i = tl.codIndex + startOffset; i < Math.min(tl.length, tl.codIndex + startOffset + years); i++) m[i] = 1;
  return m;
}
