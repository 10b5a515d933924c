/**
 * Norway Longship: the state pays a fixed share of capture capex as it is spent and of 10 years of operating
 * costs (T&S fee included). Payments do not depend on the carbon price and are not repaid.
 */
import { paramValues } from '../param.ts';
import type { SchemeModule } from '../scheme.ts';
import { noLongshipParams } from './params.ts';

export const noLongshipModule: SchemeModule = {
  id: 'no-longship', label: 'Norway Longship state support', country: 'NO', currency: 'NOK', market: 'eu-ets', params: noLongshipParams,
  prepare(tl, ctx) {
    const p = paramValues(noLongshipParams, ctx.overrides);
    const grant = new Float64Array(tl.length);
    for (let i = 0; i < tl.length; i++) {
      const inOpex = i >= tl.codIndex && i < tl.codIndex + p.opexYears;
      grant[i] = p.stateShare * (tl.capexCcy[i]! + (inOpex ? tl.opexCcy[i]! + (p.includeTsFee ? tl.tsFeeCcy[i]! : 0) : 0));
    }
    return {
      id: 'no-longship', market: 'eu-ets', applicable: true, note: '', strikeMarketPerT: new Float64Array(tl.length).fill(NaN),
      settle(_prices, _priceOffset, supportCcy, clawbackCcy, outOffset) {
        supportCcy.set(grant, outOffset);
        clawbackCcy.fill(0, outOffset, outOffset + grant.length);
      },
    };
  },
};
