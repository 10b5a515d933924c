/**
 * EU Innovation Fund: a grant of up to 60 % of relevant costs (capex plus the first operating years' costs),
 * part paid over construction and the rest in proportion to tonnes avoided over the performance window, so
 * under-delivery cuts it pro rata.
 */
import { paramValues } from '../param.ts';
import type { SchemeModule } from '../scheme.ts';
import { euIfParams } from './params.ts';

export const euIfModule: SchemeModule = {
  id: 'eu-if', label: 'EU Innovation Fund grant', country: 'EU', currency: 'EUR', market: 'eu-ets', params: euIfParams,
  prepare(tl, ctx) {
    const p = paramValues(euIfParams, ctx.overrides);
    let relevant = 0;
    let plannedT = 0;
    for (let i = 0; i < tl.length; i++) {
      relevant += tl.capexCcy[i]!;
      if (i >= tl.codIndex && i < tl.codIndex + p.relevantOpexYears) relevant += tl.opexCcy[i]! + tl.tsFeeCcy[i]!;
      if (i >= tl.codIndex && i < tl.codIndex + p.performanceYears) plannedT += tl.volumeT[i]!;
    }
    const grant = p.grantShare * relevant;
    const flow = new Float64Array(tl.length);
    const build = Math.max(1, tl.codIndex);
    for (let i = 0; i < build; i++) flow[i] = flow[i]! + (grant * p.milestoneShare) / build;
    for (let i = tl.codIndex; i < Math.min(tl.length, tl.codIndex + p.performanceYears); i++) {
      flow[i] = flow[i]! + (plannedT > 0 ? (grant * (1 - p.milestoneShare) * tl.volumeT[i]!) / plannedT : 0);
    }
    return {
      id: 'eu-if', market: 'eu-ets', applicable: true, note: '', strikeMarketPerT: new Float64Array(tl.length).fill(NaN),
      settle(_prices, _priceOffset, supportCcy, clawbackCcy, outOffset) {
        supportCcy.set(flow, outOffset);
        clawbackCcy.fill(0, outOffset, outOffset + flow.length);
      },
    };
  },
};
