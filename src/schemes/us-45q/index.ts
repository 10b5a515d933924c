/**
 * US 45Q: a tax credit of rate × stored tonnes for 12 years from the start of operation, indexed to
 * inflation after 2026; no credit below the annual threshold or when construction starts after the deadline.
 * It does not depend on a carbon price.
 */
import { fxRate } from '../fx.ts';
import { paramValues } from '../param.ts';
import { notApplicable, type SchemeModule } from '../scheme.ts';
import { us45qParams } from './params.ts';

export const us45qModule: SchemeModule = {
  id: 'us-45q', label: 'US 45Q tax credit', country: 'US', currency: 'USD', market: null, params: us45qParams,
  prepare(tl, ctx) {
    const p = paramValues(us45qParams, ctx.overrides);
    const threshold = tl.project.sector === 'power' ? p.minTonnesPerYearPower : p.minTonnesPerYear;
    if (tl.firstYear >= p.constructionDeadline) return notApplicable('us-45q', null, tl.length, 'construction starts after the deadline');
    const toCcy = fxRate(ctx.fx, 'USD', tl.project.currency);
    const credit = new Float64Array(tl.length);
    for (let i = tl.codIndex; i < Math.min(tl.length, tl.codIndex + p.creditYears); i++) {
      const year = tl.firstYear + i;
      const rate = p.rateUsdPerT * Math.pow(1 + p.inflation, Math.max(0, year - p.inflationFrom + 1));
      const v = tl.volumeT[i]!;
      credit[i] = v >= threshold ? rate * v * toCcy : 0;
    }
    return {
      id: 'us-45q', market: null, applicable: true, note: '', strikeMarketPerT: new Float64Array(tl.length).fill(NaN),
      settle(_prices, _priceOffset, supportCcy, clawbackCcy, outOffset) {
        supportCcy.set(credit, outOffset);
        clawbackCcy.fill(0, outOffset, outOffset + credit.length);
      },
    };
  },
};
