import { countryName } from '../../domain/countries.ts';
import type { Lang } from '../../domain/lang.ts';
import { legalWeight, policyCategory, policyStatus, reviewStatus } from '../../domain/policy-enums.ts';
import { POLICY_SORTS } from '../../domain/policy-query.ts';
import type { PolicyListView } from '../../server/routes/policies/load.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import { NewPolicyLink } from '../components/user-menu.tsx';
import type { Translate } from '../i18n/index.ts';

interface Props {
  view: PolicyListView;
  lang: Lang;
  t: Translate;
  path: string;
}

/** "where Country is Japan or Norway and Status is Active": the filters in words. */
function FilterSentence({ view, t }: Props) {
  const active = view.facets
    .map((f) => ({ f, selected: f.values.filter((v) => v.selected) }))
    .filter((x) => x.selected.length > 0);
  if (active.length === 0 && !view.query.q) return null;
  return (
    <p class="where">
      {t('list.where')}{' '}
      {active.map(({ f, selected }, i) => (
        <>
          {i > 0 && '; '}
          {t(`facet.${f.key}`)}: <strong>{selected.map((s) => s.label).join(' / ')}</strong>
        </>
      ))}
      {view.query.q && (
        <>
          {active.length > 0 && '; '}
          {t('list.matching', { q: view.query.q })}
        </>
      )}
    </p>
  );
}

/** The policy list: counted facets, text filter, sort and paging, all held in the query string. */
export function PolicyListPage(props: Props) {
  const { view, lang, t } = props;
  const q = view.query;
  const filtered = view.total !== view.grandTotal;
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('list.title')}
      path={props.path}
      twins={[
        { format: 'json', href: urls.policies(lang, q, 'json') },
        { format: 'csv', href: urls.policies(lang, q, 'csv') },
      ]}
    >
      <h1>{t('list.title')}</h1>
      <NewPolicyLink lang={lang} t={t} />
      <form class="filter" method="get" action={urls.policies(lang)} role="search">
        <input type="search" name="q" value={q.q} aria-label={t('list.search')} placeholder={t('list.search')} />
        {(['country', 'year', 'status', 'category', 'legalWeight', 'reviewStatus'] as const).flatMap((key) =>
          q[key].map((v) => <input type="hidden" name={key} value={v} />),
        )}
        <label>
          {t('list.sort')}{' '}
          <select name="sort">
            {POLICY_SORTS.map((s) => (
              <option value={s} selected={s === q.sort}>
                {t(`list.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('list.searchButton')}</button>
      </form>
      <div class="cols">
        <aside>
          {view.facets.map((facet) =>
            facet.values.length === 0 ? null : (
              <section class="facet" data-facet={facet.key}>
                <h3>{t(`facet.${facet.key}`)}</h3>
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
          <p class="summary">
            <strong>
              {filtered
                ? t('list.countFiltered', { n: view.total, total: view.grandTotal })
                : t('list.count', { n: view.total })}
            </strong>
          </p>
          <FilterSentence {...props} />
          {filtered && (
            <p>
              <a href={urls.policies(lang)}>{t('list.clear')}</a>
            </p>
          )}
          {view.items.length === 0 ? (
            <p>{t('list.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('col.title')}</th>
                  <th>{t('col.country')}</th>
                  <th>{t('col.year')}</th>
                  <th>{t('col.status')}</th>
                  <th>{t('col.category')}</th>
                  <th>{t('col.legalWeight')}</th>
                  <th>{t('col.reviewStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {view.items.map((item) => (
                  <tr data-policy-id={item.id}>
                    <td>
                      <a href={item.url}>{item.displayTitle}</a>
                    </td>
                    <td>{countryName(item.country, lang)}</td>
                    <td>{item.year ?? ''}</td>
                    <td>{policyStatus.label(item.status, lang)}</td>
                    <td>{policyCategory.label(item.category, lang)}</td>
                    <td>{item.legalWeight ? legalWeight.label(item.legalWeight, lang) : ''}</td>
                    <td>
                      <span class={`badge ${item.reviewStatus}`}>{reviewStatus.label(item.reviewStatus, lang)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {view.pages > 1 && (
            <nav class="pager" aria-label={t('list.page', { page: q.page, pages: view.pages })}>
              {q.page > 1 && <a href={urls.policies(lang, { ...q, page: q.page - 1 })} rel="prev">{t('list.prev')}</a>}
              <span>{t('list.page', { page: q.page, pages: view.pages })}</span>
              {q.page < view.pages && (
                <a href={urls.policies(lang, { ...q, page: q.page + 1 })} rel="next">
                  {t('list.next')}
                </a>
              )}
            </nav>
          )}
        </section>
      </div>
    </Layout>
  );
}
