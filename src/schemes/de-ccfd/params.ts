/** Parameters of the German carbon contracts for difference (Klimaschutzverträge; foreign-schemes.md B.7). */
import { param } from '../param.ts';

export const deCcfdParams = Object.freeze({
  termYears: param(15, 'v', 'mondaq, Gleiss Lutz, steelradar: 15-year contracts', 'years'),
  energyShareOfStrike: param(0.3, 'k', 'share of the contract price dynamised by energy-carrier indices (modelling assumption)'),
  energyPriceGrowth: param(0, 'k', 'yearly change of the energy-carrier index (modelling assumption)', '/yr'),
  freeAllocationShare: param(0, 'k', 'share of emissions covered by free allocation, lowering the effective CO2 price'),
  paybackExitYears: param(3, 'v', 'table.media: once paying back, the company can terminate after about 3 years', 'years'),
  budgetLowPriceFactor: param(0.5, 'k', 'low-CO2-price scenario for the budget ceiling, as a share of the expected path (CaCoCa budget_cap_co2_price_scen)'),
  budgetMaxEnergyFactor: param(1.2, 'k', 'maximum energy-price increase factor for the budget ceiling (CaCoCa budget_cap_alpha)'),
});
