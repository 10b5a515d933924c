import type { Facility } from '../domain/facility.ts';
import type { FacilityStatus, LocationPrecision } from '../domain/facility-enums.ts';

/** Where a facility is drawn: its own coordinates, else its first country's centroid (precision "country"). */
export interface PlacedFacility {
  facility: Facility;
  lon: number;
  lat: number;
  precision: LocationPrecision;
  /** True when the point is the country centroid because the record has no coordinates. */
  derived: boolean;
}

/** Places facilities for a map; those with neither coordinates nor a known country are returned apart. */
export function placeFacilities(
  facilities: readonly Facility[],
  centroid: (code: string) => [number, number] | undefined,
): { placed: PlacedFacility[]; unplaced: Facility[] } {
  const placed: PlacedFacility[] = [];
  const unplaced: Facility[] = [];
  for (const f of facilities) {
    if (f.location) {
      placed.push({
        facility: f,
        lon: f.location.lon,
        lat: f.location.lat,
        precision: f.location.precision,
        derived: false,
      });
      continue;
    }
    const c = f.countries.map(centroid).find((x) => x !== undefined);
    if (c) placed.push({ facility: f, lon: c[0], lat: c[1], precision: 'country', derived: true });
    else unplaced.push(f);
  }
  return { placed, unplaced };
}

/** One map marker: facilities of one status at one place. */
export interface MapMarker {
  x: number;
  y: number;
  status: FacilityStatus;
  precision: LocationPrecision;
  count: number;
  /** The single facility's id when the marker holds one, else the country code the marker stands for. */
  ids: string[];
  country?: string;
}

/** Groups placed facilities into markers by projected position (to the unit), status and precision. */
export function mapMarkers(
  placed: readonly PlacedFacility[],
  project: (lon: number, lat: number) => [number, number] | undefined,
): MapMarker[] {
  const groups = new Map<string, MapMarker>();
  for (const p of placed) {
    const xy = project(p.lon, p.lat);
    if (!xy) continue;
    const key = `${Math.round(xy[0])},${Math.round(xy[1])},${p.facility.status},${p.precision}`;
    const existing = groups.get(key);
    if (existing) {
      existing.count += 1;
      existing.ids.push(p.facility.id);
    } else {
      groups.set(key, {
        x: xy[0],
        y: xy[1],
        status: p.facility.status,
        precision: p.precision,
        count: 1,
        ids: [p.facility.id],
        country: p.facility.countries[0],
      });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
