import { countryName } from '../../domain/countries.ts';
import { facilityStatus } from '../../domain/facility-enums.ts';
import { type Lang, pickText } from '../../domain/lang.ts';
import { ANALYSIS_DIMENSIONS, IMPLEMENTATION_FIELDS, REGULATORY_PILLARS } from '../../domain/policy.ts';
import type { Policy } from '../../domain/policy.ts';
import { analysisDimension, legalWeight, policyCategory, policyStatus } from '../../domain/policy-enums.ts';
import type { CompareView } from '../../server/routes/compare/load.ts';
import type { CountrySnapshot } from '../../server/routes/countries/load.ts';
import { urls } from '../../server/urls.ts';
import { GovernanceMatrix } from '../charts/governance-matrix.tsx';
import { Bar } from '../charts/dimension-bar.tsx';
import { Layout } from '../components/layout.tsx';
import type { MessageKey, Translate } from '../i18n/index.ts';
import { PillarText } from './country-page.tsx';

interface Props {
  view: CompareView;
  lang: Lang;
  t: Translate;
  path: string;
  query: { countries: string[]; policies: string[] };
}

const mt = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'zh' ? 'zh-CN' : lang, { maximumFractionDigits: 2 });

function Countries({ countries, lang, t }: { countries: CountrySnapshot[]; lang: Lang; t: Translate }) {
  const head = (
    <thead>
      <tr>
        <th>{t('compare.field')}</th>
        {countries.map((c) => (
          <th>
            <a href={urls.country(c.code, lang)}>{c.names[lang]}</a>
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <>
      <h2>{t('compare.pillars')}</h2>
      <table class="compare">
        {head}
        <tbody>
          {REGULATORY_PILLARS.map((p) => (
            <tr>
              <th>{t(`pillar.${p}` as MessageKey)}</th>
              {countries.map((c) => (
                <td>
                  <PillarText pillar={c.pillars.find((x) => x.pillar === p)} lang={lang} t={t} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('compare.profile')}</h2>
      <table class="compare">
        {head}
        <tbody>
          {ANALYSIS_DIMENSIONS.map((d) => (
            <tr>
              <th>{analysisDimension.label(d, lang)}</th>
              {countries.map((c) => {
                const dim = c.governance.dimensions[d];
                return (
                  <td data-value={dim.value}>
                    <Bar value={dim.value} label={String(dim.value)} /> {dim.value}
                    <br />
                    <small>
                      {dim.count > 0
                        ? t('country.dimension.count', { n: dim.count, mean: dim.meanScore ?? '' })
                        : t('country.dimension.none')}
                    </small>
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th>{t('countries.col.governance')}</th>
            {countries.map((c) => (
              <td data-governance={c.governance.index}>
                <strong>{c.governance.index}</strong>{' '}
                <small>{t('countries.col.range', { min: c.sensitivity.min, max: c.sensitivity.max })}</small>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <h2>{t('compare.deployment')}</h2>
      <table class="compare">
        {head}
        <tbody>
          <tr>
            <th>{t('analytics.headline.pipeline')}</th>
            {countries.map((c) => (
              <td>
                {c.totals.pipeline.count} · {mt(c.totals.pipeline.mt, lang)} Mt/yr
              </td>
            ))}
          </tr>
          <tr>
            <th>{t('analytics.headline.committed')}</th>
            {countries.map((c) => (
              <td data-committed-mt={c.totals.committed.mt}>
                {c.totals.committed.count} · {mt(c.totals.committed.mt, lang)} Mt/yr
              </td>
            ))}
          </tr>
          {facilityStatus.values.map((s) => (
            <tr>
              <th>{facilityStatus.label(s, lang)}</th>
              {countries.map((c) => (
                <td>
                  <a href={urls.facilities(lang, { country: [c.code], status: [s] })}>
                    {c.totals.byStatus[s].count}
                  </a>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('compare.matrix')}</h2>
      <div class="matrix">
        <GovernanceMatrix
          countries={countries}
          label={t('compare.matrix')}
          xLabel={t('compare.matrix.x')}
          yLabel={t('compare.matrix.y')}
        />
        <p class="method">{t('compare.method')}</p>
      </div>
    </>
  );
}

function Policies({ policies, lang, t }: { policies: Policy[]; lang: Lang; t: Translate }) {
  const text = (v: Partial<Record<Lang, string>> | undefined) => {
    const picked = pickText(v, lang);
    return picked ? <span lang={picked.lang}>{picked.value}</span> : '';
  };
  const rows: [string, (p: Policy) => unknown][] = [
    [t('field.country'), (p) => countryName(p.country, lang)],
    [t('field.year'), (p) => p.year ?? ''],
    [t('field.status'), (p) => policyStatus.label(p.status, lang)],
    [t('field.category'), (p) => policyCategory.label(p.category, lang)],
    [t('field.legalWeight'), (p) => (p.legalWeight ? legalWeight.label(p.legalWeight, lang) : '')],
    ...ANALYSIS_DIMENSIONS.map((d): [string, (p: Policy) => unknown] => [
      analysisDimension.label(d, lang),
      (p) => p.analysis[d]?.score ?? '—',
    ]),
    ...REGULATORY_PILLARS.map((pl): [string, (p: Policy) => unknown] => [
      t(`pillar.${pl}` as MessageKey),
      (p) => text(p.regulatory[pl]),
    ]),
    ...IMPLEMENTATION_FIELDS.map((f): [string, (p: Policy) => unknown] => [
      t(`implementation.${f}` as MessageKey),
      (p) => text(p.implementationDetails[f]),
    ]),
  ];
  return (
    <table class="compare">
      <thead>
        <tr>
          <th>{t('compare.field')}</th>
          {policies.map((p) => (
            <th>
              <a href={urls.policy(p.id, lang)}>{pickText(p.title, lang)?.value ?? p.id}</a>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, cell]) => (
          <tr>
            <th>{label}</th>
            {policies.map((p) => (
              <td>{cell(p) as string}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Countries or policies side by side, with the governance–deployment matrix and its method. */
export function ComparePage({ view, lang, t, path, query }: Props) {
  const params = { countries: query.countries.join(','), policies: query.policies.join(',') };
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('compare.title')}
      path={path}
      twins={[
        { format: 'json', href: urls.compare(lang, params, 'json') },
        { format: 'csv', href: urls.compare(lang, params, 'csv') },
      ]}
    >
      <h1>{t('compare.title')}</h1>
      <p>{t('compare.intro')}</p>
      <form class="filter" method="get" action={urls.compare(lang)}>
        <label>
          {t('compare.countries')}{' '}
          <input
            name="countries"
            value={params.countries}
            placeholder="JP,GB,NL,US"
            aria-label={t('compare.pick')}
          />
        </label>
        <button type="submit">{t('compare.go')}</button>
      </form>
      <form class="filter" method="get" action={urls.compare(lang)}>
        <label>
          {t('compare.policies')}{' '}
          <input name="policies" value={params.policies} aria-label={t('compare.pick')} />
        </label>
        <button type="submit">{t('compare.go')}</button>
      </form>
      {view.kind !== 'empty' && view.missing.length > 0 && <p class="where">{view.missing.join(', ')}: —</p>}
      {view.kind === 'countries' && <Countries countries={view.countries} lang={lang} t={t} />}
      {view.kind === 'policies' && <Policies policies={view.policies} lang={lang} t={t} />}
    </Layout>
  );
}
