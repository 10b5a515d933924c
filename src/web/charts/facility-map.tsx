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
  /** The list narrowed to one marker: its country and status, with the list's other filters. */
  markerUrl: (country: string, status: string) => string;
}

/**
 * The world map of a facility list, drawn on the server: Natural Earth land as one path and one circle
 * per place and status, grouped and coloured by status. Rings mark country-level locations. Each
 * marker's `data-n` (1 when absent) plus `data-unplaced` on the figure add up to the list total (tests
 * check it). A marker with a country is a link to the list narrowed to that country and status
 * (keeping the list's other filters), so it can be reached and followed with the keyboard, and works
 * without the map script, which adds zoom and pan.
 */
export function FacilityMap({ markers, total, unplacedCount, lang, t, markerUrl }: Props) {
  const { landPath } = worldGeo();
  return (
    <figure class="fmap" data-total={total} data-unplaced={unplacedCount}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
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
                {group.map((m) => {
                  const title = t('map.marker', {
                    place: m.country ? countryName(m.country, lang) : '',
                    n: m.count,
                    status: label,
                  });
                  const circle = (
                    <circle
                      cx={m.x}
                      cy={m.y}
                      r={Math.round((2.5 + Math.sqrt(m.count) * 1.6) * 10) / 10}
                      class={m.precision === 'country' ? 'pr-country' : undefined}
                      data-n={m.count > 1 ? m.count : undefined}
                      data-c={m.country}
                    >
                      <title>{title}</title>
                    </circle>
                  );
                  return m.country ? (
                    <a href={markerUrl(m.country, status)} aria-label={title}>
                      {circle}
                    </a>
                  ) : (
                    circle
                  );
                })}
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
