import { worldRegion } from '../../domain/facility-enums.ts';
import type { Lang } from '../../domain/lang.ts';
import type { CountryListView } from '../../server/routes/countries/load.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

interface Props {
  view: CountryListView;
  lang: Lang;
  t: Translate;
  path: string;
}

const mt = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'zh' ? 'zh-CN' : lang, { maximumFractionDigits: 1 });

/** Every country with its policies, facilities, capacity and governance index. */
export function CountryListPage({ view, lang, t, path }: Props) {
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('countries.title')}
      path={path}
      twins={[
        { format: 'json', href: urls.countries(lang, 'json') },
        { format: 'csv', href: urls.countries(lang, 'csv') },
      ]}
    >
      <h1>{t('countries.title')}</h1>
      <p>
        {t('countries.intro')} <a href={urls.methodology(lang)}>{t('facilities.methodology')}</a>
      </p>
      <table class="clist">
        <thead>
          <tr>
            <th>{t('countries.col.country')}</th>
            <th>{t('countries.col.region')}</th>
            <th class="num">{t('countries.col.policies')}</th>
            <th class="num">{t('countries.col.facilities')}</th>
            <th class="num">{t('countries.col.pipeline')}</th>
            <th class="num">{t('countries.col.committed')}</th>
            <th class="num">{t('countries.col.governance')}</th>
          </tr>
        </thead>
        <tbody>
          {view.countries.map((c) => (
            <tr data-country={c.code}>
              <td>
                <a href={urls.country(c.code, lang)}>{c.names[lang]}</a>
              </td>
              <td>{c.region ? worldRegion.label(c.region, lang) : ''}</td>
              <td class="num">{c.policies.length}</td>
              <td class="num">{c.facilities.length}</td>
              <td class="num">{mt(c.totals.pipeline.mt, lang)}</td>
              <td class="num">{mt(c.totals.committed.mt, lang)}</td>
              <td class="num">
                {c.governance.index}{' '}
                <span class="count">
                  {t('countries.col.range', { min: c.sensitivity.min, max: c.sensitivity.max })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
