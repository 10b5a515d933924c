import { Hono } from 'hono';
import type { Store } from '../../../store/store.ts';
import { requestLanguage } from '../../lang.ts';
import {
  presentDocument,
  presentDocumentList,
  presentPassageOrSection,
  presentSearch,
} from '../../presenters/document.ts';
import { presentGlossary } from '../../presenters/glossary.ts';
import { jsonError, notModified, recordEtag } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadSearch } from '../search/load.ts';
import { parseSearchParams } from '../search/schema.ts';

/**
 * The search and source-document part of the JSON API: the same loaders and presenters as the
 * `.json` twins of /search, /documents and /glossary, under /api with JSON errors.
 */
export function documentApiRoutes(store: Store) {
  const app = new Hono();
  app.get('/search', async (c) => {
    const parsed = parseSearchParams(new URL(c.req.url).searchParams);
    if (!parsed.ok) return jsonError(c, 400, 'invalid query parameters', parsed.problems);
    const view = await loadSearch(store, parsed.q, requestLanguage(c), parsed.limit, parsed.page);
    return c.json(presentSearch(view, (page) => urls.apiSearch(view.q, { limit: view.limit, page })));
  });
  app.get('/documents', async (c) => c.json(presentDocumentList(await store.documents.list())));
  app.get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    const stored = await store.documents.get(id);
    if (!stored) return jsonError(c, 404, `no document with id "${id}"`);
    if (notModified(c, recordEtag('document', id, stored.version, 'api'))) return c.body(null, 304);
    return c.json(presentDocument(stored.document, stored.version));
  });
  app.get('/documents/:id/passages/:anchor', async (c) => {
    const { id, anchor } = c.req.param();
    const stored = await store.documents.get(id);
    if (!stored) return jsonError(c, 404, `no document with id "${id}"`);
    const found = presentPassageOrSection(stored.document, anchor);
    return found ? c.json(found) : jsonError(c, 404, `document "${id}" has no passage or section "${anchor}"`);
  });
  app.get('/glossary', (c) => c.json(presentGlossary()));
  return app;
}
