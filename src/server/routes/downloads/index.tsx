import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { DATASET_LICENCE } from '../../../export/dataset-info.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { DownloadsPage } from '../../../web/pages/downloads.tsx';
import { requestLanguage } from '../../lang.ts';
import { jsonError, notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { cachedSnapshot, downloadFile, loadDownloads } from './load.ts';

/** /downloads (HTML per language, .json twin) and the files themselves under /downloads/…. */
export function downloadRoutes(store: Store) {
  const app = new Hono();
  const page = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, ['json'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.downloads(uiLang), 302);
    const { view } = await loadDownloads(store);
    if (format === 'json') return c.json(view);
    return c.html(<DownloadsPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };
  app.get('/:lang/:name{downloads(?:\\.json)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? page(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{downloads(?:\\.json)?}', (c) => page(c, undefined, c.req.param('name')));
  app.get('/downloads/:path{.+}', async (c) => {
    const path = c.req.param('path');
    const file = downloadFile(await cachedSnapshot(store), path, c.req.query('bom') === '1');
    if (!file) return jsonError(c, 404, `no download "${path}"; see ${urls.downloads(undefined, 'json')}`);
    c.header('content-type', `${file.mediatype}; charset=utf-8`);
    c.header('link', `<${DATASET_LICENCE.path}>; rel="license"`);
    c.header('content-disposition', `inline; filename="${path.split('/').pop()!.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
    return c.body(file.text);
  });
  return app;
}
