import type { MapMarker } from '../../analysis/facility-map.ts';
import { countryName } from '../../domain/countries.ts';
import { facilityStatus, locationPrecision } from '../../domain/facility-enums.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Translate } from '../i18n/index.ts';
import { MAP_HEIGHT, MAP_WIDTH, worldGeo } from './world-geo.ts';

interface Props {
  markers: MapMarker[];
  total: number;
  unplacedCount: number;
  lang: Lang;
  t: Translate;
  /** Link for a marker: the list filtered to that country and status. */
  href: (marker: MapMarker) => string;
}

/**
 * The world map of a facility list, drawn on the server: Natural Earth land as one path and one circle
 * per place and status, coloured by status. Rings mark country-level locations. `data-n` on each marker
 * and `data-unplaced` on the figure add up to the list total (tests check it).
 */
export function FacilityMap({ markers, total, unplacedCount, lang, t, href }: Props) {
  const { landPath } = worldGeo();
  return (
    <figure class="fmap" data-total={total} data-unplaced={unplacedCount}>
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-label={t('map.title', { n: total })} data-map="world">
        <path class="fmap-land" d={landPath} />
        <g class="fmap-points">
          {markers.map((m) => {
            const r = Math.round((2.5 + Math.sqrt(m.count) * 1.6) * 10) / 10;
            const place = m.country ? countryName(m.country, lang) : '';
            return (
              <a href={href(m)}>
                <circle cx={m.x} cy={m.y} r={r} class={`st-${m.status} pr-${m.precision}`} data-n={m.count}>
                  <title>
                    {t('map.marker', {
                      place,
                      n: m.count,
                      status: facilityStatus.label(m.status, lang),
                      precision: locationPrecision.label(m.precision, lang),
                    })}
                  </title>
                </circle>
              </a>
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
