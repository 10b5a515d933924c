import { placeFacilities } from '../analysis/facility-map.ts';
import { defaultFacilityQuery } from '../domain/facility-query.ts';
import { allStoredPolicies } from '../store/audit-context.ts';
import type { Store } from '../store/store.ts';
import { countryCentroid } from '../web/charts/world-geo.ts';
import { datasetInfo } from './dataset-info.ts';
import type { DatasetSnapshot } from './datapackage.ts';

/** Loads the whole dataset from a store, with its version (from the newest revision and a content hash). */
export async function loadDatasetSnapshot(store: Store): Promise<DatasetSnapshot> {
  const { q, ...filters } = defaultFacilityQuery();
  const [policies, facilities, countries, newest] = await Promise.all([
    allStoredPolicies(store),
    store.facilities.matching({ ...filters, q }),
    store.countries.list(),
    store.db.selectFrom('revisions').select((eb) => eb.fn.max('created_at').as('at')).executeTakeFirst(),
  ]);
  const sorted = [...policies].sort((a, b) => a.id.localeCompare(b.id));
  const { placed, unplaced } = placeFacilities(facilities, countryCentroid);
  const updatedAt = String(newest?.at ?? '');
  return {
    info: datasetInfo(updatedAt, JSON.stringify([sorted, facilities, countries])),
    policies: sorted,
    facilities,
    placed,
    unplaced,
    countries,
  };
}
