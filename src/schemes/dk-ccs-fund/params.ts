/** Parameters of the Danish CCS Fund (foreign-schemes.md B.4). */
import { param } from '../param.ts';

export const dkCcsParams = Object.freeze({
  termYears: param(15, 'v', 'offshore-energy.biz, 4 Feb 2026: CCS Fund 15-year contracts', 'years'),
  priceCeilingDkkPerT: param(830, 'd', 'DKK 28.7 bn / (2.3 Mt/yr × 15 years) (foreign-schemes.md B.4)', 'DKK/t'),
  co2TaxDkkPerT: param(0, 'k', 'CO2-tax adjustment; set to the applicable Danish tax rate for taxed emissions', 'DKK/t'),
  etsAdjustment: param(true, 'v', 'globalenergyinfrastructure.com, May 2023; Horten, Oct 2024: price adjusted for EU ETS and CO2 tax'),
});
