/**
 * Japan's Long-term Decarbonisation Power Auction for CCS power plants: a capacity payment (JPY/kW/yr) for
 * 20 years that covers the capture chain's fixed costs and its variable costs up to a 40 % capacity factor,
 * capped at the fuel's ceiling price. Only power projects with a capacity are eligible.
 */
import { fxRate } from '../fx.ts';
import { paramValues } from '../param.ts';
import { levelisedCcyPerT } from '../project.ts';
import { notApplicable, type SchemeModule } from '../scheme.ts';
import { jpLdpaParams } from './params.ts';

export const jpLdpaModule: SchemeModule = {
  id: 'jp-ldpa', label: 'Japan Long-term Decarbonisation Power Auction (CCS)', country: 'JP', currency: 'JPY', market: 'gx-ets', params: jpLdpaParams,
  prepare(tl, ctx) {
    const p = paramValues(jpLdpaParams, ctx.overrides);
    const power = tl.project.power;
    if (!power) return notApplicable('jp-ldpa', 'gx-ets', tl.length, 'only power plants with a stated capacity are eligible');
    const toJpy = fxRate(ctx.fx, tl.project.currency, 'JPY');
    const fixedPerT = levelisedCcyPerT(tl, p.termYears, { capex: true }) + (tl.project.captureOpexFixedCcyPerYear / tl.project.plateauVolumeT) +
      tl.project.captureOpexVariableCcyPerT * power.fixedShareOfCaptureOpex;
    const variablePerT = tl.project.captureOpexVariableCcyPerT * (1 - power.fixedShareOfCaptureOpex) + tl.project.tsFeeCcyPerT;
    const coveredShare = Math.min(1, p.variableCfCap / Math.max(power.capacityFactor, 1e-9));
    const annualJpy = (fixedPerT + variablePerT * coveredShare) * tl.project.plateauVolumeT * toJpy;
    const ceiling = (power.fuel === 'coal' ? p.ceilingCoalJpyPerKwYear : p.ceilingLngJpyPerKwYear) * power.capacityKw;
    const paymentCcy = Math.min(annualJpy, ceiling) / toJpy;
    const flow = new Float64Array(tl.length);
    for (let i = tl.codIndex; i < Math.min(tl.length, tl.codIndex + p.termYears); i++) flow[i] = paymentCcy;
    return {
      id: 'jp-ldpa', market: 'gx-ets', applicable: true, note: annualJpy > ceiling ? 'bid capped at the ceiling price' : '',
      strikeMarketPerT: new Float64Array(tl.length).fill(NaN),
      settle(_prices, _priceOffset, supportCcy, clawbackCcy, outOffset) {
        supportCcy.set(flow, outOffset);
        clawbackCcy.fill(0, outOffset, outOffset + flow.length);
      },
    };
  },
};
