/**
 * Netherlands SDE++ (CCS): per tonne `max(0, min(bid, base amount) − max(EU ETS_t, floor))`, on at most the
 * awarded annual volume, for 15 years, one-way. The project bids its levelised chain cost; the floor is a
 * share of the expected EU ETS price over the term.
 */
import { fxRate } from '../fx.ts';
import { paramValues } from '../param.ts';
import { levelisedCcyPerT } from '../project.ts';
import { notApplicable, type SchemeModule } from '../scheme.ts';
import { nlSdeParams } from './params.ts';

export const nlSdeModule: SchemeModule = {
  id: 'nl-sde', label: 'Netherlands SDE++ (CCS)', country: 'NL', currency: 'EUR', market: 'eu-ets', params: nlSdeParams,
  prepare(tl, ctx) {
    const p = paramValues(nlSdeParams, ctx.overrides);
    const toEur = fxRate(ctx.fx, tl.project.currency, 'EUR');
    const bid = Math.min(levelisedCcyPerT(tl, p.termYears, { capex: true, opex: true, fee: true }) * toEur, p.baseAmountEurPerT);
    const end = Math.min(tl.length, tl.codIndex + p.termYears);
    const centre = ctx.centre['eu-ets'];
    let expected = 0;
    for (let i = tl.codIndex; i < end; i++) expected += centre[i + 1]! / (end - tl.codIndex);
    const floor = p.floorShareOfExpectedPrice * expected;
    if (bid - floor > p.intensityCeilingEurPerT) return notApplicable('nl-sde', 'eu-ets', tl.length, 'subsidy intensity above the ceiling');
    const cap = tl.project.plateauVolumeT;
    const volume = new Float64Array(tl.length);
    const strike = new Float64Array(tl.length).fill(NaN);
    for (let i = tl.codIndex; i < end; i++) {
      volume[i] = Math.min(tl.volumeT[i]!, cap);
      strike[i] = bid;
    }
    const toCcy = fxRate(ctx.fx, 'EUR', tl.project.currency);
    return {
      id: 'nl-sde', market: 'eu-ets', applicable: true, note: bid >= p.baseAmountEurPerT ? 'bid capped at the base amount' : '', strikeMarketPerT: strike,
      settle(prices, priceOffset, supportCcy, clawbackCcy, outOffset) {
        for (let i = 0; i < volume.length; i++) {
          const v = volume[i]!;
          const price = prices[priceOffset + 1 + i]!;
          const perT = v > 0 ? bid - (price > floor ? price : floor) : 0;
          supportCcy[outOffset + i] = perT > 0 ? perT * v * toCcy : 0;
          clawbackCcy[outOffset + i] = 0;
        }
      },
    };
  },
};
