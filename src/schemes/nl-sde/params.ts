/** Parameters of the Dutch SDE++ CCS categories (foreign-schemes.md B.3). */
import { param } from '../param.ts';

export const nlSdeParams = Object.freeze({
  baseAmountEurPerT: param(97.95, 'v', 'Staatscourant 2022-16492, art. 91: full storage, existing installation, gaseous transport', 'EUR/t'),
  termYears: param(15, 'v', 'offshore-energy.biz, Jan 2021 (Porthos: 15 years)', 'years'),
  floorShareOfExpectedPrice: param(2 / 3, 'k', 'SDE+ practice: floor ("basisprijs") about 2/3 of the long-term price expectation'),
  intensityCeilingEurPerT: param(400, 'v', 'executivefinance.nl, Feb 2023: subsidy-intensity ceiling raised to EUR 400/t', 'EUR/t'),
});
