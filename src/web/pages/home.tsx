import type { Lang } from '../../domain/lang.ts';
import type { PolicyListView } from '../../server/routes/policies/load.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

export interface HomeCounts {
  documents: number;
  facilities: number;
  countries: number;
}

interface Props {
  view: PolicyListView;
  unreviewed: number;
  counts: HomeCounts;
  lang: Lang;
  t: Translate;
  path: string;
}

function Breakdown({ view, facetKey, title }: { view: PolicyListView; facetKey: string; title: string }) {
  const facet = view.facets.find((f) => f.key === facetKey);
  if (!facet || facet.values.length === 0) return null;
  const max = Math.max(...facet.values.map((v) => v.count));
  return (
    <section data-breakdown={facetKey}>
      <h2>{title}</h2>
      {facet.values.map((v) => (
        <div class="bar">
          <a href={v.toggleUrl}>{v.label}</a>
          <svg class="fill" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
            <rect width={Math.max(2, Math.round((100 * v.count) / max))} height="6" />
          </svg>
          <span class="count">{v.count}</span>
        </div>
      ))}
    </section>
  );
}

/** The home page: what the hub holds and where to start. */
export function HomePage(props: Props) {
  const { view, lang, t } = props;
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('home.title')}
      description={t('home.lead')}
      path={props.path}
      twins={[{ format: 'json', href: urls.policies(undefined, {}, 'json') }]}
    >
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <p>
        <a href={urls.policies(lang)}>
          <strong>{t('home.policies', { n: view.grandTotal })}</strong>
        </a>{' '}
        — <a href={urls.policies(lang)}>{t('home.browse')}</a>
      </p>
      {props.unreviewed > 0 && (
        <p class="notice">{t('home.unreviewed', { n: props.unreviewed, total: view.grandTotal })}</p>
      )}
      <div class="stats">
        <Breakdown view={view} facetKey="country" title={t('home.byCountry')} />
        <Breakdown view={view} facetKey="category" title={t('home.byCategory')} />
        <Breakdown view={view} facetKey="status" title={t('home.byStatus')} />
      </div>
      <h2>{t('home.explore')}</h2>
      <ul class="explore">
        <li>
          <a href={urls.documents(lang)}>{t('home.documents', { n: props.counts.documents })}</a>
        </li>
        <li>
          <a href={urls.facilities(lang)}>{t('home.facilities', { n: props.counts.facilities })}</a>
        </li>
        <li>
          <a href={urls.countries(lang)}>{t('home.countries', { n: props.counts.countries })}</a>
        </li>
        <li>
          <a href={urls.search(lang, '')}>{t('home.search')}</a>
        </li>
        <li>
          <a href={urls.simulator(lang)}>{t('home.simulator')}</a>
        </li>
      </ul>
      <p class="cite">{t('home.machine')}</p>
    </Layout>
  );
}
