/**
 * Danish CCS Fund: a fixed annual tonnage paid per tonne at the bid price, reduced by the EU ETS price on
 * fossil CO2 and by the CO2 tax, never below zero, for 15 years. The project bids its levelised chain cost,
 * capped at the price ceiling implied by the fund.
 */
import { fxRate } from '../fx.ts';
import { paramValues } from '../param.ts';
import { levelisedCcyPerT } from '../project.ts';
import type { SchemeModule } from '../scheme.ts';
import { dkCcsParams } from './params.ts';

export const dkCcsModule: SchemeModule = {
  id: 'dk-ccs', label: 'Denmark CCS Fund', country: 'DK', currency: 'DKK', market: 'eu-ets', params: dkCcsParams,
  prepare(tl, ctx) {
    const p = paramValues(dkCcsParams, ctx.overrides);
    const bid = Math.min(levelisedCcyPerT(tl, p.termYears, { capex: true, opex: true, fee: true }) * fxRate(ctx.fx, tl.project.currency, 'DKK'), p.priceCeilingDkkPerT);
    const eurToDkk = fxRate(ctx.fx, 'EUR', 'DKK');
    const fossil = p.etsAdjustment ? 1 - tl.project.biogenicShare : 0;
    const volume = new Float64Array(tl.length);
    const strike = new Float64Array(tl.length).fill(NaN);
    for (let i = tl.codIndex; i < Math.min(tl.length, tl.codIndex + p.termYears); i++) {
      volume[i] = Math.min(tl.volumeT[i]!, tl.project.plateauVolumeT);
      strike[i] = bid / eurToDkk;
    }
    const toCcy = fxRate(ctx.fx, 'DKK', tl.project.currency);
    return {
      id: 'dk-ccs', market: 'eu-ets', applicable: true, note: '', strikeMarketPerT: strike,
      settle(prices, priceOffset, supportCcy, clawbackCcy, outOffset) {
        for (let i = 0; i < volume.length; i++) {
          const v = volume[i]!;
          const perT = v > 0 ? bid - fossil * prices[priceOffset + 1 + i]! * eurToDkk - p.co2TaxDkkPerT : 0;
          supportCcy[outOffset + i] = perT > 0 ? perT * v * toCcy : 0;
          clawbackCcy[outOffset + i] = 0;
        }
      },
    };
  },
};
