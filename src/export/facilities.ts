import { facilityCapacityMt, recordYear } from '../analysis/capacity.ts';
import type { PlacedFacility } from '../analysis/facility-map.ts';
import type { Facility } from '../domain/facility.ts';
import { toCsv } from './csv.ts';

/** The flat columns of a facility in CSV: one row per facility, capacity by the one rule. */
const COLUMNS = [
  'id',
  'name_en',
  'name_zh',
  'name_ja',
  'countries',
  'region',
  'type',
  'sector',
  'fate',
  'status',
  'capacity_mt',
  'capacity_basis',
  'announced_low_mt',
  'announced_high_mt',
  'announced_text',
  'estimated_mt',
  'record_year',
  'announcement_year',
  'fid_year',
  'operation_year',
  'suspension_year',
  'lat',
  'lon',
  'precision',
  'hub',
  'partners',
  'source_dataset',
  'source_id',
] as const;

export function facilityRow(f: Facility): Record<(typeof COLUMNS)[number], string | number | undefined> {
  const cap = facilityCapacityMt(f);
  return {
    id: f.id,
    name_en: f.name.en,
    name_zh: f.name.zh,
    name_ja: f.name.ja,
    countries: f.countries.join(';'),
    region: f.region,
    type: f.type,
    sector: f.sector,
    fate: f.fate,
    status: f.status,
    capacity_mt: cap.mt,
    capacity_basis: cap.basis,
    announced_low_mt: f.capacity.announcedLowMt,
    announced_high_mt: f.capacity.announcedHighMt,
    announced_text: f.capacity.announcedText,
    estimated_mt: f.capacity.estimatedMt,
    record_year: recordYear(f)?.year,
    announcement_year: f.dates.announcementYear,
    fid_year: f.dates.fidYear,
    operation_year: f.dates.operationYear,
    suspension_year: f.dates.suspensionYear,
    lat: f.location?.lat,
    lon: f.location?.lon,
    precision: f.location?.precision,
    hub: f.hub,
    partners: f.partners.join('; '),
    source_dataset: f.source?.dataset,
    source_id: f.source?.recordId,
  };
}

export function facilitiesToCsv(facilities: readonly Facility[]): string {
  return toCsv(
    [...COLUMNS],
    facilities.map((f) => COLUMNS.map((c) => facilityRow(f)[c])),
  );
}

/**
 * Facilities as a GeoJSON FeatureCollection. Every facility is a feature: its own point, else its
 * country's centroid (`precision: "country"`, `derivedLocation: true`), else a null geometry, so the
 * feature count always equals the list total.
 */
export function facilitiesToGeoJson(placed: readonly PlacedFacility[], unplaced: readonly Facility[]) {
  const props = (f: Facility) => {
    const cap = facilityCapacityMt(f);
    return {
      id: f.id,
      name: f.name.en ?? f.name.zh ?? f.name.ja,
      countries: f.countries,
      status: f.status,
      type: f.type,
      capacityMt: cap.mt ?? null,
      capacityBasis: cap.basis,
    };
  };
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...placed.map((p) => ({
        type: 'Feature' as const,
        id: p.facility.id,
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
        properties: { ...props(p.facility), precision: p.precision, derivedLocation: p.derived },
      })),
      ...unplaced.map((f) => ({
        type: 'Feature' as const,
        id: f.id,
        geometry: null,
        properties: { ...props(f), precision: null, derivedLocation: false },
      })),
    ],
  };
}
