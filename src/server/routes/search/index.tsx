import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { SearchPage } from '../../../web/pages/search-page.tsx';
import { requestLanguage } from '../../lang.ts';
import { presentSearch } from '../../presenters/document.ts';
import { badRequest, jsonError, notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadSearch } from './load.ts';
import { parseSearchParams } from './schema.ts';

/** /search (HTML, per language) and /search.json: passages and records in one box. */
export function searchRoutes(store: Store) {
  const app = new Hono();
  const handle = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, ['json'] as const);
    const uiLang = lang ?? requestLanguage(c);
    const url = new URL(c.req.url);
    if (!lang && !format) return c.redirect(urls.search(uiLang, '') + url.search, 302);
    const parsed = parseSearchParams(url.searchParams);
    if (!parsed.ok)
      return format
        ? jsonError(c, 400, 'invalid query parameters', parsed.problems)
        : badRequest(c, uiLang, parsed.problems);
    const view = await loadSearch(store, parsed.q, uiLang, parsed.limit, parsed.page);
    if (format === 'json') return c.json(presentSearch(view));
    return c.html(<SearchPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };
  app.get('/:lang/:name{search(?:\\.json)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? handle(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{search(?:\\.json)?}', (c) => handle(c, undefined, c.req.param('name')));
  return app;
}
