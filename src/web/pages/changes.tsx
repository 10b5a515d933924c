import { countryName } from '../../domain/countries.ts';
import type { Lang } from '../../domain/lang.ts';
import { policyCategory } from '../../domain/policy-enums.ts';
import { CHANGES_PAGE_LIMIT, type ChangesView } from '../../server/routes/changes/load.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

/** /changes: the newest revisions of every record, filtered by country, category or record, with its Atom feed. */
export function ChangesPage({ view, lang, t, path }: { view: ChangesView; lang: Lang; t: Translate; path: string }) {
  const title = view.scope ? `${t('changes.title')}: ${view.scope}` : t('changes.title');
  const feed = urls.changes(lang, view.query, 'atom');
  return (
    <Layout lang={lang} t={t} title={title} path={path} twins={[{ format: 'json', href: urls.changes(undefined, view.query, 'json') }]}>
      <h1>{title}</h1>
      <p class="lead">{t('changes.lead', { n: CHANGES_PAGE_LIMIT })}</p>
      <p>
        <a href={feed} type="application/atom+xml" rel="alternate">
          {t('changes.feed')}
        </a>
      </p>
      <form method="get" action={urls.changes(lang)} class="filters" aria-label={t('changes.filters')}>
        <label>
          {t('changes.country')}{' '}
          <select name="country">
            <option value="">{t('changes.all')}</option>
            {view.countries.map((code) => (
              <option value={code} selected={view.query.country === code}>
                {countryName(code, lang)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('changes.category')}{' '}
          <select name="category">
            <option value="">{t('changes.all')}</option>
            {policyCategory.values.map((c) => (
              <option value={c} selected={view.query.category === c}>
                {policyCategory.label(c, lang)}
              </option>
            ))}
          </select>
        </label>
        {view.query.type && <input type="hidden" name="type" value={view.query.type} />}
        {view.query.id && <input type="hidden" name="id" value={view.query.id} />}{' '}
        <button type="submit">{t('changes.apply')}</button>
      </form>
      {view.items.length === 0 ? (
        <p>{t('changes.empty')}</p>
      ) : (
        <table class="changes">
          <thead>
            <tr>
              <th>{t('changes.col.when')}</th>
              <th>{t('changes.col.record')}</th>
              <th>{t('changes.col.action')}</th>
              <th>{t('changes.col.by')}</th>
              <th>{t('changes.col.why')}</th>
              <th>{t('changes.col.fields')}</th>
            </tr>
          </thead>
          <tbody>
            {view.items.map((item) => (
              <tr id={`change-${item.revisionId}`} data-entity={`${item.entityType}:${item.entityId}`}>
                <td>
                  <time datetime={item.createdAt}>{item.createdAt.slice(0, 16).replace('T', ' ')}</time>
                </td>
                <td>
                  <small>{t(`changes.type.${item.entityType as 'policy'}`)}</small>{' '}
                  {item.action === 'delete' ? <span>{item.displayTitle}</span> : <a href={item.url}>{item.displayTitle}</a>}{' '}
                  <a class="feed-link" href={urls.changes(lang, { type: item.entityType, id: item.entityId })}>
                    v{item.version}
                  </a>
                </td>
                <td>{t(`changes.action.${item.action}`)}</td>
                <td>{item.author}</td>
                <td>{item.reason}</td>
                <td>
                  <small>{item.changedFields.slice(0, 6).join(', ')}{item.changedFields.length > 6 ? ' …' : ''}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
