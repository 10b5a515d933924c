import type { Lang } from '../../domain/lang.ts';
import type { PresentedScheme, PresentedSimulation } from '../../server/presenters/simulation.ts';
import { AnnualOutlayChart } from '../charts/annual-outlay.tsx';
import { NpvComparisonChart } from '../charts/npv-comparison.tsx';
import { PriceFanChart } from '../charts/price-fan.tsx';
import { StackedFlowsChart } from '../charts/stacked-flows.tsx';
import type { MessageKey, Translate } from '../i18n/index.ts';
import { formatMillions, formatPerT, formatShare, formatWhole } from './simulator-format.ts';

interface Ctx {
  lang: Lang;
  t: Translate;
}

const M = 1e6;
export const schemeLabel = (t: Translate, id: string) => t(`sim.scheme.${id}` as MessageKey);

/** A money cell: the figure in millions, the exact amount in `data-value` (what the API returned). */
function Money({ value, lang, field }: { value: number; lang: string; field?: string }) {
  return (
    <td class="num" data-value={value} data-field={field}>
      {formatMillions(value, lang)}
    </td>
  );
}

function SummaryTable({ sim, lang, t }: { sim: PresentedSimulation } & Ctx) {
  return (
    <table class="sim-table" data-table="summary">
      <thead>
        <tr>
          <th>{t('sim.col.scheme')}</th>
          <th class="num">{t('sim.col.totalOutlay')}</th>
          <th class="num">{t('sim.col.gross')}</th>
          <th class="num">{t('sim.col.clawback')}</th>
          <th class="num">{t('sim.col.npvGov')}</th>
          <th class="num">{t('sim.col.npvOperator')}</th>
          <th class="num">{t('sim.col.perT', { currency: sim.currency })}</th>
          <th>{t('sim.col.crossover')}</th>
        </tr>
      </thead>
      <tbody>
        {sim.schemes.map((s) => (
          <tr data-scheme={s.id}>
            <th scope="row">
              {schemeLabel(t, s.id)}
              {!s.applicable && (
                <small class="sim-note">
                  {' '}
                  ({t('sim.notApplicable')}: <span lang="en">{s.note}</span>)
                </small>
              )}
            </th>
            <Money value={s.figures.totalOutlayCcy} lang={lang} field="totalOutlayCcy" />
            <Money value={s.figures.grossSupportCcy} lang={lang} field="grossSupportCcy" />
            <Money value={s.figures.clawbackCcy} lang={lang} field="clawbackCcy" />
            <Money value={s.figures.npvGovCcy} lang={lang} field="npvGovCcy" />
            <Money value={s.figures.npvOperatorCcy} lang={lang} field="npvOperatorCcy" />
            <td class="num" data-value={s.figures.supportPerTCcy} data-field="supportPerTCcy">
              {formatPerT(s.figures.supportPerTCcy, lang)}
            </td>
            <td data-field="crossoverYear">{s.figures.crossoverYear ?? t('sim.never')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UncertaintyTable({ sim, lang, t }: { sim: PresentedSimulation } & Ctx) {
  const triple = (b: { p5: number; p50: number; p95: number }) => `${formatMillions(b.p5, lang)} / ${formatMillions(b.p50, lang)} / ${formatMillions(b.p95, lang)}`;
  return (
    <table class="sim-table" data-table="monte-carlo">
      <thead>
        <tr>
          <th>{t('sim.col.scheme')}</th>
          <th class="num">{t('sim.col.outlayBand')}</th>
          <th class="num">{t('sim.col.npvOperatorBand')}</th>
          <th class="num">{t('sim.col.pClawback')}</th>
          <th class="num">{t('sim.col.expClawback')}</th>
        </tr>
      </thead>
      <tbody>
        {sim.schemes.map((s) =>
          s.monteCarlo ? (
            <tr data-scheme={s.id}>
              <th scope="row">{schemeLabel(t, s.id)}</th>
              <td class="num" data-value={s.monteCarlo.totalOutlayCcy.p50} data-field="totalOutlayP50">
                {triple(s.monteCarlo.totalOutlayCcy)}
              </td>
              <td class="num" data-value={s.monteCarlo.npvOperatorCcy.p50} data-field="npvOperatorP50">
                {triple(s.monteCarlo.npvOperatorCcy)}
              </td>
              <td class="num" data-value={s.monteCarlo.probabilityAnyClawback} data-field="probabilityAnyClawback">
                {formatShare(s.monteCarlo.probabilityAnyClawback, lang)}
              </td>
              <Money value={s.monteCarlo.expectedClawbackCcy} lang={lang} field="expectedClawbackCcy" />
            </tr>
          ) : null,
        )}
      </tbody>
    </table>
  );
}

function YearlyTable({ sim, scheme, lang, t }: { sim: PresentedSimulation; scheme: PresentedScheme } & Ctx) {
  return (
    <details class="sim-yearly">
      <summary>{t('sim.yearly', { scheme: schemeLabel(t, scheme.id) })}</summary>
      <table class="sim-table" data-table="yearly" data-scheme={scheme.id}>
        <thead>
          <tr>
            <th>{t('sim.col.year')}</th>
            <th class="num">{t('sim.col.volume')}</th>
            <th class="num">
              {t('sim.col.price')} {scheme.marketCurrency && `(${scheme.marketCurrency}/t)`}
            </th>
            <th class="num">{t('sim.col.strike')}</th>
            <th class="num">{t('sim.col.support')}</th>
            <th class="num">{t('sim.col.clawback')}</th>
            <th class="num">{t('sim.col.outlay')}</th>
            <th class="num">{t('sim.col.avoided')}</th>
            <th class="num">{t('sim.col.operatorCash')}</th>
          </tr>
        </thead>
        <tbody>
          {scheme.years.map((y) => (
            <tr>
              <th scope="row">{y.year}</th>
              <td class="num">{formatWhole(y.volumeT, lang)}</td>
              <td class="num">{formatPerT(y.carbonPricePerT, lang)}</td>
              <td class="num">{formatPerT(y.strikePerT, lang)}</td>
              <Money value={y.supportCcy} lang={lang} />
              <Money value={y.clawbackCcy} lang={lang} />
              <Money value={y.govOutlayCcy} lang={lang} />
              <Money value={y.avoidedCarbonCcy} lang={lang} />
              <Money value={y.operatorCashCcy} lang={lang} />
            </tr>
          ))}
        </tbody>
      </table>
      <p class="help">{t('sim.units', { currency: sim.currency })}</p>
    </details>
  );
}

/** Results of a run: comparison table, the four charts, the Monte Carlo table and the year-by-year table. */
export function SimulatorResults({ sim, flows, lang, t }: { sim: PresentedSimulation; flows?: string } & Ctx) {
  const years = sim.project.years.map((y) => y.year);
  const millions = t('sim.chart.millions', { currency: sim.currency });
  const flowScheme = sim.schemes.find((s) => s.id === flows) ?? sim.schemes[0]!;
  const rates = (['USD', 'EUR', 'GBP', 'DKK', 'NOK'] as const).map((c) => `${c} ${formatPerT(sim.fx.jpyPer[c], lang)}`).join(', ');
  return (
    <section id="results" aria-labelledby="results-title">
      <h2 id="results-title">{t('sim.results')}</h2>
      <p class="help">
        {t('sim.units', { currency: sim.currency })}{' '}
        {sim.monteCarlo ? t('sim.mcNote', { paths: formatWhole(sim.monteCarlo.paths, lang), seed: sim.monteCarlo.seed }) : t('sim.mcOff')}{' '}
        {t('sim.fxNote', { asOf: sim.fx.asOf, rates })}
      </p>
      <h3>{t('sim.summary')}</h3>
      <div class="sim-scroll">
        <SummaryTable sim={sim} lang={lang} t={t} />
      </div>
      <div class="sim-charts">
        <AnnualOutlayChart
          years={years}
          series={sim.schemes.map((s) => ({ id: s.id, label: schemeLabel(t, s.id), values: s.years.map((y) => y.govOutlayCcy / M) }))}
          title={t('sim.chart.annual')}
          unit={millions}
          lang={lang}
        />
        <NpvComparisonChart
          rows={sim.schemes.map((s) => ({
            id: s.id,
            label: schemeLabel(t, s.id),
            gov: s.figures.npvGovCcy / M,
            operator: s.figures.npvOperatorCcy / M,
            govRange: s.monteCarlo ? [s.monteCarlo.npvGovCcy.p5 / M, s.monteCarlo.npvGovCcy.p95 / M] : null,
            operatorRange: s.monteCarlo ? [s.monteCarlo.npvOperatorCcy.p5 / M, s.monteCarlo.npvOperatorCcy.p95 / M] : null,
          }))}
          title={t('sim.chart.npv')}
          unit={millions}
          lang={lang}
          labels={{ gov: t('sim.legend.npvGov'), operator: t('sim.legend.npvOperator'), range: t('sim.legend.npvRange') }}
        />
        {sim.carbonPrice.map((market) => {
          const name = t(`sim.market.${market.market}` as MessageKey);
          return (
            <PriceFanChart
              id={`chart-fan-${market.market}`}
              years={years}
              centre={market.centre.map((c) => c.pricePerT)}
              fan={market.fan}
              strikes={sim.schemes
                .map((s, k) => ({ s, k }))
                .filter(({ s }) => s.market === market.market && s.years.some((y) => y.strikePerT !== null))
                .map(({ s, k }) => ({ label: t('sim.legend.strike', { scheme: schemeLabel(t, s.id) }), colour: k, values: s.years.map((y) => y.strikePerT) }))}
              title={t('sim.chart.fan', { market: name })}
              unit={t('sim.chart.perT', { currency: market.currency })}
              lang={lang}
              labels={{ centre: t('sim.legend.centre'), median: t('sim.legend.median'), band90: t('sim.legend.band90'), band50: t('sim.legend.band50') }}
            />
          );
        })}
        <StackedFlowsChart
          years={years}
          parts={[
            { key: 'support', label: t('sim.legend.support'), colour: '#0b6e4f', values: flowScheme.years.map((y) => y.supportCcy / M) },
            { key: 'avoided', label: t('sim.legend.avoided'), colour: '#56b4e9', values: flowScheme.years.map((y) => y.avoidedCarbonCcy / M) },
            { key: 'clawback', label: t('sim.legend.clawback'), colour: '#cc79a7', values: flowScheme.years.map((y) => -y.clawbackCcy / M) },
            { key: 'capex', label: t('sim.legend.capex'), colour: '#7f7f7f', values: sim.project.years.map((y) => -y.capexCcy / M) },
            { key: 'opex', label: t('sim.legend.opex'), colour: '#e69f00', values: sim.project.years.map((y) => -y.opexCcy / M) },
            { key: 'fee', label: t('sim.legend.fee'), colour: '#d55e00', values: sim.project.years.map((y) => -y.tsFeeCcy / M) },
          ]}
          net={{ label: t('sim.legend.cash'), values: flowScheme.years.map((y) => y.operatorCashCcy / M) }}
          title={t('sim.chart.flows', { scheme: schemeLabel(t, flowScheme.id) })}
          unit={millions}
          lang={lang}
        />
      </div>
      {sim.monteCarlo && (
        <>
          <h3>{t('sim.uncertainty')}</h3>
          <div class="sim-scroll">
            <UncertaintyTable sim={sim} lang={lang} t={t} />
          </div>
        </>
      )}
      <YearlyTable sim={sim} scheme={flowScheme} lang={lang} t={t} />
    </section>
  );
}
