import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { queryNeedles } from '../../../search/explain.ts';
import { parseSearchQuery } from '../../../search/query.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { DocumentListPage } from '../../../web/pages/document-list.tsx';
import { DocumentPage } from '../../../web/pages/document-page.tsx';
import { requestLanguage } from '../../lang.ts';
import { presentDocument, presentDocumentList, presentPassageOrSection } from '../../presenters/document.ts';
import { jsonError, notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';

/**
 * /documents (list), /documents/<id> (reader; `?hl=` highlights a search), their `.json` twins, and
 * /documents/<id>/passages/<anchor>.json (a passage, or a section with its passages).
 */
export function documentRoutes(store: Store) {
  const app = new Hono();

  const list = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, ['json'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.documents(uiLang), 302);
    const documents = await store.documents.list();
    if (format === 'json') return c.json(presentDocumentList(documents));
    return c.html(
      <DocumentListPage documents={documents} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />,
    );
  };

  const reader = async (c: Context, lang: Lang | undefined, name: string) => {
    const { base: id, format } = splitFormat(name, ['json'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.document(id, uiLang) + new URL(c.req.url).search, 302);
    const stored = await store.documents.get(id);
    if (!stored) {
      return format
        ? jsonError(c, 404, `no document with id "${id}"`)
        : notFound(c, uiLang, translator(uiLang)('error.notFoundDocument', { id }));
    }
    if (format === 'json') return c.json(presentDocument(stored.document, stored.version));
    const highlight = (c.req.query('hl') ?? '').slice(0, 500);
    const needles = highlight ? queryNeedles(parseSearchQuery(highlight)) : [];
    return c.html(
      <DocumentPage
        document={stored.document}
        needles={needles}
        highlight={highlight || undefined}
        lang={uiLang}
        t={translator(uiLang)}
        path={pathOf(c)}
      />,
    );
  };

  const passage = async (c: Context) => {
    const id = c.req.param('id')!;
    const { base: anchor, format } = splitFormat(c.req.param('name')!, ['json'] as const);
    if (format !== 'json') return c.redirect(urls.documentPassage(id, anchor, requestLanguage(c)), 302);
    const stored = await store.documents.get(id);
    if (!stored) return jsonError(c, 404, `no document with id "${id}"`);
    const found = presentPassageOrSection(stored.document, anchor);
    return found ? c.json(found) : jsonError(c, 404, `document "${id}" has no passage or section "${anchor}"`);
  };

  app.get('/:lang/:name{documents(?:\\.json)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? list(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{documents(?:\\.json)?}', (c) => list(c, undefined, c.req.param('name')));
  app.get('/documents/:id/passages/:name', passage);
  app.get('/:lang/documents/:id/passages/:name', passage);
  app.get('/:lang/documents/:name', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? reader(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/documents/:name', (c) => reader(c, undefined, c.req.param('name')));
  return app;
}
