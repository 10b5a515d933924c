import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { facilitiesToCsv, facilitiesToGeoJson } from '../../../export/facilities.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { FacilityListPage } from '../../../web/pages/facility-list.tsx';
import { FacilityPage } from '../../../web/pages/facility-page.tsx';
import { requestLanguage } from '../../lang.ts';
import { presentFacilityList, presentFacilityPage } from '../../presenters/facility.ts';
import { badRequest, jsonError, notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadFacilityList, loadFacilityPage } from './load.ts';
import { parseFacilityQuery } from './schema.ts';

const LIST_FORMATS = ['json', 'csv', 'geojson'] as const;

/** Facility list and pages with their twins (.json, .csv, .geojson), with and without a language prefix. */
export function facilityRoutes(store: Store) {
  const app = new Hono();

  const list = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, LIST_FORMATS);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.facilities(uiLang) + new URL(c.req.url).search, 302);
    const parsed = parseFacilityQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok)
      return format
        ? jsonError(c, 400, 'invalid query parameters', parsed.problems)
        : badRequest(c, uiLang, parsed.problems);
    const view = await loadFacilityList(store, parsed.query, uiLang);
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'inline; filename="facilities.csv"');
      return c.body(facilitiesToCsv(view.matching));
    }
    if (format === 'geojson') {
      c.header('content-type', 'application/geo+json; charset=utf-8');
      return c.body(JSON.stringify(facilitiesToGeoJson(view.placed, view.unplaced)));
    }
    if (format === 'json') return c.json(presentFacilityList(view, lang));
    return c.html(<FacilityListPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };

  const record = async (c: Context, lang: Lang | undefined, name: string) => {
    const { base: id, format } = splitFormat(name, ['json', 'csv'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.facility(id, uiLang), 302);
    const view = await loadFacilityPage(store, id);
    if (!view)
      return format
        ? jsonError(c, 404, `no facility with id "${id}"`)
        : notFound(c, uiLang, translator(uiLang)('facility.notFound', { id }));
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      return c.body(facilitiesToCsv([view.facility]));
    }
    if (format === 'json') return c.json(presentFacilityPage(view));
    return c.html(<FacilityPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };

  app.get('/:lang/:name{facilities(?:\\.json|\\.csv|\\.geojson)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? list(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{facilities(?:\\.json|\\.csv|\\.geojson)?}', (c) => list(c, undefined, c.req.param('name')));
  app.get('/:lang/facilities/:name', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? record(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/facilities/:name', (c) => record(c, undefined, c.req.param('name')));
  return app;
}
