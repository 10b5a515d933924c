import { type CapacityBasis, facilityCapacityMt, recordYear } from '../../analysis/capacity.ts';
import type { Facility } from '../../domain/facility.ts';
import { type Lang, pickText } from '../../domain/lang.ts';
import type { FacilityListView, FacilityPageView } from '../routes/facilities/load.ts';
import { urls } from '../urls.ts';

/** A facility in lists: the fields a row shows, capacity by the one rule. */
export interface FacilitySummary {
  id: string;
  url: string;
  name: string;
  nameLang: Lang;
  countries: string[];
  region?: string;
  type: string;
  sector?: string;
  status: string;
  capacityMt: number | null;
  capacityBasis: CapacityBasis;
  recordYear: number | null;
  precision: string | null;
}

export function presentFacilitySummary(f: Facility, lang: Lang): FacilitySummary {
  const name = pickText(f.name, lang)!;
  const cap = facilityCapacityMt(f);
  return {
    id: f.id,
    url: urls.facility(f.id, lang),
    name: name.value,
    nameLang: name.lang,
    countries: f.countries,
    region: f.region,
    type: f.type,
    sector: f.sector,
    status: f.status,
    capacityMt: cap.mt ?? null,
    capacityBasis: cap.basis,
    recordYear: recordYear(f)?.year ?? null,
    precision: f.location?.precision ?? null,
  };
}

/** The full record plus its derived figures, for `/facilities/<id>.json` and the API. */
export function presentFacility(f: Facility, version: number, updatedAt: string) {
  const cap = facilityCapacityMt(f);
  return {
    ...f,
    derived: { capacityMt: cap.mt ?? null, capacityBasis: cap.basis, recordYear: recordYear(f) ?? null },
    version,
    updatedAt,
  };
}

/** A facility page as JSON: the record, its derived figures, and its policy links (without titles). */
export function presentFacilityPage(view: FacilityPageView) {
  return {
    ...presentFacility(view.facility, view.version, view.updatedAt),
    policyLinks: view.links.map(({ title: _t, ...l }) => l),
  };
}

/**
 * The facility list as JSON: one page of rows, the counts and capacity totals of every match, the
 * map's markers (with their facility ids up to 20 a marker), facets and links. `lang` is the page's
 * language prefix, if any, for the links; `nextUrl` makes the next page's address (the twin's by default).
 */
export function presentFacilityList(
  view: FacilityListView,
  lang: Lang | undefined,
  nextUrl: (page: number) => string = (page) => urls.facilities(lang, { ...view.query, page }, 'json'),
) {
  return {
    total: view.total,
    grandTotal: view.grandTotal,
    page: view.query.page,
    pages: view.pages,
    totals: view.totals,
    map: {
      markers: view.markers.map((m) => ({ ...m, ids: m.count <= 20 ? m.ids : undefined })),
      unplaced: view.unplaced.length,
    },
    items: view.items,
    facets: view.facets,
    links: {
      html: urls.facilities(lang, view.query),
      csv: urls.facilities(lang, view.query, 'csv'),
      geojson: urls.facilities(lang, view.query, 'geojson'),
      next: view.query.page < view.pages ? nextUrl(view.query.page + 1) : null,
    },
  };
}
