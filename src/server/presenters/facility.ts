import { type CapacityBasis, facilityCapacityMt, recordYear } from '../../analysis/capacity.ts';
import type { Facility } from '../../domain/facility.ts';
import { type Lang, pickText } from '../../domain/lang.ts';
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
