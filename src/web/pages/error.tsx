import type { Lang } from '../../domain/lang.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

export function NotFoundPage(props: { lang: Lang; t: Translate; path: string; message?: string }) {
  const { t } = props;
  return (
    <Layout lang={props.lang} t={t} title={t('error.notFound.title')} path={props.path}>
      <h1>{t('error.notFound.title')}</h1>
      <p>{props.message ?? t('error.notFound.body')}</p>
      <p>
        <a href={urls.policies(props.lang)}>{t('error.back')}</a>
      </p>
    </Layout>
  );
}

/** Lists what is wrong with the address and offers the same page without its parameters. */
export function BadRequestPage(props: { lang: Lang; t: Translate; path: string; problems: string[] }) {
  const { t } = props;
  // One leading slash: a path starting `//` would make the link leave the site.
  const withoutParameters = `/${props.path.split('?')[0]!.replace(/^\/+/, '')}`;
  return (
    <Layout lang={props.lang} t={t} title={t('error.badRequest.title')} path={props.path}>
      <h1>{t('error.badRequest.title')}</h1>
      <p>{t('error.badRequest.body')}</p>
      <ul class="problems">
        {props.problems.map((p) => (
          <li>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      <p>
        <a href={withoutParameters}>{t('error.withoutParameters')}</a>
      </p>
    </Layout>
  );
}
