import type { MapMarker } from '../../analysis/facility-map.ts';
import { countryName } from '../../domain/countries.ts';
import { facilityStatus } from '../../domain/facility-enums.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Translate } from '../i18n/index.ts';
import { MAP_HEIGHT, MAP_WIDTH, worldGeo } from './world-geo.ts';

interface Props {
  markers: MapMarker[];
  total: number;
  unplacedCount: number;
  lang: Lang;
  t: Translate;
  /** The list address the markers refine (with its current filters). */
  listUrl: string;
}

/**
 * The world map of a facility list, drawn on the server: Natural Earth land as one path and one circle
 * per place and status, grouped and coloured by status. Rings mark country-level locations. Each
 * marker's `data-n` (1 when absent) plus `data-unplaced` on the figure add up to the list total (tests
 * check it). Markers carry their country (`data-c`); the map script turns a click into the list
 * filtered to that country and status. The list's filters are in `data-query` so a click keeps them.
 */
export function FacilityMap({ markers, total, unplacedCount, lang, t, listUrl }: Props) {
  const { landPath } = worldGeo();
  return (
    <figure class="fmap" data-total={total} data-unplaced={unplacedCount} data-list={listUrl}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-label={t('map.title', { n: total })}
        data-map="world"
      >
        <path class="fmap-land" d={landPath} />
        <g class="fmap-points">
          {facilityStatus.values.map((status) => {
            const group = markers.filter((m) => m.status === status);
            if (group.length === 0) return null;
            const label = facilityStatus.label(status, lang);
            return (
              <g class={`st-${status}`} data-status={status}>
                {group.map((m) => (
                  <circle
                    cx={m.x}
                    cy={m.y}
                    r={Math.round((2.5 + Math.sqrt(m.count) * 1.6) * 10) / 10}
                    class={m.precision === 'country' ? 'pr-country' : undefined}
                    data-n={m.count > 1 ? m.count : undefined}
                    data-c={m.country}
                  >
                    <title>
                      {t('map.marker', {
                        place: m.country ? countryName(m.country, lang) : '',
                        n: m.count,
                        status: label,
                      })}
                    </title>
                  </circle>
                ))}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <ul class="fmap-key">
          {facilityStatus.values.map((s) => (
            <li>
              <svg viewBox="0 0 10 10" class="fmap-swatch" aria-hidden="true">
                <circle cx="5" cy="5" r="4" class={`st-${s} pr-exact`} />
              </svg>
              {facilityStatus.label(s, lang)}
            </li>
          ))}
        </ul>
        <p>{t('map.legend')}</p>
        {unplacedCount > 0 && <p>{t('map.unplaced', { n: unplacedCount })}</p>}
        <button type="button" class="fmap-reset" hidden>
          {t('map.reset')}
        </button>
      </figcaption>
    </figure>
  );
}
