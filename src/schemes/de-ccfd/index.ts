/**
 * German carbon contract for difference: `(strike × dyn_t − effective CO2_t) × tonnes`, two-way, 15 years.
 * The strike (levelised chain cost) is partly dynamised by an energy index; positive payments stop at a
 * budget ceiling computed with a low CO2 price and a high energy factor; after `paybackExitYears`
 * consecutive repayment years the company ends the contract.
 */
import { fxRate } from '../fx.ts';
import { paramValues } from '../param.ts';
import { levelisedCcyPerT } from '../project.ts';
import type { SchemeModule } from '../scheme.ts';
import { deCcfdParams } from './params.ts';

export const deCcfdModule: SchemeModule = {
  id: 'de-ccfd', label: 'Germany carbon contract for difference', country: 'DE', currency: 'EUR', market: 'eu-ets', params: deCcfdParams,
  prepare(tl, ctx) {
    const p = paramValues(deCcfdParams, ctx.overrides);
    const base = levelisedCcyPerT(tl, p.termYears, { capex: true, opex: true, fee: true }) * fxRate(ctx.fx, tl.project.currency, 'EUR');
    const end = Math.min(tl.length, tl.codIndex + p.termYears);
    const strike = new Float64Array(tl.length).fill(NaN);
    const volume = new Float64Array(tl.length);
    let budget = 0;
    for (let i = tl.codIndex; i < end; i++) {
      const dyn = 1 - p.energyShareOfStrike + p.energyShareOfStrike * Math.pow(1 + p.energyPriceGrowth, i - tl.codIndex);
      strike[i] = base * dyn;
      volume[i] = tl.volumeT[i]!;
      const low = ctx.centre['eu-ets'][i + 1]! * p.budgetLowPriceFactor * (1 - p.freeAllocationShare);
      budget += Math.max(0, base * dyn * p.budgetMaxEnergyFactor - low) * volume[i]!;
    }
    const toCcy = fxRate(ctx.fx, 'EUR', tl.project.currency);
    const effective = 1 - p.freeAllocationShare;
    return {
      id: 'de-ccfd', market: 'eu-ets', applicable: true, note: '', strikeMarketPerT: strike,
      settle(prices, priceOffset, supportCcy, clawbackCcy, outOffset) {
        let paid = 0;
        let paybackRun = 0;
        let ended = false;
        for (let i = 0; i < volume.length; i++) {
          const v = volume[i]!;
          let s = 0;
          if (v > 0 && !ended) {
            s = (strike[i]! - effective * prices[priceOffset + 1 + i]!) * v;
            if (s > 0) {
              s = Math.min(s, budget - paid);
              paid += s;
              paybackRun = 0;
            } else if (s < 0 && ++paybackRun >= p.paybackExitYears) {
              ended = true;
            }
          }
          supportCcy[outOffset + i] = s > 0 ? s * toCcy : 0;
          clawbackCcy[outOffset + i] = s < 0 ? -s * toCcy : 0;
        }
      },
    };
  },
};
