import {
  type CapacityTotals,
  capacityTotals,
  facilityCapacityMt,
  recordYear,
} from '../../../analysis/capacity.ts';
import { type FacilityPolicyLink, facilityPolicyLinks } from '../../../analysis/facility-policy-links.ts';
import {
  type MapMarker,
  mapMarkers,
  type PlacedFacility,
  placeFacilities,
} from '../../../analysis/facility-map.ts';
import { countryName } from '../../../domain/countries.ts';
import type { Facility } from '../../../domain/facility.ts';
import {
  carbonFate,
  facilitySector,
  facilityStatus,
  facilityType,
  worldRegion,
} from '../../../domain/facility-enums.ts';
import {
  FACILITY_FILTER_KEYS,
  type FacilityFilterKey,
  type FacilityQuery,
} from '../../../domain/facility-query.ts';
import { type Lang, pickText } from '../../../domain/lang.ts';
import type { Policy } from '../../../domain/policy.ts';
import { defaultPolicyQuery } from '../../../domain/policy-query.ts';
import type { Store } from '../../../store/store.ts';
import { countryCentroid, projectPoint } from '../../../web/charts/world-geo.ts';
import { type FacilitySummary, presentFacilitySummary } from '../../presenters/facility.ts';
import { urls } from '../../urls.ts';

export const FACILITY_FACET_LIMIT = 15;

export interface FacilityFacet {
  key: FacilityFilterKey;
  truncated: boolean;
  values: { value: string; label: string; count: number; selected: boolean; toggleUrl: string }[];
}

export interface FacilityListView {
  query: FacilityQuery;
  items: FacilitySummary[];
  total: number;
  grandTotal: number;
  pages: number;
  facets: FacilityFacet[];
  totals: CapacityTotals;
  markers: MapMarker[];
  placed: PlacedFacility[];
  unplaced: Facility[];
  /** Every matching facility (not only this page): for the CSV and GeoJSON twins. */
  matching: Facility[];
}

const LABELS: Record<FacilityFilterKey, (value: string, lang: Lang) => string> = {
  country: (v, lang) => countryName(v, lang),
  region: (v, lang) => worldRegion.label(v as never, lang),
  status: (v, lang) => facilityStatus.label(v as never, lang),
  type: (v, lang) => facilityType.label(v as never, lang),
  sector: (v, lang) => facilitySector.label(v as never, lang),
  fate: (v, lang) => carbonFate.label(v as never, lang),
};

function sortFacilities(facilities: Facility[], query: FacilityQuery, lang: Lang): Facility[] {
  const name = (f: Facility) => pickText(f.name, lang)?.value ?? f.id;
  const cap = (f: Facility) => facilityCapacityMt(f).mt;
  const year = (f: Facility) => recordYear(f)?.year;
  const missingLast = (a: number | undefined, b: number | undefined, dir: 1 | -1) =>
    a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : (a - b) * dir;
  const byName = (a: Facility, b: Facility) =>
    name(a).localeCompare(name(b), lang) || a.id.localeCompare(b.id);
  const compare: Record<FacilityQuery['sort'], (a: Facility, b: Facility) => number> = {
    name: byName,
    '-capacity': (a, b) => missingLast(cap(a), cap(b), -1) || byName(a, b),
    capacity: (a, b) => missingLast(cap(a), cap(b), 1) || byName(a, b),
    '-year': (a, b) => missingLast(year(a), year(b), -1) || byName(a, b),
    year: (a, b) => missingLast(year(a), year(b), 1) || byName(a, b),
    country: (a, b) => (a.countries[0] ?? '~').localeCompare(b.countries[0] ?? '~') || byName(a, b),
  };
  return [...facilities].sort(compare[query.sort]);
}

/**
 * Everything the facility list shows in any format: the page of rows, counted facets, the totals by the
 * capacity rule and the map markers, all from one set of matching facilities, so they always agree.
 */
export async function loadFacilityList(
  store: Store,
  query: FacilityQuery,
  lang: Lang,
): Promise<FacilityListView> {
  const [matching, counts, grandTotal] = await Promise.all([
    store.facilities.matching(query),
    store.facilities.facetCounts(query),
    store.facilities.count(),
  ]);
  const sorted = sortFacilities(matching, query, lang);
  const start = (query.page - 1) * query.pageSize;
  const { placed, unplaced } = placeFacilities(matching, countryCentroid);
  const facets = FACILITY_FILTER_KEYS.map((key): FacilityFacet => {
    const selected = new Set(query[key]);
    const counted = [...counts[key]];
    for (const value of selected)
      if (!counted.some((c) => c.value === value)) counted.push({ value, count: 0 });
    counted.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    const shown = counted.filter((c, i) => i < FACILITY_FACET_LIMIT || selected.has(c.value));
    return {
      key,
      truncated: shown.length < counted.length,
      values: shown.map((c) => {
        const isSelected = selected.has(c.value);
        const values = isSelected ? query[key].filter((v) => v !== c.value) : [...query[key], c.value];
        return {
          value: c.value,
          label: LABELS[key](c.value, lang),
          count: c.count,
          selected: isSelected,
          toggleUrl: urls.facilities(lang, { ...query, [key]: values, page: 1 }),
        };
      }),
    };
  });
  return {
    query,
    items: sorted.slice(start, start + query.pageSize).map((f) => presentFacilitySummary(f, lang)),
    total: matching.length,
    grandTotal,
    pages: Math.max(1, Math.ceil(matching.length / query.pageSize)),
    facets,
    totals: capacityTotals(matching),
    markers: mapMarkers(placed, projectPoint),
    placed,
    unplaced,
    matching: sorted,
  };
}

export interface FacilityPageView {
  facility: Facility;
  version: number;
  updatedAt: string;
  links: (FacilityPolicyLink & { title: Policy['title'] })[];
}

/** Everything a facility page shows; undefined when there is no such facility. */
export async function loadFacilityPage(store: Store, id: string): Promise<FacilityPageView | undefined> {
  const stored = await store.facilities.get(id);
  if (!stored) return undefined;
  const policies: Policy[] = [];
  if (stored.facility.countries.length > 0) {
    const { items } = await store.policies.list({
      ...defaultPolicyQuery(),
      country: stored.facility.countries,
      pageSize: 200,
    });
    policies.push(...items.map((i) => i.policy));
  }
  const cited = stored.facility.policyLinks
    .map((l) => l.policyId)
    .filter((pid) => !policies.some((p) => p.id === pid));
  for (const pid of cited) {
    const p = await store.policies.get(pid);
    if (p) policies.push(p.policy);
  }
  const titles = new Map(policies.map((p) => [p.id, p.title]));
  const links = facilityPolicyLinks(stored.facility, policies).map((l) => ({
    ...l,
    title: titles.get(l.policyId)!,
  }));
  return { facility: stored.facility, version: stored.version, updatedAt: stored.updatedAt, links };
}
