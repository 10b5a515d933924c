/**
 * Random scenarios of the Japanese scheme for property tests: one or two bids in a round, one or two
 * capture operators (the first possibly a power plant), phased plans, carbon prices that may cross the base
 * price, indexation, outages of every cause, leaks, reviews, revisions, terminations and obligation reports,
 * under varied configuration.
 */
import fc from 'fast-check';
import type { JpScenarioInput } from '../../src/schemes/jp-cfd/input.ts';

type BidInput = NonNullable<JpScenarioInput['bids']>[number];
type EventInput = NonNullable<JpScenarioInput['events']>[number];

const opArb = fc.record({
  capex: fc.integer({ min: 0, max: 20000 }),
  contShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
  used: fc.double({ min: 0, max: 1, noNaN: true }),
  opexF: fc.integer({ min: 0, max: 8000 }),
  opexI: fc.integer({ min: 1, max: 8000 }),
  volume: fc.integer({ min: 100_000, max: 2_000_000 }),
  cashFlowConstrained: fc.boolean(),
  cf: fc.double({ min: 0.2, max: 0.95, noNaN: true }),
  override: fc.option(fc.double({ min: 0, max: 1.2, noNaN: true }), { nil: undefined }),
});

const eventSpecArb = fc.record({
  kind: fc.constantFrom('outage', 'outage', 'outage', 'leak', 'tsReview', 'planRevision', 'terminate', 'obligationPerformance'),
  offset: fc.integer({ min: -1, max: 9 }),
  fraction: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  cause: fc.constantFrom('FM', 'quasiFM', 'fault'),
  who: fc.integer({ min: 0, max: 3 }),
  amount: fc.double({ min: -3000, max: 6000, noNaN: true }),
  share: fc.integer({ min: 0, max: 20 }).map((x) => x / 20),
  exit: fc.boolean(),
  project: fc.integer({ min: 0, max: 1 }),
});

export const scenarioSpecArb = fc.record({
  y0: fc.integer({ min: 2030, max: 2032 }),
  T: fc.integer({ min: 1, max: 6 }),
  obligationShare: fc.double({ min: 0, max: 1, noNaN: true }),
  ops: fc.array(opArb, { minLength: 1, maxLength: 2 }),
  power: fc.boolean(),
  planRatios: fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
  fees: fc.array(fc.integer({ min: 0, max: 30000 }), { minLength: 6, maxLength: 6 }),
  energyComponent: fc.integer({ min: 0, max: 4000 }),
  feeCapex: fc.integer({ min: 0, max: 8000 }),
  tsConstrained: fc.boolean(),
  startPrice: fc.integer({ min: 0, max: 30000 }),
  priceSteps: fc.array(fc.integer({ min: -4000, max: 8000 }), { minLength: 16, maxLength: 16 }),
  indexSteps: fc.array(fc.double({ min: -0.15, max: 0.2, noNaN: true }), { minLength: 16, maxLength: 16 }),
  secondBid: fc.boolean(),
  capacityShare: fc.double({ min: 0.7, max: 3, noNaN: true }),
  ceilingSlack: fc.integer({ min: -500, max: 10000 }),
  events: fc.array(eventSpecArb, { maxLength: 6 }),
  config: fc.record({
    captureIdx: fc.boolean(),
    tsIdx: fc.boolean(),
    tsMode: fc.constantFrom('excess', 'full'),
    clawback: fc.constantFrom('always', 'always', 'none'),
    chi: fc.constantFrom(0, 0, 0.5, 1),
    enforcement: fc.constantFrom('soft', 'soft', 'hard'),
    extensionMode: fc.constantFrom('capAtLostSupport', 'exAnteTest'),
    attribution: fc.constantFrom('proRata', 'wholeChain'),
    basis: fc.constantFrom('stored', 'delivered'),
    capAtPlan: fc.boolean(),
    headroom: fc.constantFrom(1, 1, 0.8, 1.2),
  }),
});

export type ScenarioSpec = typeof scenarioSpecArb extends fc.Arbitrary<infer T> ? T : never;

function walk(start: number, steps: readonly number[], from: number, to: number, floor = 0): Record<string, number> {
  const out: Record<string, number> = {};
  let v = start;
  for (let fy = from, i = 0; fy <= to; fy++, i++) {
    out[String(fy)] = v;
    v = Math.max(floor, v + (steps[i % steps.length] ?? 0));
  }
  return out;
}

function bidFor(spec: ScenarioSpec, index: number): BidInput {
  const { y0, T } = spec;
  const id = `P${index + 1}`;
  const ratios = spec.planRatios.slice(0, T);
  const capture = spec.ops.map((o, j) => {
    const planned: Record<string, number> = {};
    ratios.forEach((r, t) => (planned[String(y0 + t)] = Math.round(o.volume * r)));
    const delivered = o.override === undefined ? undefined : { [String(y0 + T - 1)]: Math.round(o.volume * o.override) };
    return {
      id: `${id}-C${j + 1}`,
      sector: spec.power && j === 0 ? ('power' as const) : ('steel' as const),
      capexComponentJpyPerT: o.capex,
      contingencyComponentJpyPerT: Math.round(o.capex * o.contShare),
      contingencyUsedShare: o.used,
      opexFixedComponentJpyPerT: o.opexF,
      opexIndexedComponentJpyPerT: o.opexI,
      indexWeights: { elec: 0.6, fuel: 0.4 },
      indexBaseFy: y0 - 1,
      plannedVolumeT: planned,
      cashFlowConstrained: o.cashFlowConstrained,
      roadmapSubmitted: j === 0,
      ...(delivered ? { deliveredOverrideT: delivered } : {}),
      ...(spec.power && j === 0
        ? { power: { capacityFactor: walk(o.cf, [0], y0 - 1, y0 + 20), fixedComponentJpyPerT: 5000, variableComponentJpyPerT: 6000 } }
        : {}),
    };
  });
  const tsPlan = ratios.map((_, t) => ({
    t: t + 1,
    plannedVolumeT: capture.reduce((s, c) => s + (c.plannedVolumeT[String(y0 + t)] ?? 0), 0),
    feeJpyPerT: spec.fees[(t + index) % spec.fees.length]! + index * 500,
  }));
  const vol = tsPlan.reduce((s, r) => s + r.plannedVolumeT, 0);
  const bid = tsPlan.reduce((s, r) => s + r.feeJpyPerT * r.plannedVolumeT, 0) / vol;
  return {
    projectId: id,
    roundFy: 2026,
    submissionOrder: index,
    supportStartFy: y0,
    supportYears: T,
    obligationYears: Math.floor(spec.obligationShare * T),
    tsPlan,
    tsFeeBidJpyPerT: bid,
    pipelineLengthKm: 50 + 100 * index,
    ceiling: { c0JpyPerT: Math.max(0, bid + spec.ceilingSlack), cLenJpyPerTPerKm: 0, subsurfaceJpyPerT: 0, epcJpyPerT: 0 },
    ts: {
      id: `${id}-S`,
      feeCapexComponentJpyPerT: spec.feeCapex,
      feeEnergyComponentJpyPerT: spec.energyComponent,
      energyIndex: 'tsEnergy',
      indexBaseFy: y0 - 1,
      cashFlowConstrained: spec.tsConstrained,
    },
    capture,
  };
}

function eventFor(spec: ScenarioSpec, e: ScenarioSpec['events'][number]): EventInput {
  const projectId = `P${spec.secondBid ? e.project + 1 : 1}`;
  const parties = [`${projectId}-S`, `${projectId}-C1`, `${projectId}-C2`, 'external'];
  const who = parties[e.who % parties.length]!;
  const fy = spec.y0 + e.offset;
  switch (e.kind) {
    case 'outage':
      return { kind: 'outage', fy, projectId, origin: who === 'external' ? parties[0]! : who, fractionOfYear: e.fraction, cause: e.cause as 'FM' | 'quasiFM' | 'fault', faultParty: who };
    case 'leak':
      return { kind: 'leak', fy, projectId, leakedVolumeT: Math.round(e.fraction * 400_000), faultShares: { [who]: e.share, FM: 1 - e.share } };
    case 'tsReview':
      return { kind: 'tsReview', fy, projectId, feeDeltaJpyPerT: e.amount, reason: e.exit ? 'periodic' : 'consultation' };
    case 'planRevision':
      return { kind: 'planRevision', fy, projectId, newPlan: Array.from({ length: spec.T }, (_, t) => ({ t: t + 1, plannedVolumeT: Math.round(1_000_000 * (0.5 + e.fraction)), feeJpyPerT: Math.max(0, 10000 + e.amount * (t + 1)) })) };
    case 'terminate':
      return { kind: 'terminate', fy, projectId, reason: 'test', faultShares: { [who]: e.share } };
    default:
      return { kind: 'obligationPerformance', fy, operatorId: who, ccsVolumeT: Math.round(e.fraction * 1_500_000), alternativeReductionT: Math.round(e.share * 200_000), storedVolumeT: Math.round(e.fraction * 2_000_000), exitDeclared: e.exit && e.fraction < 0.2 };
  }
}

/** Builds a valid scenario from a random spec. */
export function buildScenario(spec: ScenarioSpec, overrides: { chi?: number } = {}): JpScenarioInput {
  const first = spec.y0 - 3;
  const last = spec.y0 + 2 * spec.T + 6;
  const bids = [bidFor(spec, 0), ...(spec.secondBid ? [bidFor(spec, 1)] : [])];
  const plateau = Math.max(...bids[0]!.tsPlan.map((r) => r.plannedVolumeT));
  const c = spec.config;
  return {
    fyFirst: spec.y0 - 1,
    fyLast: last,
    valuationFy: spec.y0,
    carbonPriceJpyPerT: walk(spec.startPrice, spec.priceSteps, first, last),
    indices: {
      elec: walk(100, spec.indexSteps.map((s) => s * 100), first, last, 10),
      fuel: walk(100, spec.indexSteps.map((s) => -s * 60), first, last, 10),
      tsEnergy: walk(100, spec.indexSteps.map((s) => s * 80), first, last, 10),
    },
    rounds: [{ fy: 2026, capacityTpa: plateau * spec.capacityShare }],
    bids,
    events: spec.events.map((e) => eventFor(spec, e)),
    config: {
      captureIndexation: { enabled: c.captureIdx },
      tsIndexation: { enabled: c.tsIdx, mode: c.tsMode as 'excess' | 'full' },
      clawback: { mode: c.clawback as 'always' | 'none' },
      routing: { directTsShare: overrides.chi ?? c.chi },
      cap: { enforcement: c.enforcement as 'soft' | 'hard', headroom: c.headroom },
      extension: { mode: c.extensionMode as 'capAtLostSupport' | 'exAnteTest' },
      repayment: { attribution: c.attribution as 'proRata' | 'wholeChain' },
      volume: { basis: c.basis as 'stored' | 'delivered', capAtPlan: c.capAtPlan },
    },
  };
}
