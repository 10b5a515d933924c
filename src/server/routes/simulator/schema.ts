/**
 * The simulator page's query string, read into a scenario. Parameter names are the scenario's own field
 * paths (`project.captureCapexCcy`, `monteCarlo.paths`), so an error from the scenario validator names the
 * parameter to fix, and a URL reproduces its run. Empty values mean "the default".
 */
import { carbonMarketParams, carbonMarketSchema, currencySchema, type ScenarioInput, SCHEME_IDS, SCHEMES, type SchemeId } from '../../../schemes/index.ts';
import { sectorSchema } from '../../../schemes/project.ts';
import { closest } from '../../../domain/suggest.ts';

type Kind = { type: 'number' } | { type: 'int' } | { type: 'enum'; options: readonly string[] } | { type: 'list' } | { type: 'text' };

const num = { type: 'number' } as const;
const int = { type: 'int' } as const;
const oneOf = (options: readonly string[]) => ({ type: 'enum', options }) as const;

/** Every scenario parameter the page reads, in form order. */
export const SIMULATOR_FIELDS = {
  'project.name': { type: 'text' },
  'project.sector': oneOf(sectorSchema.options),
  'project.currency': oneOf(currencySchema.options),
  'project.firstOperatingYear': int,
  'project.constructionYears': int,
  'project.operatingYears': int,
  'project.plateauVolumeT': num,
  'project.rampShares': { type: 'list' },
  'project.captureCapexCcy': num,
  'project.captureOpexFixedCcyPerYear': num,
  'project.captureOpexVariableCcyPerT': num,
  'project.tsFeeCcyPerT': num,
  'project.biogenicShare': num,
  'project.operatorDiscountRate': num,
  'project.governmentDiscountRate': num,
  'project.power.capacityKw': num,
  'project.power.capacityFactor': num,
  'project.power.fuel': oneOf(['coal', 'lng']),
  'carbonPrice.gx-ets.level': oneOf(['lower', 'mid', 'upper']),
  'carbonPrice.eu-ets.basePrice': num,
  'carbonPrice.eu-ets.growthRate': num,
  'carbonPrice.uk-ets.basePrice': num,
  'carbonPrice.uk-ets.growthRate': num,
  'stochastic.model': oneOf(['gbm', 'meanReverting', 'none']),
  'stochastic.reversionSpeed': num,
  'stochastic.gx-ets.volatility': num,
  'stochastic.eu-ets.volatility': num,
  'stochastic.uk-ets.volatility': num,
  'monteCarlo.paths': int,
  'monteCarlo.seed': int,
  'fx.jpyPer.USD': num,
  'fx.jpyPer.EUR': num,
  'fx.jpyPer.GBP': num,
  'fx.jpyPer.DKK': num,
  'fx.jpyPer.NOK': num,
} as const satisfies Record<string, Kind>;

export type SimulatorField = keyof typeof SIMULATOR_FIELDS;
/** Display-only parameter: the scheme whose yearly flows are stacked in the flows chart. */
const DISPLAY = ['flows'] as const;
/** `schemeParams.<scheme>.<parameter>`: an override of one scheme parameter (the keys of its parameter table). */
export const SCHEME_PARAM_KEYS: readonly string[] = SCHEME_IDS.flatMap((id) => Object.keys(SCHEMES[id].params).map((key) => `schemeParams.${id}.${key}`));
const KNOWN: readonly string[] = ['schemes', ...Object.keys(SIMULATOR_FIELDS), ...DISPLAY, ...SCHEME_PARAM_KEYS];

/** A scheme parameter override as typed in a form, read by the type of the parameter's default. */
function parseSchemeParam(id: SchemeId, key: string, text: string): { value: number | boolean | string } | { problem: string } {
  const fallback = SCHEMES[id].params[key]!.value;
  if (typeof fallback === 'number') {
    const n = parseFormNumber(text);
    return n === undefined ? { problem: 'must be a number' } : { value: n };
  }
  if (typeof fallback === 'boolean') {
    return text === 'true' || text === 'false' ? { value: text === 'true' } : { problem: 'must be true or false' };
  }
  return { value: text };
}

export interface SimulatorQuery {
  scenario: ScenarioInput;
  /** Scheme chosen for the stacked-flows chart, if any. */
  flows?: string;
}

export type ParsedSimulatorQuery = { ok: true; query: SimulatorQuery } | { ok: false; problems: string[] };

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path.at(-1)!] = value;
}

/** A number as typed in a form: thousands separators, spaces and underscores are ignored. */
export function parseFormNumber(text: string): number | undefined {
  const cleaned = text.replace(/[\s,_]/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
  return Number(cleaned);
}

/**
 * Reads the page's query string into a scenario input (validated later by the scenario schema, whose
 * errors carry the same field paths). Unknown parameters and unreadable numbers are reported here.
 */
export function parseSimulatorQuery(params: URLSearchParams): ParsedSimulatorQuery {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  const values: Partial<Record<string, string>> = {};
  for (const key of new Set(params.keys())) {
    if (!KNOWN.includes(key)) {
      const hint = closest(key, KNOWN);
      problems.push(`${key}: unknown parameter${hint ? `; did you mean "${hint}"?` : ''}`);
      continue;
    }
    const all = params.getAll(key);
    if (key !== 'schemes' && all.length > 1) problems.push(`${key}: given more than once`);
    const text = key === 'schemes' ? all.join(',') : all[0]!;
    if (text.trim() !== '') values[key] = text.trim();
  }
  if (values.schemes !== undefined) {
    const ids = [...new Set(values.schemes.split(',').map((s) => s.trim()).filter(Boolean))];
    for (const id of ids) {
      if (!(SCHEME_IDS as readonly string[]).includes(id)) {
        const hint = closest(id, SCHEME_IDS);
        problems.push(`schemes: unknown scheme "${id}"${hint ? `; did you mean "${hint}"?` : ''}`);
      }
    }
    raw.schemes = ids;
  }
  for (const [key, kind] of Object.entries(SIMULATOR_FIELDS) as [SimulatorField, Kind][]) {
    const text = values[key];
    if (text === undefined) continue;
    let value: unknown = text;
    if (kind.type === 'number' || kind.type === 'int') {
      value = parseFormNumber(text);
      if (value === undefined) problems.push(`${key}: must be a number`);
      else if (kind.type === 'int' && !Number.isInteger(value)) problems.push(`${key}: must be a whole number`);
    } else if (kind.type === 'list') {
      const parts = text.split(/[\s,;]+/).filter(Boolean).map(parseFormNumber);
      if (parts.some((p) => p === undefined)) problems.push(`${key}: must be numbers separated by commas`);
      value = parts;
    } else if (kind.type === 'enum' && !kind.options.includes(text)) {
      problems.push(`${key}: must be one of ${kind.options.join(', ')}`);
    }
    if (key.startsWith('stochastic.') && !/^stochastic\.(gx|eu|uk)-ets\./.test(key)) {
      // The model and reversion speed apply to every market.
      for (const m of carbonMarketSchema.options) setPath(raw, ['stochastic', m, key.slice('stochastic.'.length)], value);
    } else if (key.startsWith('carbonPrice.gx-ets.')) {
      setPath(raw, ['carbonPrice', 'gx-ets'], { kind: 'gxBand', level: value });
    } else if (key.startsWith('carbonPrice.')) {
      const market = key.split('.')[1] as 'eu-ets' | 'uk-ets';
      const spec = ((raw.carbonPrice as Record<string, Record<string, unknown>> | undefined)?.[market]) ?? {
        kind: 'growth', baseYear: 2025, basePrice: carbonMarketParams[market].price2025.value, growthRate: carbonMarketParams[market].growth.value,
      };
      spec[key.split('.')[2]!] = value;
      setPath(raw, ['carbonPrice', market], spec);
    } else {
      setPath(raw, key.split('.'), value);
    }
  }
  for (const name of SCHEME_PARAM_KEYS) {
    const text = values[name];
    if (text === undefined) continue;
    const [, id, key] = name.split('.') as [string, SchemeId, string];
    const parsed = parseSchemeParam(id, key, text);
    if ('problem' in parsed) problems.push(`${name}: ${parsed.problem}`);
    else setPath(raw, ['schemeParams', id, key], parsed.value);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, query: { scenario: raw as ScenarioInput, ...(values.flows ? { flows: values.flows } : {}) } };
}
