/** Parameters of the US 45Q tax credit (foreign-schemes.md B.6). */
import { param } from '../param.ts';

export const us45qParams = Object.freeze({
  rateUsdPerT: param(85, 'v', '26 USC 45Q as amended by the IRA: geologic storage with prevailing wage and apprenticeship', 'USD/t'),
  creditYears: param(12, 'v', 'energycommunities.gov; 26 USC 45Q: 12 years from placed in service', 'years'),
  inflationFrom: param(2027, 'v', 'P.L. 119-21 sec. 70522: inflation-indexed after tax years 2025–2026 (2025 base year)'),
  inflation: param(0.02, 'k', 'CPI assumption for the indexation', '/yr'),
  minTonnesPerYear: param(12500, 'v', 'energycommunities.gov: threshold for facilities other than power and DAC', 't/yr'),
  minTonnesPerYearPower: param(18750, 'v', 'energycommunities.gov: threshold for power plants', 't/yr'),
  constructionDeadline: param(2033, 'v', 'energycommunities.gov: construction must begin before 1 January 2033'),
});
