import { type Context, Hono } from 'hono';
import { isCountryCode, resolveCountry } from '../../../domain/countries.ts';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { toCsv } from '../../../export/csv.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { CountryListPage } from '../../../web/pages/country-list.tsx';
import { CountryPage } from '../../../web/pages/country-page.tsx';
import { requestLanguage } from '../../lang.ts';
import {
  COUNTRY_CSV_COLUMNS,
  countryCsvRow,
  presentCountry,
  presentCountryList,
} from '../../presenters/country.ts';
import { jsonError, notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadCountryList, loadCountryPage } from './load.ts';

/** `/countries` (with .json and .csv twins) and `/countries/<code>` (with .json). */
export function countryRoutes(store: Store) {
  const app = new Hono();

  const list = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, ['json', 'csv'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.countries(uiLang), 302);
    const view = await loadCountryList(store);
    if (format === 'json') return c.json(presentCountryList(view));
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'inline; filename="countries.csv"');
      return c.body(toCsv([...COUNTRY_CSV_COLUMNS], view.countries.map(countryCsvRow)));
    }
    return c.html(<CountryListPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };

  const record = async (c: Context, lang: Lang | undefined, name: string) => {
    const { base, format } = splitFormat(name, ['json', 'csv'] as const);
    const uiLang = lang ?? requestLanguage(c);
    const code = resolveCountry(base);
    if (code && code !== base) return c.redirect(urls.country(code, lang, format), 301);
    if (!lang && !format) return c.redirect(urls.country(base, uiLang), 302);
    const view = code && isCountryCode(code) ? await loadCountryPage(store, code, uiLang) : undefined;
    if (!view)
      return format
        ? jsonError(c, 404, `no country "${base}" in the hub`)
        : notFound(c, uiLang, translator(uiLang)('country.notFound', { code: base }));
    if (format === 'json') return c.json(presentCountry(view.snapshot));
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      return c.body(toCsv([...COUNTRY_CSV_COLUMNS], [countryCsvRow(view.snapshot)]));
    }
    return c.html(<CountryPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };

  app.get('/:lang/:name{countries(?:\\.json|\\.csv)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? list(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{countries(?:\\.json|\\.csv)?}', (c) => list(c, undefined, c.req.param('name')));
  app.get('/:lang/countries/:name', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? record(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/countries/:name', (c) => record(c, undefined, c.req.param('name')));
  return app;
}
