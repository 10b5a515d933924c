import { raw } from 'hono/html';
import type { Lang } from '../../domain/lang.ts';
import type { SearchView } from '../../server/routes/search/load.ts';
import { urls } from '../../server/urls.ts';
import type { SearchFacet } from '../../search/facets/search-facets.ts';
import { SEARCH_FILTER_KEYS } from '../../search/query.ts';
import type { MatchReason } from '../../search/explain.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

interface Props {
  view: SearchView;
  lang: Lang;
  t: Translate;
  path: string;
}

/** The query with a filter toggled: filters live in the query text, so links stay shareable. */
function toggleFilter(q: string, key: string, value: string, selected: boolean): string {
  const token = `${key}:${value}`;
  if (selected)
    return q
      .split(/\s+/)
      .filter((w) => w.toLowerCase() !== token.toLowerCase())
      .join(' ');
  return `${q} ${token}`.trim();
}

function Facet({ facet, view, lang, t }: { facet: SearchFacet } & Props) {
  if (facet.values.length === 0) return null;
  return (
    <section class="facet">
      <h3>{t(`search.facet.${facet.key}`)}</h3>
      <ul>
        {facet.values.slice(0, 10).map((v) => (
          <li>
            <a
              href={urls.search(lang, toggleFilter(view.q, facet.key, v.value, v.selected))}
              aria-current={v.selected ? 'true' : undefined}
            >
              <span>{v.label}</span> <span class="count">{v.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Reasons({ reasons, t }: { reasons: MatchReason[]; t: Translate }) {
  const shown = reasons.filter((r) => r.terms.length > 0);
  if (shown.length === 0) return null;
  return (
    <small class="why">
      {t('search.matched')}:{' '}
      {shown.map((r, i) => (
        <>
          {i > 0 && '; '}
          {r.terms.join(', ')}
          {r.concept && r.terms.some((term) => term !== r.query) && ` (${t('search.via')}: ${r.query})`}
        </>
      ))}
    </small>
  );
}

/** The rank of a document group's first passage among all the ranked passages (lists number on from it). */
function rankOfFirst(view: SearchView, group: number): number {
  let rank = (view.page - 1) * view.limit + 1;
  for (const g of view.groups.slice(0, group)) rank += g.passages.length;
  return rank;
}

/** Previous and next pages of the ranked passages. */
function Pager({ view, lang, t }: Props) {
  if (view.pages <= 1) return null;
  const at = (page: number) => urls.search(lang, view.q, undefined, { limit: view.limit, page });
  return (
    <nav class="pager" aria-label={t('search.pages')}>
      {view.page > 1 && (
        <a href={at(view.page - 1)} rel="prev">
          {t('list.prev')}
        </a>
      )}
      <span>{t('list.page', { page: view.page, pages: view.pages })}</span>
      {view.page < view.pages && (
        <a href={at(view.page + 1)} rel="next">
          {t('list.next')}
        </a>
      )}
    </nav>
  );
}

/** /search: one box over passages and records, results grouped by document, facets beside. */
export function SearchPage({ view, lang, t, path }: Props) {
  const title = view.q ? `${view.q} · ${t('search.title')}` : t('search.title');
  return (
    <Layout
      lang={lang}
      t={t}
      title={title}
      description={t('search.lead')}
      path={path}
      twins={[{ format: 'json', href: urls.search(undefined, view.q, 'json') }]}
    >
      <h1>{t('search.title')}</h1>
      <form class="filter" method="get" action={urls.search(lang, '')} role="search">
        <input type="search" name="q" value={view.q} aria-label={t('search.label')} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <p class="help">{t('search.help')}</p>
      {view.searched && (
        <div class="cols">
          <aside>
            {view.facets.map((facet) => (
              <Facet facet={facet} view={view} lang={lang} t={t} path={path} />
            ))}
            <p class="help">{t('search.facetNote', { n: 500 })}</p>
          </aside>
          <div>
            {view.records.length > 0 && (
              <section>
                <h2>{t('search.records')}</h2>
                <ol class="hits">
                  {view.records.map((r) => (
                    <li data-type={r.type}>
                      <a href={r.url}>{r.title}</a> <span class="badge">{r.country}</span>
                      <div>{raw(r.snippetHtml)}</div>
                      <Reasons reasons={r.matched} t={t} />
                    </li>
                  ))}
                </ol>
              </section>
            )}
            <h2>{t('search.passages')}</h2>
            <p>
              {t(view.totalIsLowerBound ? 'search.resultsMore' : 'search.results', { n: view.total })}
              {view.pages > 1 &&
                view.shown > 0 &&
                ` · ${t('search.showing', { from: (view.page - 1) * view.limit + 1, to: (view.page - 1) * view.limit + view.shown })}`}
            </p>
            {!view.rankedAll && <p class="help">{t('search.rankedWithin', { n: 500 })}</p>}
            {view.total === 0 && view.records.length === 0 && <p class="notice">{t('search.none')}</p>}
            {view.groups.map((g, i) => (
              <section class="docgroup">
                <h3>
                  <a href={g.url}>{g.documentTitle}</a>
                </h3>
                <ol class="hits" start={rankOfFirst(view, i)}>
                  {g.passages.map((p) => (
                    <li data-anchor={p.anchor}>
                      <a href={p.url}>
                        <strong>{p.sectionLabel || p.anchor}</strong>
                      </a>{' '}
                      <small class="path" lang={p.lang}>
                        {raw(p.headingHtml)}
                      </small>
                      <br />
                      <span lang={p.lang}>{raw(p.snippetHtml)}</span>
                      <br />
                      <Reasons reasons={p.matched} t={t} />
                    </li>
                  ))}
                </ol>
              </section>
            ))}
            <Pager view={view} lang={lang} t={t} path={path} />
          </div>
        </div>
      )}
    </Layout>
  );
}

export const SEARCH_PARAM_KEYS = SEARCH_FILTER_KEYS;
