import { createRequire } from 'node:module';
import { geoCentroid, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { resolveCountry } from '../../domain/countries.ts';

const require = createRequire(import.meta.url);

/** Map size in SVG user units; the SVG scales to its container. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 480;

/** Centroids of small countries that the 1:50m Natural Earth boundaries do not resolve by name. */
const EXTRA_CENTROIDS: Record<string, [number, number]> = {};

let cached:
  { landPath: string; projection: GeoProjection; centroids: Map<string, [number, number]> } | undefined;

/** Rounds every number in an SVG path to whole units: the map is a backdrop, and this halves its weight. */
const roundPath = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));

/**
 * The world backdrop (Natural Earth 1:110m land from world-atlas, Natural Earth projection) as one SVG
 * path, and country centroids from the 1:50m country boundaries, computed once per process.
 */
export function worldGeo() {
  if (cached) return cached;
  const land = require('world-atlas/land-110m.json') as Topology<{ land: GeometryCollection }>;
  const countries = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const landFeature = feature(land, land.objects.land);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'Sphere' },
  );
  const landPath = roundPath(geoPath(projection)(landFeature) ?? '');
  const centroids = new Map<string, [number, number]>(Object.entries(EXTRA_CENTROIDS));
  const collection = feature(countries, countries.objects.countries) as unknown as {
    features: Feature<Geometry, { name: string }>[];
  };
  for (const f of collection.features) {
    const code = resolveCountry(f.properties.name);
    if (code && !centroids.has(code)) centroids.set(code, geoCentroid(f) as [number, number]);
  }
  cached = { landPath, projection, centroids };
  return cached;
}

/** The [longitude, latitude] centroid of a country, when the boundaries know it. */
export function countryCentroid(code: string): [number, number] | undefined {
  return worldGeo().centroids.get(code);
}

/** Projects [longitude, latitude] to map coordinates (rounded to 0.1 unit). */
export function projectPoint(lon: number, lat: number): [number, number] | undefined {
  const p = worldGeo().projection([lon, lat]);
  return p ? [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] : undefined;
}
