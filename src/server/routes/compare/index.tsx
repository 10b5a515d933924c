import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { ANALYSIS_DIMENSIONS } from '../../../domain/policy.ts';
import { toCsv } from '../../../export/csv.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { ComparePage } from '../../../web/pages/compare.tsx';
import { requestLanguage } from '../../lang.ts';
import { COUNTRY_CSV_COLUMNS, countryCsvRow, presentCountry } from '../../presenters/country.ts';
import { presentPolicy } from '../../presenters/policy.ts';
import { badRequest, jsonError, notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadCompareView, parseCompareQuery } from './load.ts';

/** `/compare?countries=…` or `/compare?policies=…`, with .json and .csv twins. */
export function compareRoutes(store: Store) {
  const app = new Hono();

  const compare = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, ['json', 'csv'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.compare(uiLang) + new URL(c.req.url).search, 302);
    const parsed = parseCompareQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok)
      return format
        ? jsonError(c, 400, 'invalid query parameters', parsed.problems)
        : badRequest(c, uiLang, parsed.problems);
    const view = await loadCompareView(store, parsed.countries, parsed.policies);
    if (format === 'json') {
      if (view.kind === 'countries')
        return c.json({
          kind: view.kind,
          missing: view.missing,
          countries: view.countries.map(presentCountry),
        });
      if (view.kind === 'policies') {
        return c.json({
          kind: view.kind,
          missing: view.missing,
          policies: await Promise.all(
            view.policies.map(async (p) => presentPolicy((await store.policies.get(p.id))!)),
          ),
        });
      }
      return c.json({ kind: view.kind });
    }
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      if (view.kind === 'countries')
        return c.body(toCsv([...COUNTRY_CSV_COLUMNS], view.countries.map(countryCsvRow)));
      const policies = view.kind === 'policies' ? view.policies : [];
      return c.body(
        toCsv(
          ['id', 'country', 'year', 'status', 'category', 'legal_weight', ...ANALYSIS_DIMENSIONS],
          policies.map((p) => [
            p.id,
            p.country,
            p.year,
            p.status,
            p.category,
            p.legalWeight,
            ...ANALYSIS_DIMENSIONS.map((d) => p.analysis[d]?.score),
          ]),
        ),
      );
    }
    return c.html(
      <ComparePage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} query={parsed} />,
    );
  };

  app.get('/:lang/:name{compare(?:\\.json|\\.csv)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? compare(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{compare(?:\\.json|\\.csv)?}', (c) => compare(c, undefined, c.req.param('name')));
  return app;
}
