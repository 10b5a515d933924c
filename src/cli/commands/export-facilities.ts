import { extname, join } from 'node:path';
import { placeFacilities } from '../../analysis/facility-map.ts';
import { facilitiesToCsv, facilitiesToGeoJson } from '../../export/facilities.ts';
import { toCsv } from '../../export/csv.ts';
import { COUNTRY_CSV_COLUMNS, countryCsvRow, presentCountry } from '../../server/presenters/country.ts';
import { presentFacility } from '../../server/presenters/facility.ts';
import { loadCountrySnapshots } from '../../server/routes/countries/load.ts';
import { openStore } from '../../store/store.ts';
import { countryCentroid } from '../../web/charts/world-geo.ts';
import { type CommandIO, UsageError } from '../command.ts';
import { databasePath } from '../config.ts';
import { writeFileAtomic } from '../write-file.ts';

type Values = Record<string, string | boolean | string[] | undefined>;

const FORMATS = { facilities: ['json', 'csv', 'geojson'], countries: ['json', 'csv'] } as const;
const ALL = { country: [], region: [], status: [], type: [], sector: [], fate: [], q: '' };

/**
 * `ccus-atlas export facilities --format json|csv|geojson` and `export countries --format json|csv`:
 * the same shapes as the `.json`, `.csv` and `.geojson` twins, to stdout or `--out FILE`.
 */
export async function exportFacilityData(
  what: 'facilities' | 'countries',
  values: Values,
  io: CommandIO,
): Promise<number> {
  const format = String(values.format ?? 'json');
  if (!(FORMATS[what] as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS[what].join(', ')} for ${what}`);
  const store = await openStore(databasePath(values.db as string | undefined));
  try {
    let text: string;
    let count: number;
    if (what === 'facilities') {
      const facilities = await store.facilities.matching(ALL);
      count = facilities.length;
      if (format === 'csv') text = facilitiesToCsv(facilities);
      else if (format === 'geojson') {
        const { placed, unplaced } = placeFacilities(facilities, countryCentroid);
        text = `${JSON.stringify(facilitiesToGeoJson(placed, unplaced))}\n`;
      } else {
        const stored = await store.facilities.getMany(facilities.map((f) => f.id));
        text = `${JSON.stringify(
          facilities.map((f) => presentFacility(f, stored.get(f.id)!.version, stored.get(f.id)!.updatedAt)),
          null,
          2,
        )}\n`;
      }
    } else {
      const countries = await loadCountrySnapshots(store);
      count = countries.length;
      text =
        format === 'csv'
          ? toCsv([...COUNTRY_CSV_COLUMNS], countries.map(countryCsvRow))
          : `${JSON.stringify(countries.map(presentCountry), null, 2)}\n`;
    }
    const out = values.out as string | undefined;
    if (out) {
      const file = extname(out) ? out : join(out, `${what}.${format}`);
      writeFileAtomic(file, text);
      io.err(`wrote ${count} ${what} to ${file}`);
    } else io.out(text.trimEnd());
    return 0;
  } finally {
    await store.close();
  }
}
