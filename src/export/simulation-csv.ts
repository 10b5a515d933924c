import type { PresentedSimulation } from '../server/presenters/simulation.ts';
import { toCsv } from './csv.ts';

const HEADER = [
  'scheme',
  'applicable',
  'year',
  'volume_t',
  'market',
  'market_currency',
  'carbon_price_per_t',
  'strike_per_t',
  'currency',
  'support',
  'clawback',
  'gov_outlay',
  'avoided_carbon',
  'operator_cash',
  'mc_gov_outlay_p5',
  'mc_gov_outlay_p50',
  'mc_gov_outlay_p95',
  'mc_gov_outlay_mean',
] as const;

/**
 * A simulation as one CSV row per scheme and year: the deterministic run (market price and strike in the
 * market's currency per tonne, flows in the project's currency) and, when Monte Carlo ran, the P5, P50,
 * P95 and mean of that year's net government outlay. The numbers are those of the presenter, so the CSV
 * agrees with the page, its `.json` twin, the API and the command line.
 */
export function simulationToCsv(sim: PresentedSimulation): string {
  const rows: unknown[][] = [];
  for (const s of sim.schemes) {
    s.years.forEach((y, i) => {
      const band = s.monteCarlo?.annualOutlayCcy[i];
      rows.push([
        s.id, s.applicable, y.year, y.volumeT, s.market ?? '', s.marketCurrency ?? '', y.carbonPricePerT, y.strikePerT, sim.currency,
        y.supportCcy, y.clawbackCcy, y.govOutlayCcy, y.avoidedCarbonCcy, y.operatorCashCcy,
        band?.p5, band?.p50, band?.p95, band?.mean,
      ]);
    });
  }
  return toCsv(HEADER, rows);
}
