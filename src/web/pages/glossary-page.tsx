import type { Lang } from '../../domain/lang.ts';
import { urls } from '../../server/urls.ts';
import type { Concept } from '../../search/glossary/index.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

const ORDER: Record<Lang, Lang[]> = {
  ja: ['ja', 'zh', 'en'],
  zh: ['zh', 'ja', 'en'],
  en: ['en', 'ja', 'zh'],
};

/** /glossary: the CCS concepts with their terms in three languages, each a search link. */
export function GlossaryPage({
  concepts,
  lang,
  t,
  path,
}: {
  concepts: readonly Concept[];
  lang: Lang;
  t: Translate;
  path: string;
}) {
  const cols = ORDER[lang];
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('glossary.title')}
      description={t('glossary.lead', { n: concepts.length })}
      path={path}
      twins={[{ format: 'json', href: urls.glossary(undefined, 'json') }]}
    >
      <h1>{t('glossary.title')}</h1>
      <p class="lead">{t('glossary.lead', { n: concepts.length })}</p>
      <table class="glossary">
        <tr>
          {cols.map((l) => (
            <th>{t(`lang.${l}`)}</th>
          ))}
        </tr>
        {concepts.map((c) => (
          <tr id={c.id}>
            {cols.map((l) => (
              <td lang={l}>
                <a href={urls.search(lang, c.terms[l][0]!)}>{c.terms[l][0]}</a>
                {c.terms[l].length > 1 && <small> / {c.terms[l].slice(1).join(' / ')}</small>}
              </td>
            ))}
          </tr>
        ))}
      </table>
    </Layout>
  );
}
