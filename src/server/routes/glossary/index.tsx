import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { GLOSSARY } from '../../../search/glossary/index.ts';
import { translator } from '../../../web/i18n/index.ts';
import { GlossaryPage } from '../../../web/pages/glossary-page.tsx';
import { requestLanguage } from '../../lang.ts';
import { presentGlossary } from '../../presenters/glossary.ts';
import { notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';

/** /glossary (HTML per language) and /glossary.json: the CCS concepts behind cross-language search. */
export function glossaryRoutes() {
  const app = new Hono();
  const handle = (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, ['json'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (format === 'json') return c.json(presentGlossary());
    if (!lang) return c.redirect(urls.glossary(uiLang), 302);
    return c.html(<GlossaryPage concepts={GLOSSARY} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />);
  };
  app.get('/:lang/:name{glossary(?:\\.json)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? handle(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{glossary(?:\\.json)?}', (c) => handle(c, undefined, c.req.param('name')));
  return app;
}
