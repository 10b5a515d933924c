import type { Child } from 'hono/jsx';
import { LANGS, type Lang } from '../../domain/lang.ts';
import { urls } from '../../server/urls.ts';
import { catalogs, type Translate } from '../i18n/index.ts';
import { UserMenu } from './user-menu.tsx';

export interface Twin {
  format: 'json' | 'csv' | 'md';
  href: string;
}

export interface LayoutProps {
  lang: Lang;
  t: Translate;
  title: string;
  description?: string;
  /** Path and query of this page, used for the language switcher and hreflang links. */
  path: string;
  twins?: Twin[];
  children?: Child;
}

const MIME = { json: 'application/json', csv: 'text/csv', md: 'text/markdown' } as const;
const NATIVE: Record<Lang, string> = { zh: '中文', en: 'English', ja: '日本語' };

/** The page shell: one template for every language. */
export function Layout(props: LayoutProps) {
  const { lang, t } = props;
  return (
    <html lang={lang === 'zh' ? 'zh-Hans' : lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t('site.name')}`}</title>
        {props.description && <meta name="description" content={props.description} />}
        <link rel="stylesheet" href={urls.asset('atlas.css')} />
        <link rel="icon" href={urls.asset('favicon.svg')} type="image/svg+xml" />
        {LANGS.map((l) => (
          <link rel="alternate" hreflang={l === 'zh' ? 'zh-Hans' : l} href={urls.switchLanguage(props.path, l)} />
        ))}
        <link rel="alternate" hreflang="x-default" href={props.path.replace(/^\/(zh|en|ja)/, '')} />
        {(props.twins ?? []).map((twin) => (
          <link rel="alternate" type={MIME[twin.format]} href={twin.href} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {t('nav.skip')}
        </a>
        <header class="top">
          <a class="brand" href={urls.home(lang)}>
            {t('site.name')}
          </a>
          <nav aria-label={t('nav.policies')}>
            <a href={urls.policies(lang)}>{t('nav.policies')}</a>
            <a href={urls.search(lang, '')}>{t('nav.search')}</a>
            <a href={urls.documents(lang)}>{t('nav.documents')}</a>
            <a href={urls.facilities(lang)}>{t('nav.facilities')}</a>
            <a href={urls.countries(lang)}>{t('nav.countries')}</a>
            <a href={urls.analyticsCapacity(lang)}>{t('nav.analytics')}</a>
            <a href={urls.simulator(lang)}>{t('sim.nav')}</a>
            <a href={urls.downloads(lang)}>{t('nav.downloads')}</a>
            <a href={urls.quality(lang)}>{t('nav.quality')}</a>
            <a href="/api">{t('nav.api')}</a>
          </nav>
          <UserMenu lang={lang} t={t} />
          <nav class="langs" aria-label={t('nav.language')}>
            {LANGS.map((l) =>
              l === lang ? (
                <strong aria-current="true">{NATIVE[l]}</strong>
              ) : (
                <a href={urls.switchLanguage(props.path, l)} hreflang={l} lang={l}>
                  {NATIVE[l]}
                </a>
              ),
            )}
          </nav>
        </header>
        <main id="main">{props.children}</main>
        <footer class="foot">
          {props.twins && props.twins.length > 0 && (
            <p class="twins">
              {t('twins.title')}:{' '}
              {props.twins.map((twin) => (
                <a href={twin.href} type={MIME[twin.format]}>
                  {t(`twins.${twin.format}`)}
                </a>
              ))}
            </p>
          )}
          <p>{t('footer.licence')}</p>
        </footer>
      </body>
    </html>
  );
}

/** Language names as the current UI language writes them. */
export const languageName = (lang: Lang, inLang: Lang) => catalogs[inLang][`lang.${lang}`];
