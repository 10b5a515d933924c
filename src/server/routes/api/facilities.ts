import { Hono } from 'hono';
import { isCountryCode, resolveCountry } from '../../../domain/countries.ts';
import type { Store } from '../../../store/store.ts';
import { requestLanguage } from '../../lang.ts';
import { presentCountry, presentCountryList } from '../../presenters/country.ts';
import { presentFacilityList, presentFacilityPage } from '../../presenters/facility.ts';
import { jsonError, notModified, recordEtag } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadCountryList, loadCountryPage } from '../countries/load.ts';
import { loadFacilityList, loadFacilityPage } from '../facilities/load.ts';
import { parseFacilityQuery } from '../facilities/schema.ts';

/**
 * Facilities and country profiles in the JSON API: the loaders and presenters of the `.json` twins
 * of /facilities and /countries, with JSON errors and the next page under /api.
 */
export function facilityApiRoutes(store: Store) {
  const app = new Hono();
  app.get('/facilities', async (c) => {
    const parsed = parseFacilityQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return jsonError(c, 400, 'invalid query parameters', parsed.problems);
    const view = await loadFacilityList(store, parsed.query, requestLanguage(c));
    return c.json(presentFacilityList(view, undefined, (page) => urls.apiFacilities({ ...view.query, page })));
  });
  app.get('/facilities/:id', async (c) => {
    const id = c.req.param('id');
    const view = await loadFacilityPage(store, id);
    if (!view) return jsonError(c, 404, `no facility with id "${id}"`);
    if (notModified(c, recordEtag('facility', id, view.version, 'api'))) return c.body(null, 304);
    return c.json(presentFacilityPage(view));
  });
  app.get('/countries', async (c) => c.json(presentCountryList(await loadCountryList(store))));
  app.get('/countries/:code', async (c) => {
    // A code, or a country name in any language (`Japan`, `日本`).
    const asked = c.req.param('code');
    const code = resolveCountry(asked);
    const view = code && isCountryCode(code) ? await loadCountryPage(store, code, requestLanguage(c)) : undefined;
    if (!view) return jsonError(c, 404, `no country "${asked}" in the hub`);
    return c.json(presentCountry(view.snapshot));
  });
  return app;
}
