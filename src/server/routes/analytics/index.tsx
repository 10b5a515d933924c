import { readFileSync } from 'node:fs';
import { type Context, Hono } from 'hono';
import { raw } from 'hono/html';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { toCsv } from '../../../export/csv.ts';
import type { Store } from '../../../store/store.ts';
import { Layout } from '../../../web/components/layout.tsx';
import { translator } from '../../../web/i18n/index.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import { AnalyticsCapacityPage } from '../../../web/pages/analytics-capacity.tsx';
import { requestLanguage } from '../../lang.ts';
import { badRequest, jsonError, notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { loadCapacityView } from './load.ts';
import { capacityParams, parseCapacityQuery } from './schema.ts';

/** The methodology document in each language, rendered once (it is part of the project, not user input). */
const methodologyHtml = new Map<Lang, string>();
const methodology = (lang: Lang) => {
  let html = methodologyHtml.get(lang);
  if (html === undefined) {
    const file = lang === 'en' ? 'methodology.md' : `methodology.${lang}.md`;
    html = renderMarkdown(readFileSync(new URL(`../../../../docs/${file}`, import.meta.url), 'utf8'));
    methodologyHtml.set(lang, html);
  }
  return html;
};

/** `/analytics/capacity` with .json and .csv twins, and `/methodology`. */
export function analyticsRoutes(store: Store) {
  const app = new Hono();

  const capacity = async (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, ['json', 'csv'] as const);
    const uiLang = lang ?? requestLanguage(c);
    if (!lang && !format) return c.redirect(urls.analyticsCapacity(uiLang) + new URL(c.req.url).search, 302);
    const parsed = parseCapacityQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok)
      return format
        ? jsonError(c, 400, 'invalid query parameters', parsed.problems)
        : badRequest(c, uiLang, parsed.problems);
    const view = await loadCapacityView(store, parsed.query);
    if (format === 'json') {
      return c.json({
        query: view.query,
        totals: view.totals,
        series: view.series,
        byRegion: view.byRegion,
        links: {
          html: urls.analyticsCapacity(lang, capacityParams(view.query)),
          facilities: urls.facilities(lang, {
            country: view.query.country,
            region: view.query.region,
            type: view.query.type,
          }),
        },
      });
    }
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'inline; filename="capacity-by-year.csv"');
      return c.body(
        toCsv(
          ['year', 'pipeline_mt', 'committed_mt', 'pipeline_count', 'committed_count'],
          view.series.points.map((p) => [
            p.year,
            p.pipelineMt,
            p.committedMt,
            p.pipelineCount,
            p.committedCount,
          ]),
        ),
      );
    }
    return c.html(
      <AnalyticsCapacityPage view={view} lang={uiLang} t={translator(uiLang)} path={pathOf(c)} />,
    );
  };

  const methodologyPage = (c: Context, lang: Lang) => {
    const t = translator(lang);
    return c.html(
      <Layout lang={lang} t={t} title={t('facilities.methodology')} path={pathOf(c)}>
        <article>{raw(methodology(lang))}</article>
      </Layout>,
    );
  };

  app.get('/:lang/analytics/:name{capacity(?:\\.json|\\.csv)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? capacity(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/analytics/:name{capacity(?:\\.json|\\.csv)?}', (c) =>
    capacity(c, undefined, c.req.param('name')),
  );
  app.get('/:lang/methodology', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? methodologyPage(c, lang) : notFound(c, requestLanguage(c));
  });
  app.get('/methodology', (c) => c.redirect(urls.methodology(requestLanguage(c)), 302));
  return app;
}
