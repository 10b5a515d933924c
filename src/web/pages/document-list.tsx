import { countryName } from '../../domain/countries.ts';
import type { Lang } from '../../domain/lang.ts';
import { urls } from '../../server/urls.ts';
import type { DocumentSummary } from '../../store/document-repository.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

/** /documents: every stored source document. */
export function DocumentListPage({
  documents,
  lang,
  t,
  path,
}: {
  documents: DocumentSummary[];
  lang: Lang;
  t: Translate;
  path: string;
}) {
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('documents.title')}
      description={t('documents.lead')}
      path={path}
      twins={[{ format: 'json', href: urls.documents(undefined, 'json') }]}
    >
      <h1>{t('documents.title')}</h1>
      <p class="lead">{t('documents.lead')}</p>
      <table>
        <tr>
          <th>{t('documents.title')}</th>
          <th>{t('document.issuer')}</th>
          <th>{t('document.date')}</th>
          <th>{t('document.country')}</th>
          <th />
        </tr>
        {documents.map((d) => (
          <tr>
            <td lang={d.meta.languages[0]}>
              <a href={urls.document(d.meta.id, lang)}>{d.meta.title}</a>
            </td>
            <td lang={d.meta.languages[0]}>{d.meta.issuer ?? ''}</td>
            <td>{d.meta.date ?? ''}</td>
            <td>{countryName(d.meta.country, lang)}</td>
            <td class="count">
              {t('documents.sections', { n: d.sectionCount })},{' '}
              {t('documents.passages', { n: d.passageCount })}
            </td>
          </tr>
        ))}
      </table>
    </Layout>
  );
}
