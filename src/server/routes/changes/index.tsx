import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { atomFeed } from '../../../export/atom.ts';
import { DATASET_LICENCE } from '../../../export/dataset-info.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { ChangesPage } from '../../../web/pages/changes.tsx';
import { requestLanguage } from '../../lang.ts';
import { requestOrigin } from '../../origin.ts';
import { badRequest, jsonError, notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { FEED_LIMIT, type ChangesView, loadChanges } from './load.ts';
import { parseChangesQuery } from './schema.ts';

const FORMATS = ['json', 'atom'] as const;
const XML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en', ja: 'ja' };

/** The Atom feed of a change-log view: absolute links from the request's origin, permanent entry ids. */
function feedOf(view: ChangesView, lang: Lang, origin: string): string {
  const t = translator(lang);
  const feedPath = urls.changes(lang, view.query, 'atom');
  const scopeId = [view.query.country && `country:${view.query.country}`, view.query.category && `category:${view.query.category}`, view.query.type && `type:${view.query.type}`, view.query.id && `id:${view.query.id}`]
    .filter(Boolean)
    .join(':');
  return atomFeed({
    id: `urn:ccus-atlas:changes:${lang}${scopeId ? `:${scopeId}` : ''}`,
    title: view.scope ? `${t('changes.feedTitle')} (${view.scope})` : t('changes.feedTitle'),
    subtitle: t('changes.lead', { n: FEED_LIMIT }),
    self: origin + feedPath,
    alternate: origin + urls.changes(lang, view.query),
    lang: XML_LANG[lang],
    rights: `${DATASET_LICENCE.title} (${DATASET_LICENCE.name}), ${DATASET_LICENCE.path}`,
    emptyUpdated: '1970-01-01T00:00:00.000Z',
    entries: view.items.map((item) => ({
      id: item.atomId,
      title: `${t(`changes.type.${item.entityType as 'policy'}`)} · ${item.displayTitle} · ${t(`changes.action.${item.action}`)} (v${item.version})`,
      updated: item.createdAt,
      link: origin + item.url,
      author: item.author,
      summary: [item.reason, item.changedFields.length > 0 ? `${t('changes.col.fields')}: ${item.changedFields.join(', ')}` : ''].filter(Boolean).join(' — '),
      categories: [item.entityType, item.action],
    })),
  });
}

/** /changes (HTML per language), its .json twin and its .atom feed, all with the same filters. */
export function changesRoutes(store: Store) {
  const app = new Hono();
  const handle = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, FORMATS);
    const uiLang = lang ?? requestLanguage(c);
    const params = new URL(c.req.url).searchParams;
    if (!lang && !format) return c.redirect(urls.changes(uiLang) + new URL(c.req.url).search, 302);
    const parsed = parseChangesQuery(params);
    if (!parsed.ok) return format ? jsonError(c, 400, 'invalid query parameters', parsed.problems) : badRequest(c, uiLang, parsed.problems);
    if (format === 'atom') {
      const view = await loadChanges(store, parsed.query, uiLang, FEED_LIMIT);
      c.header('content-type', 'application/atom+xml; charset=utf-8');
      return c.body(feedOf(view, uiLang, requestOrigin(c)));
    }
    const view = await loadChanges(store, parsed.query, uiLang);
    if (format === 'json') {
      return c.json({ query: view.query, scope: view.scope ?? null, total: view.items.length, items: view.items, feed: urls.changes(lang ?? uiLang, view.query, 'atom') });
    }
    return c.html(<ChangesPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };
  app.get('/:lang/:name{changes(?:\\.json|\\.atom)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? handle(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{changes(?:\\.json|\\.atom)?}', (c) => handle(c, undefined, c.req.param('name')));
  return app;
}
