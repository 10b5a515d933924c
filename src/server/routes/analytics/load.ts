import {
  type CapacitySeries,
  type CapacityTotals,
  capacityTotals,
  cumulativeCapacityByYear,
} from '../../../analysis/capacity.ts';
import type { WorldRegion } from '../../../domain/facility-enums.ts';
import { worldRegion } from '../../../domain/facility-enums.ts';
import type { Store } from '../../../store/store.ts';
import type { CapacityQuery } from './schema.ts';

export interface CapacityView {
  query: CapacityQuery;
  totals: CapacityTotals;
  series: CapacitySeries;
  byRegion: { region: WorldRegion | null; totals: CapacityTotals }[];
}

/** `/analytics/capacity`: headline totals, the cumulative series and the region breakdown of one filtered set. */
export async function loadCapacityView(store: Store, query: CapacityQuery): Promise<CapacityView> {
  const facilities = await store.facilities.matching({
    country: query.country,
    region: query.region,
    type: query.type,
    status: [],
    sector: [],
    fate: [],
    q: '',
  });
  const regions: (WorldRegion | null)[] = [...worldRegion.values, null];
  const byRegion = regions
    .map((region) => ({
      region,
      totals: capacityTotals(facilities.filter((f) => (f.region ?? null) === region)),
    }))
    .filter((r) => r.totals.all.count > 0);
  return {
    query,
    totals: capacityTotals(facilities),
    series: cumulativeCapacityByYear(facilities, query.from, query.to),
    byRegion,
  };
}
