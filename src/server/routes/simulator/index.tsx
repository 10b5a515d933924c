import { type Context, Hono } from 'hono';
import { isLang, type Lang } from '../../../domain/lang.ts';
import { simulationToCsv } from '../../../export/simulation-csv.ts';
import { translator } from '../../../web/i18n/index.ts';
import { SimulatorPage } from '../../../web/pages/simulator.tsx';
import { requestLanguage } from '../../lang.ts';
import { notFound, pathOf, splitFormat } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { errorBody, loadSimulation, type SimulationOutcome } from './load.ts';
import { parseSimulatorQuery } from './schema.ts';

const FORMATS = ['json', 'csv'] as const;

/**
 * The simulator page `/<lang>/simulator` and its twins `/simulator.json` and `/simulator.csv` (with or
 * without a language prefix). The query string is the scenario, so an address reproduces its run; the
 * twins answer the same presented numbers as `POST /api/simulate`.
 */
export function simulatorRoutes() {
  const app = new Hono();

  const page = (c: Context, lang: Lang | undefined, name: string) => {
    const { format } = splitFormat(name, FORMATS);
    const uiLang = lang ?? requestLanguage(c);
    const params = new URL(c.req.url).searchParams;
    if (!lang && !format) return c.redirect(urls.simulator(uiLang, params), 302);
    const parsed = parseSimulatorQuery(params);
    const outcome: SimulationOutcome = parsed.ok
      ? loadSimulation(parsed.query.scenario)
      : { ok: false, status: 400, message: 'invalid query parameters', problems: parsed.problems };
    if (format) {
      if (!outcome.ok) return c.json(errorBody(outcome.status, outcome.message, outcome.problems), outcome.status);
      if (format === 'json') return c.json(outcome.result);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'inline; filename="simulation.csv"');
      return c.body(simulationToCsv(outcome.result));
    }
    const t = translator(uiLang);
    const flows = parsed.ok ? parsed.query.flows : undefined;
    if (!outcome.ok) c.status(outcome.status);
    return c.html(
      <SimulatorPage
        view={{
          query: params,
          flows,
          ...(outcome.ok ? { scenario: outcome.scenario, result: outcome.result } : { scenario: outcome.scenario, problems: outcome.problems }),
        }}
        lang={uiLang}
        t={t}
        path={pathOf(c)}
      />,
    );
  };

  app.get('/:lang/:name{simulator(?:\\.json|\\.csv)?}', (c) => {
    const lang = c.req.param('lang');
    return isLang(lang) ? page(c, lang, c.req.param('name')) : notFound(c, requestLanguage(c));
  });
  app.get('/:name{simulator(?:\\.json|\\.csv)?}', (c) => page(c, undefined, c.req.param('name')));
  return app;
}
