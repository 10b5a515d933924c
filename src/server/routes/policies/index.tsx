import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import type { PolicyQuery } from '../../../domain/policy-query.ts';
import { policiesToCsv } from '../../../export/policies-csv.ts';
import { policyToMarkdown } from '../../../ingest/record-writer.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { PolicyListPage } from '../../../web/pages/policy-list.tsx';
import { PolicyPage } from '../../../web/pages/policy-page.tsx';
import { requestLanguage } from '../../lang.ts';
import { presentPolicy } from '../../presenters/policy.ts';
import { presentPolicyList } from '../../presenters/policy-list.ts';
import {
  badRequest,
  jsonError,
  notFound,
  notModified,
  pathOf,
  recordEtag,
  splitFormat,
} from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadPolicyList, loadPolicyPage } from './load.ts';
import { parsePolicyQuery } from './schema.ts';

const LIST_FORMATS = ['json', 'csv'] as const;
const RECORD_FORMATS = ['json', 'md'] as const;

/** Every policy matching the filters (paging ignored), for whole-list downloads. */
async function allMatching(store: Store, query: PolicyQuery) {
  const all = [];
  for (let page = 1; ; page++) {
    const { items, total } = await store.policies.list({ ...query, page, pageSize: 200 });
    all.push(...items.map((i) => i.policy));
    if (all.length >= total || items.length === 0) return all;
  }
}

/**
 * Policy pages and their twins, mounted both under a language prefix (`/en/policies…`) and without
 * one (`/policies.json`; HTML there redirects to the negotiated language).
 */
export function policyRoutes(store: Store) {
  const app = new Hono();

  const list = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, LIST_FORMATS);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.policies(uiLang) + new URL(c.req.url).search, 302);
    const parsed = parsePolicyQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) {
      return format
        ? jsonError(c, 400, 'invalid query parameters', parsed.problems)
        : badRequest(c, uiLang, parsed.problems);
    }
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'inline; filename="policies.csv"');
      return c.body(policiesToCsv(await allMatching(store, parsed.query)));
    }
    const view = await loadPolicyList(store, parsed.query, uiLang);
    if (format === 'json') {
      return c.json(presentPolicyList(view, (page) => urls.policies(lang, { ...view.query, page }, 'json')));
    }
    return c.html(<PolicyListPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };

  const record = async (c: Context, lang: Lang | undefined, name: string) => {
    const { base: id, format } = splitFormat(name, RECORD_FORMATS);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.policy(id, uiLang), 302);
    if (format) {
      // Twins are the record itself: one read, and a validator so clients and caches can revalidate.
      const stored = await store.policies.get(id);
      if (!stored) return jsonError(c, 404, `no policy with id "${id}"`);
      if (notModified(c, recordEtag('policy', id, stored.version, format))) return c.body(null, 304);
      if (format === 'json') return c.json(presentPolicy(stored));
      c.header('content-type', 'text/markdown; charset=utf-8');
      return c.body(policyToMarkdown(stored.policy));
    }
    const view = await loadPolicyPage(store, id);
    if (!view) {
      return format
        ? jsonError(c, 404, `no policy with id "${id}"`)
        : notFound(c, uiLang, translator(uiLang)('error.notFoundPolicy', { id }));
    }
    if (format === 'json') return c.json(presentPolicy(view.stored));
    if (format === 'md') {
      c.header('content-type', 'text/markdown; charset=utf-8');
      return c.body(policyToMarkdown(view.stored.policy));
    }
    return c.html(<PolicyPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };

  app.get('/:lang/:name{policies(?:\\.json|\\.csv)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? list(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{policies(?:\\.json|\\.csv)?}', (c) => list(c, undefined, c.req.param('name')));
  app.get('/:lang/policies/:name', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? record(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/policies/:name', (c) => record(c, undefined, c.req.param('name')));
  return app;
}
