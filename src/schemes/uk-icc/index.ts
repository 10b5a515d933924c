/**
 * UK Industrial Carbon Capture contract: `(strike_t − UK ETS_t) × tonnes`, the strike covering levelised
 * capture capex and opex and indexed to CPI, plus the T&S fee paid through by government, for 10 years.
 */
import { fxRate } from '../fx.ts';
import { paramValues } from '../param.ts';
import { levelisedCcyPerT } from '../project.ts';
import { settleCfd, type SchemeModule } from '../scheme.ts';
import { ukIccParams } from './params.ts';

export const ukIccModule: SchemeModule = {
  id: 'uk-icc', label: 'UK Industrial Carbon Capture contract', country: 'GB', currency: 'GBP', market: 'uk-ets', params: ukIccParams,
  prepare(tl, ctx) {
    const p = paramValues(ukIccParams, ctx.overrides);
    const term = p.termYears + p.extensionYears;
    const toGbp = fxRate(ctx.fx, tl.project.currency, 'GBP');
    const strike0 = levelisedCcyPerT(tl, term) * toGbp;
    const strike = new Float64Array(tl.length).fill(NaN);
    const volume = new Float64Array(tl.length);
    const fee = new Float64Array(tl.length);
    for (let i = tl.codIndex; i < Math.min(tl.length, tl.codIndex + term); i++) {
      strike[i] = strike0 * Math.pow(1 + p.strikeCpi, i - tl.codIndex);
      volume[i] = tl.volumeT[i]!;
      fee[i] = p.tsFeePassThrough ? tl.tsFeeCcy[i]! : 0;
    }
    const toCcy = fxRate(ctx.fx, 'GBP', tl.project.currency);
    return {
      id: 'uk-icc', market: 'uk-ets', applicable: true, note: '', strikeMarketPerT: strike,
      settle(prices, priceOffset, supportCcy, clawbackCcy, outOffset) {
        settleCfd(strike, volume, 0, p.twoWay, toCcy, prices, priceOffset, supportCcy, clawbackCcy, outOffset);
        for (let i = 0; i < fee.length; i++) {
          const f = fee[i]!;
          if (f === 0) continue;
          const net = supportCcy[outOffset + i]! - clawbackCcy[outOffset + i]! + f;
          supportCcy[outOffset + i] = net > 0 ? net : 0;
          clawbackCcy[outOffset + i] = net < 0 ? -net : 0;
        }
      },
    };
  },
};
