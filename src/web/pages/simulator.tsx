import type { Lang } from '../../domain/lang.ts';
import type { Scenario } from '../../schemes/index.ts';
import type { PresentedSimulation } from '../../server/presenters/simulation.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';
import { formValues, SimulatorForm, typedValues } from './simulator-form.tsx';
import { SchemeParamsSection, typedParamsOf } from './simulator-params.tsx';
import { SimulatorResults } from './simulator-results.tsx';

export interface SimulatorPageView {
  /** The query string of this run, which reproduces it (and its twins). */
  query: URLSearchParams;
  scenario?: Scenario;
  result?: PresentedSimulation;
  problems?: readonly string[];
  flows?: string;
}

/** `/<lang>/simulator`: the scenario form, then the run's charts and tables, or what stopped the run. */
export function SimulatorPage({ view, lang, t, path }: { view: SimulatorPageView; lang: Lang; t: Translate; path: string }) {
  const form = view.scenario ? { values: formValues(view.scenario), schemes: view.scenario.schemes } : typedValues(view.query);
  return (
    <Layout
      lang={lang}
      t={t}
      title={t('sim.title')}
      description={t('sim.lead')}
      path={path}
      twins={
        view.result
          ? [
              { format: 'json', href: urls.simulator(undefined, view.query, 'json') },
              { format: 'csv', href: urls.simulator(undefined, view.query, 'csv') },
            ]
          : []
      }
    >
      <h1>{t('sim.title')}</h1>
      <p class="lead">{t('sim.lead')}</p>
      <p class="help">{t('sim.defaults')}</p>
      {view.problems && view.problems.length > 0 && (
        <div class="notice" role="alert" data-problems>
          <strong>{t('sim.problems')}</strong>
          <ul>
            {view.problems.map((p) => (
              <li lang="en">{p}</li>
            ))}
          </ul>
        </div>
      )}
      <SimulatorForm lang={lang} t={t} values={form.values} schemes={form.schemes} flows={view.flows} />
      <SchemeParamsSection ids={form.schemes} typed={typedParamsOf(view.query)} lang={lang} t={t} />
      {view.result && (
        <>
          <SimulatorResults sim={view.result} flows={view.flows} lang={lang} t={t} />
          <p class="actions">
            <a href={urls.simulator(undefined, view.query, 'csv')} download="simulation.csv">
              {t('sim.download')}
            </a>
          </p>
        </>
      )}
      <script src={urls.asset('simulator.js')} defer />
    </Layout>
  );
}
