import { countryName } from '../../domain/countries.ts';
import { facilityStatus, facilityType } from '../../domain/facility-enums.ts';
import { FACILITY_FILTER_KEYS, FACILITY_SORTS } from '../../domain/facility-query.ts';
import type { Lang } from '../../domain/lang.ts';
import type { FacilityListView } from '../../server/routes/facilities/load.ts';
import { urls } from '../../server/urls.ts';
import { FacilityMap } from '../charts/facility-map.tsx';
import { Layout } from '../components/layout.tsx';
import type { MessageKey, Translate } from '../i18n/index.ts';

interface Props {
  view: FacilityListView;
  lang: Lang;
  t: Translate;
  path: string;
}

const mt = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'zh' ? 'zh-CN' : lang, { maximumFractionDigits: 2 });

/** The facility list: counted facets, text filter, sort, paging, totals and a map of the same filtered set. */
export function FacilityListPage({ view, lang, t, path }: Props) {
  const q = view.query;
  const filtered = view.total !== view.grandTotal;
  const { pipeline, committed } = view.totals;
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('facilities.title')}
      path={path}
      twins={[
        { format: 'json', href: urls.facilities(lang, q, 'json') },
        { format: 'csv', href: urls.facilities(lang, q, 'csv') },
      ]}
    >
      <h1>{t('facilities.title')}</h1>
      <form class="filter" method="get" action={urls.facilities(lang)} role="search">
        <input
          type="search"
          name="q"
          value={q.q}
          aria-label={t('facilities.search')}
          placeholder={t('facilities.search')}
        />
        {FACILITY_FILTER_KEYS.flatMap((key) =>
          q[key].map((v) => <input type="hidden" name={key} value={v} />),
        )}
        <label>
          {t('facilities.sort')}{' '}
          <select name="sort">
            {FACILITY_SORTS.map((s) => (
              <option value={s} selected={s === q.sort}>
                {t(`facilities.sort.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('facilities.searchButton')}</button>
      </form>
      <div class="cols">
        <aside>
          {view.facets.map((facet) =>
            facet.values.length === 0 ? null : (
              <section class="facet" data-facet={facet.key}>
                <h3>{t(`facet.${facet.key}` as MessageKey)}</h3>
                <ul>
                  {facet.values.map((v) => (
                    <li>
                      <a href={v.toggleUrl} aria-current={v.selected ? 'true' : undefined} rel="nofollow">
                        <span>{v.label}</span> <span class="count">{v.count}</span>
                      </a>
                    </li>
                  ))}
                </ul>
                {facet.truncated && <p class="count">…</p>}
              </section>
            ),
          )}
        </aside>
        <section>
          <p class="summary" data-total={view.total}>
            <strong>
              {filtered
                ? t('facilities.countFiltered', { n: view.total, total: view.grandTotal })
                : t('facilities.count', { n: view.total })}
            </strong>
          </p>
          <ul class="totals">
            <li data-pipeline-mt={pipeline.mt} data-pipeline-n={pipeline.count}>
              {t('facilities.pipeline', { n: pipeline.count, mt: mt(pipeline.mt, lang) })}
            </li>
            <li data-committed-mt={committed.mt} data-committed-n={committed.count}>
              {t('facilities.committed', { n: committed.count, mt: mt(committed.mt, lang) })}
            </li>
            {pipeline.unknownCount > 0 && (
              <li>{t('facilities.unknownCapacity', { n: pipeline.unknownCount })}</li>
            )}
          </ul>
          <p class="note">
            {t('facilities.rule')} <a href={urls.methodology(lang)}>{t('facilities.methodology')}</a>
          </p>
          {filtered && (
            <p>
              <a href={urls.facilities(lang)}>{t('facilities.clear')}</a>
            </p>
          )}
          <FacilityMap
            markers={view.markers}
            total={view.total}
            unplacedCount={view.unplaced.length}
            lang={lang}
            t={t}
            markerUrl={(country, status) =>
              urls.facilities(lang, { ...q, page: 1, country: [country], status: [status] })
            }
          />
          {view.items.length === 0 ? (
            <p>{t('facilities.empty')}</p>
          ) : (
            <table class="flist">
              <thead>
                <tr>
                  <th>{t('facilities.col.name')}</th>
                  <th>{t('facilities.col.country')}</th>
                  <th>{t('facilities.col.type')}</th>
                  <th>{t('facilities.col.status')}</th>
                  <th class="num">{t('facilities.col.capacity')}</th>
                  <th class="num">{t('facilities.col.year')}</th>
                </tr>
              </thead>
              <tbody>
                {view.items.map((f) => (
                  <tr>
                    <td>
                      <a href={f.url} lang={f.nameLang}>
                        {f.name}
                      </a>
                    </td>
                    <td>{f.countries.map((c) => countryName(c, lang)).join(' · ')}</td>
                    <td>{facilityType.label(f.type as never, lang)}</td>
                    <td>{facilityStatus.label(f.status as never, lang)}</td>
                    <td class="num">
                      {f.capacityMt === null ? t('facilities.unknown') : mt(f.capacityMt, lang)}
                    </td>
                    <td class="num">{f.recordYear ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {view.pages > 1 && (
            <nav class="pager" aria-label={t('facilities.page', { page: q.page, pages: view.pages })}>
              {q.page > 1 && (
                <a href={urls.facilities(lang, { ...q, page: q.page - 1 })} rel="prev">
                  {t('facilities.prev')}
                </a>
              )}
              <span>{t('facilities.page', { page: q.page, pages: view.pages })}</span>
              {q.page < view.pages && (
                <a href={urls.facilities(lang, { ...q, page: q.page + 1 })} rel="next">
                  {t('facilities.next')}
                </a>
              )}
            </nav>
          )}
        </section>
      </div>
      <script type="module" src={urls.asset('facility-map.js')} />
    </Layout>
  );
}
