import { facilityType, worldRegion } from '../../domain/facility-enums.ts';
import type { Lang } from '../../domain/lang.ts';
import type { CapacityView } from '../../server/routes/analytics/load.ts';
import { capacityParams, FIRST_YEAR, LAST_YEAR } from '../../server/routes/analytics/schema.ts';
import { urls } from '../../server/urls.ts';
import { CapacityChart } from '../charts/capacity-chart.tsx';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

interface Props {
  view: CapacityView;
  lang: Lang;
  t: Translate;
  path: string;
}

const mt = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'zh' ? 'zh-CN' : lang, { maximumFractionDigits: 1 });

/** Cumulative capacity by year with filters, headline figures and a region breakdown. */
export function AnalyticsCapacityPage({ view, lang, t, path }: Props) {
  const q = view.query;
  const params = capacityParams(q);
  const { pipeline, committed } = view.totals;
  const measureLabel = t(`analytics.measure.${q.measure}`);
  const toggle = (key: 'type' | 'region', value: string) => {
    const current = q[key];
    return urls.analyticsCapacity(lang, {
      ...params,
      [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
    });
  };
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('analytics.title')}
      path={path}
      twins={[
        { format: 'json', href: urls.analyticsCapacity(lang, params, 'json') },
        { format: 'csv', href: urls.analyticsCapacity(lang, params, 'csv') },
      ]}
    >
      <h1>{t('analytics.title')}</h1>
      <p>
        {t('analytics.intro')} <a href={urls.methodology(lang)}>{t('facilities.methodology')}</a>
      </p>
      <ul class="headline">
        <li data-pipeline-mt={pipeline.mt} data-pipeline-n={pipeline.count}>
          <strong>{t('analytics.headline.pipeline')}</strong> {mt(pipeline.mt, lang)} Mt/yr · {pipeline.count}{' '}
          ({pipeline.unknownCount} {t('analytics.headline.unknown')})
        </li>
        <li data-committed-mt={committed.mt} data-committed-n={committed.count}>
          <strong>{t('analytics.headline.committed')}</strong> {mt(committed.mt, lang)} Mt/yr ·{' '}
          {committed.count} ({committed.unknownCount} {t('analytics.headline.unknown')})
        </li>
        {view.series.undatedCount > 0 && (
          <li>{t('analytics.headline.undated', { n: view.series.undatedCount })}</li>
        )}
      </ul>
      <form class="filter" method="get" action={urls.analyticsCapacity(lang)}>
        {(['type', 'region'] as const).flatMap((key) =>
          q[key].map((v) => <input type="hidden" name={key} value={v} />),
        )}
        <label>
          {t('countries.col.country')}{' '}
          <input
            name="country"
            value={q.country.join(',')}
            placeholder="JP,NO"
            size={10}
            aria-label={t('compare.pick')}
          />
        </label>
        <label>
          {t('analytics.from')}{' '}
          <input type="number" name="from" min={FIRST_YEAR} max={LAST_YEAR} value={String(q.from)} />
        </label>
        <label>
          {t('analytics.to')}{' '}
          <input type="number" name="to" min={FIRST_YEAR} max={LAST_YEAR} value={String(q.to)} />
        </label>
        <label>
          {t('analytics.measure')}{' '}
          <select name="measure">
            <option value="capacity" selected={q.measure === 'capacity'}>
              {t('analytics.measure.capacity')}
            </option>
            <option value="count" selected={q.measure === 'count'}>
              {t('analytics.measure.count')}
            </option>
          </select>
        </label>
        <button type="submit">{t('analytics.apply')}</button>
      </form>
      <p class="chips">
        {facilityType.values.map((v) => (
          <a href={toggle('type', v)} aria-current={q.type.includes(v) ? 'true' : undefined} rel="nofollow">
            {facilityType.label(v, lang)}
          </a>
        ))}
      </p>
      <p class="chips">
        {worldRegion.values.map((v) => (
          <a
            href={toggle('region', v)}
            aria-current={q.region.includes(v) ? 'true' : undefined}
            rel="nofollow"
          >
            {worldRegion.label(v, lang)}
          </a>
        ))}
      </p>
      <CapacityChart
        points={view.series.points}
        measure={q.measure}
        label={t('analytics.chart', { measure: measureLabel, from: q.from, to: q.to })}
        legend={{ pipeline: t('analytics.legend.pipeline'), committed: t('analytics.legend.committed') }}
      />
      <h2>{t('analytics.byRegion')}</h2>
      <table class="byregion">
        <thead>
          <tr>
            <th>{t('analytics.col.region')}</th>
            <th class="num">{t('analytics.headline.pipeline')}</th>
            <th class="num">Mt/yr</th>
            <th class="num">{t('analytics.headline.committed')}</th>
            <th class="num">Mt/yr</th>
          </tr>
        </thead>
        <tbody>
          {view.byRegion.map((r) => (
            <tr>
              <td>{r.region ? worldRegion.label(r.region, lang) : t('facilities.unknown')}</td>
              <td class="num">{r.totals.pipeline.count}</td>
              <td class="num">{mt(r.totals.pipeline.mt, lang)}</td>
              <td class="num">{r.totals.committed.count}</td>
              <td class="num">{mt(r.totals.committed.mt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
