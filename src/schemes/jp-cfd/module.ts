/**
 * The Japanese cost-difference scheme as a comparator module: the settlement `(B − R_{y−ℓ}) × V` of a
 * single-operator project on typed arrays, for many carbon-price paths. The full engine (`simulateJp`) gives
 * the same yearly settlement for the equivalent scenario (`jpScenarioFromProject`); a test checks this.
 */
import { fxRate } from '../fx.ts';
import { paramValues } from '../param.ts';
import { settleCfd, type SchemeModule } from '../scheme.ts';
import { jpPricesJpyPerT } from './from-project.ts';
import { jpParams } from './params.ts';

export const jpModule: SchemeModule = {
  id: 'jp',
  label: 'Japan CCS cost-difference support',
  country: 'JP',
  currency: 'JPY',
  market: 'gx-ets',
  params: jpParams,
  prepare(tl, ctx) {
    const p = paramValues(jpParams, ctx.overrides);
    const { kJpyPerT, fJpyPerT } = jpPricesJpyPerT(tl, ctx.fx, p.supportYears);
    const strike = new Float64Array(tl.length).fill(NaN);
    const volume = new Float64Array(tl.length);
    const power = tl.project.power;
    const share = power ? (power.capacityFactor <= p.ltdaCfThreshold ? 0 : 1 - p.ltdaCfThreshold / power.capacityFactor) : 1;
    for (let i = tl.codIndex; i < Math.min(tl.length, tl.codIndex + p.supportYears); i++) {
      strike[i] = kJpyPerT + fJpyPerT;
      volume[i] = tl.volumeT[i]! * share;
    }
    const lag = Math.min(1, Math.max(0, Math.round(p.referenceLagYears)));
    const toCcy = fxRate(ctx.fx, 'JPY', tl.project.currency);
    return {
      id: 'jp', market: 'gx-ets', applicable: true, note: power ? 'power plant: only tonnes above the power-auction capacity factor' : '',
      strikeMarketPerT: strike,
      settle(prices, priceOffset, supportCcy, clawbackCcy, outOffset) {
        settleCfd(strike, volume, lag, p.clawback, toCcy, prices, priceOffset, supportCcy, clawbackCcy, outOffset);
      },
    };
  },
};
