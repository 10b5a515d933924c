import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { QualityPage } from '../../../web/pages/quality.tsx';
import { requestLanguage } from '../../lang.ts';
import { notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadQualityPage } from './load.ts';

/** /quality (HTML per language) and /quality.json: the audit figures, trend and worst records. */
export function qualityRoutes(store: Store) {
  const app = new Hono();
  const handle = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, ['json'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.quality(uiLang), 302);
    const view = await loadQualityPage(store, uiLang);
    if (format === 'json') return c.json(view);
    return c.html(<QualityPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };
  app.get('/:lang/:name{quality(?:\\.json)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? handle(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{quality(?:\\.json)?}', (c) => handle(c, undefined, c.req.param('name')));
  return app;
}
