import type { Lang } from '../../domain/lang.ts';
import type { DownloadsView } from '../../server/routes/downloads/load.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import { catalogs, type MessageKey, type Translate } from '../i18n/index.ts';

const FORMAT: Record<string, string> = {
  'text/csv': 'CSV',
  'application/json': 'JSON',
  'application/geo+json': 'GeoJSON',
  'text/markdown': 'Markdown',
  'application/schema+json': 'JSON Schema',
};

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** /downloads: every export with its licence, citation and version. */
export function DownloadsPage({ view, lang, t, path }: { view: DownloadsView; lang: Lang; t: Translate; path: string }) {
  const { dataset } = view;
  const tables = view.files.filter((f) => f.path.startsWith('data/'));
  const schemas = view.files.filter((f) => f.path.startsWith('schemas/'));
  const what = (p: string) => {
    const key = `downloads.what.${p.replace(/^data\//, '')}` as MessageKey;
    return key in catalogs.en ? t(key) : '';
  };
  return (
    <Layout lang={lang} t={t} title={t('downloads.title')} description={t('downloads.lead')} path={path} twins={[{ format: 'json', href: urls.downloads(undefined, 'json') }]}>
      <h1>{t('downloads.title')}</h1>
      <p class="lead">{t('downloads.lead')}</p>
      <dl class="facts">
        <dt>{t('downloads.version')}</dt>
        <dd data-field="version">
          <code>{dataset.version}</code>
        </dd>
        <dt>{t('downloads.licence')}</dt>
        <dd data-field="licence">
          {t('downloads.licenceText', { licence: `${dataset.licence.title} (${dataset.licence.name})`, exceptions: dataset.licenceExceptions.join(', ') })}{' '}
          <a href={dataset.licence.path} rel="license">
            {dataset.licence.path}
          </a>
        </dd>
        <dt>{t('downloads.cite')}</dt>
        <dd data-field="citation">
          <blockquote lang="en">{dataset.citation}</blockquote>
        </dd>
      </dl>
      <section id="package">
        <h2>{t('downloads.package')}</h2>
        <p>{t('downloads.packageLead')}</p>
        <ul>
          <li>
            <a href={urls.download('datapackage.json')}>datapackage.json</a>
          </li>
          <li>
            <a href={urls.download('README.md')}>README.md</a>
          </li>
        </ul>
      </section>
      <section id="tables">
        <h2>{t('downloads.tables')}</h2>
        <table class="downloads">
          <thead>
            <tr>
              <th>{t('downloads.col.file')}</th>
              <th>{t('downloads.col.format')}</th>
              <th>{t('downloads.col.what')}</th>
            </tr>
          </thead>
          <tbody>
            {tables.map((f) => (
              <tr data-file={f.path}>
                <td>
                  <a href={f.url}>{f.path.replace(/^data\//, '')}</a> <small>{size(f.bytes)}</small>
                  {f.excelUrl && (
                    <>
                      {' '}
                      · <a href={f.excelUrl}>{t('downloads.excel')}</a>
                    </>
                  )}
                </td>
                <td>{FORMAT[f.mediatype] ?? f.mediatype}</td>
                <td>{what(f.path)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t('downloads.records', { n: view.recordCount })}</p>
        <h3>{t('downloads.schemas')}</h3>
        <ul>
          {schemas.map((f) => (
            <li>
              <a href={f.url}>{f.path.replace(/^schemas\//, '')}</a>
            </li>
          ))}
        </ul>
      </section>
      <section id="machines">
        <h2>{t('downloads.machines')}</h2>
        <ul>
          <li>
            <a href={urls.openApi()}>{t('downloads.openapi')}</a>
          </li>
          <li>
            <a href={urls.changes(lang, {}, 'atom')} type="application/atom+xml">
              {t('downloads.feeds')}
            </a>{' '}
            (<a href={urls.changes(lang)}>{t('changes.title')}</a>)
          </li>
          <li>
            <a href={urls.llmsTxt()}>{t('downloads.llms')}</a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}

