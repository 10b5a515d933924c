import { Hono } from 'hono';
import { isLang, LANGS } from '../../../domain/lang.ts';
import { defaultPolicyQuery } from '../../../domain/policy-query.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { HomePage } from '../../../web/pages/home.tsx';
import { requestLanguage } from '../../lang.ts';
import { notFound, pathOf } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadPolicyList } from '../policies/load.ts';

/** `/` negotiates a language and redirects; `/<lang>/` is the home page. */
export function homeRoutes(store: Store) {
  const app = new Hono();
  app.get('/', (c) => {
    c.header('vary', 'Accept-Language, Cookie');
    return c.redirect(urls.home(requestLanguage(c)), 302);
  });
  for (const lang of LANGS) app.get(`/${lang}`, (c) => c.redirect(urls.home(lang), 301));
  app.get('/:lang/', async (c) => {
    const lang = c.req.param('lang');
    if (!isLang(lang)) return notFound(c, requestLanguage(c));
    const view = await loadPolicyList(store, { ...defaultPolicyQuery(), pageSize: 1 }, lang);
    const draft = await store.policies.list({
      ...defaultPolicyQuery(),
      reviewStatus: ['draft', 'in_review'],
      pageSize: 1,
    });
    const [documents, facilities, countries] = await Promise.all([
      store.documents.count(),
      store.facilities.count(),
      store.countries.list().then((all) => all.length),
    ]);
    return c.html(
      <HomePage
        view={view}
        unreviewed={draft.total}
        counts={{ documents, facilities, countries }}
        lang={lang}
        t={translator(lang)}
        path={pathOf(c)}
      />,
    );
  });
  return app;
}
