import type { Lang } from '../../domain/lang.ts';
import {
  carbonMarketParams, DEFAULT_JPY_PER, type Scenario, SCHEME_IDS, type SchemeId, scenarioSchema,
} from '../../schemes/index.ts';
import { SIMULATOR_FIELDS, type SimulatorField } from '../../server/routes/simulator/schema.ts';
import { urls } from '../../server/urls.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';

/** The form's values for a scenario: what the run used, defaults included, so the form shows them. */
export function formValues(scenario: Scenario): Record<SimulatorField, string> {
  const p = scenario.project;
  const gx = scenario.carbonPrice['gx-ets'];
  const growth = (m: 'eu-ets' | 'uk-ets') => {
    const spec = scenario.carbonPrice[m];
    return spec?.kind === 'growth'
      ? { base: spec.basePrice, rate: spec.growthRate }
      : { base: carbonMarketParams[m].price2025.value, rate: carbonMarketParams[m].growth.value };
  };
  const vol = (m: 'gx-ets' | 'eu-ets' | 'uk-ets') => String(scenario.stochastic[m].volatility ?? carbonMarketParams[m].volatility.value);
  // Rates left at the default stay empty (the placeholder shows the default), so the address stays exact.
  const fx = (c: 'USD' | 'EUR' | 'GBP' | 'DKK' | 'NOK') => (scenario.fx.jpyPer[c] === undefined ? '' : String(scenario.fx.jpyPer[c]));
  return {
    'project.name': p.name,
    'project.sector': p.sector,
    'project.currency': p.currency,
    'project.firstOperatingYear': String(p.firstOperatingYear),
    'project.constructionYears': String(p.constructionYears),
    'project.operatingYears': String(p.operatingYears),
    'project.plateauVolumeT': String(p.plateauVolumeT),
    'project.rampShares': p.rampShares.join(', '),
    'project.captureCapexCcy': String(p.captureCapexCcy),
    'project.captureOpexFixedCcyPerYear': String(p.captureOpexFixedCcyPerYear),
    'project.captureOpexVariableCcyPerT': String(p.captureOpexVariableCcyPerT),
    'project.tsFeeCcyPerT': String(p.tsFeeCcyPerT),
    'project.biogenicShare': String(p.biogenicShare),
    'project.operatorDiscountRate': String(p.operatorDiscountRate),
    'project.governmentDiscountRate': String(p.governmentDiscountRate),
    'project.power.capacityKw': p.power ? String(p.power.capacityKw) : '',
    'project.power.capacityFactor': p.power ? String(p.power.capacityFactor) : '',
    'project.power.fuel': p.power?.fuel ?? '',
    'carbonPrice.gx-ets.level': gx?.kind === 'gxBand' ? gx.level : 'mid',
    'carbonPrice.eu-ets.basePrice': String(growth('eu-ets').base),
    'carbonPrice.eu-ets.growthRate': String(growth('eu-ets').rate),
    'carbonPrice.uk-ets.basePrice': String(growth('uk-ets').base),
    'carbonPrice.uk-ets.growthRate': String(growth('uk-ets').rate),
    'stochastic.model': scenario.stochastic['gx-ets'].model,
    'stochastic.reversionSpeed': String(scenario.stochastic['gx-ets'].reversionSpeed),
    'stochastic.gx-ets.volatility': vol('gx-ets'),
    'stochastic.eu-ets.volatility': vol('eu-ets'),
    'stochastic.uk-ets.volatility': vol('uk-ets'),
    'monteCarlo.paths': String(scenario.monteCarlo.paths),
    'monteCarlo.seed': String(scenario.monteCarlo.seed),
    'fx.jpyPer.USD': fx('USD'),
    'fx.jpyPer.EUR': fx('EUR'),
    'fx.jpyPer.GBP': fx('GBP'),
    'fx.jpyPer.DKK': fx('DKK'),
    'fx.jpyPer.NOK': fx('NOK'),
  };
}

/** Form values when the query could not be run: what the reader typed, over the defaults. */
export function typedValues(params: URLSearchParams): { values: Record<SimulatorField, string>; schemes: readonly string[] } {
  const defaults = formValues(scenarioSchema.parse({}));
  for (const key of Object.keys(SIMULATOR_FIELDS) as SimulatorField[]) {
    const typed = params.get(key);
    if (typed !== null && typed.trim() !== '') defaults[key] = typed;
  }
  const schemes = params.getAll('schemes').flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  return { values: defaults, schemes: schemes.length > 0 ? schemes : SCHEME_IDS };
}

const GROUPS: { legend: MessageKey; fields: SimulatorField[] }[] = [
  {
    legend: 'sim.form.project',
    fields: [
      'project.name', 'project.sector', 'project.currency', 'project.firstOperatingYear', 'project.constructionYears', 'project.operatingYears',
      'project.plateauVolumeT', 'project.rampShares', 'project.captureCapexCcy', 'project.captureOpexFixedCcyPerYear',
      'project.captureOpexVariableCcyPerT', 'project.tsFeeCcyPerT', 'project.biogenicShare', 'project.operatorDiscountRate',
      'project.governmentDiscountRate',
    ],
  },
  { legend: 'sim.form.power', fields: ['project.power.capacityKw', 'project.power.capacityFactor', 'project.power.fuel'] },
  {
    legend: 'sim.form.prices',
    fields: [
      'carbonPrice.gx-ets.level', 'carbonPrice.eu-ets.basePrice', 'carbonPrice.eu-ets.growthRate', 'carbonPrice.uk-ets.basePrice',
      'carbonPrice.uk-ets.growthRate', 'stochastic.model', 'stochastic.reversionSpeed', 'stochastic.gx-ets.volatility',
      'stochastic.eu-ets.volatility', 'stochastic.uk-ets.volatility',
    ],
  },
  { legend: 'sim.form.monteCarlo', fields: ['monteCarlo.paths', 'monteCarlo.seed'] },
  { legend: 'sim.form.fx', fields: ['fx.jpyPer.USD', 'fx.jpyPer.EUR', 'fx.jpyPer.GBP', 'fx.jpyPer.DKK', 'fx.jpyPer.NOK'] },
];

const fieldId = (key: string) => `f-${key.replace(/[^\w-]/g, '-')}`;

function optionLabel(t: Translate, key: SimulatorField, option: string): string {
  if (key === 'project.currency') return option;
  return t(`sim.option.${option}` as MessageKey);
}

/** Placeholder of a field left empty: the default it stands for. */
function placeholder(name: SimulatorField): string | undefined {
  const currency = /^fx\.jpyPer\.(\w+)$/.exec(name)?.[1] as keyof typeof DEFAULT_JPY_PER | undefined;
  return currency ? String(Number(DEFAULT_JPY_PER[currency].value.toFixed(3))) : undefined;
}

function Field({ name, value, t }: { name: SimulatorField; value: string; t: Translate }) {
  const kind = SIMULATOR_FIELDS[name];
  const id = fieldId(name);
  // Fuel is only asked of power plants: an empty choice leaves the project without a power plant.
  const blank = name === 'project.power.fuel';
  return (
    <>
      <label for={id}>{t(`sim.field.${name}` as MessageKey)}</label>
      {kind.type === 'enum' ? (
        <select id={id} name={name}>
          {blank && <option value="">–</option>}
          {kind.options.map((o) => (
            <option value={o} selected={o === value}>
              {optionLabel(t, name, o)}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} name={name} type="text" value={value} placeholder={placeholder(name)} inputmode={kind.type === 'text' || kind.type === 'list' ? undefined : 'decimal'} />
      )}
    </>
  );
}

/**
 * The simulator form: a GET form whose fields are the scenario's own paths, so submitting it produces the
 * shareable address of the run.
 */
export function SimulatorForm(props: {
  lang: Lang;
  t: Translate;
  values: Record<SimulatorField, string>;
  schemes: readonly string[];
  flows?: string;
}) {
  const { t, lang } = props;
  return (
    <form id="sim-form" class="sim-form" method="get" action={urls.simulator(lang)}>
      <fieldset>
        <legend>{t('sim.form.schemes')}</legend>
        <div class="sim-schemes">
          {SCHEME_IDS.map((id) => (
            <label>
              <input type="checkbox" name="schemes" value={id} checked={props.schemes.includes(id)} /> {t(`sim.scheme.${id}` as MessageKey)}
            </label>
          ))}
        </div>
        <div class="form-grid">
          <label for="f-flows">{t('sim.form.flows')}</label>
          <select id="f-flows" name="flows">
            {SCHEME_IDS.filter((id) => props.schemes.includes(id)).map((id: SchemeId) => (
              <option value={id} selected={id === props.flows}>
                {t(`sim.scheme.${id}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {GROUPS.map((group) => (
        <fieldset>
          <legend>{t(group.legend)}</legend>
          <div class="form-grid">
            {group.fields.map((name) => (
              <Field name={name} value={props.values[name]} t={t} />
            ))}
          </div>
        </fieldset>
      ))}
      <p class="actions">
        <button type="submit">{t('sim.form.run')}</button> <a href={urls.simulator(lang)}>{t('sim.form.reset')}</a>
      </p>
    </form>
  );
}
