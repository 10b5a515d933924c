/**
 * The scenario file of the simulator (YAML or JSON once parsed): a project, the schemes to compare, carbon
 * prices, Monte Carlo settings, FX overrides, scheme parameter overrides, and optionally a detailed contract
 * scenario for the full Japanese engine. Validation errors read as `bids[2].tsPlan[0].fee: must be ≥ 0`.
 */
import { z } from 'zod';
import { pathSpecSchema, stochasticSchema } from './carbon-price.ts';
import { fxOverrideSchema } from './fx.ts';
import { jpScenarioSchema } from './jp-cfd/input.ts';
import { deepFreeze } from './param.ts';
import { projectSchema } from './project.ts';
import { SCHEME_IDS, SCHEMES, schemeIdSchema } from './registry.ts';

export const MAX_PATHS = 100_000;

export const scenarioSchema = z.object({
  project: projectSchema.prefault({}),
  schemes: z.array(schemeIdSchema).min(1).default([...SCHEME_IDS]),
  carbonPrice: z
    .object({ 'gx-ets': pathSpecSchema.optional(), 'eu-ets': pathSpecSchema.optional(), 'uk-ets': pathSpecSchema.optional() })
    .prefault({}),
  stochastic: z
    .object({ 'gx-ets': stochasticSchema.prefault({}), 'eu-ets': stochasticSchema.prefault({}), 'uk-ets': stochasticSchema.prefault({}) })
    .prefault({}),
  monteCarlo: z
    .object({ paths: z.number().int().min(0).max(MAX_PATHS).default(1000), seed: z.number().int().default(1) })
    .prefault({}),
  fx: fxOverrideSchema.prefault({}),
  schemeParams: z.partialRecord(schemeIdSchema, z.record(z.string(), z.union([z.number(), z.boolean(), z.string()]))).default({}),
  /** A detailed scenario of the Japanese scheme (auction rounds, bids, events), run by the full engine. */
  jp: jpScenarioSchema.optional(),
}).superRefine((s, ctx) => {
  // Parameter overrides must name a parameter of the scheme and keep its type.
  for (const [id, overrides] of Object.entries(s.schemeParams)) {
    const table = SCHEMES[id as keyof typeof SCHEMES].params;
    for (const [key, value] of Object.entries(overrides ?? {})) {
      const param = table[key];
      if (!param) {
        ctx.addIssue({ code: 'custom', path: ['schemeParams', id, key], message: `unknown parameter; known: ${Object.keys(table).join(', ')}` });
      } else if (typeof value !== typeof param.value) {
        ctx.addIssue({ code: 'custom', path: ['schemeParams', id, key], message: `must be a ${typeof param.value}` });
      }
    }
  }
  for (const [market, spec] of Object.entries(s.carbonPrice)) {
    if (spec?.kind === 'series' && Object.keys(spec.values).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['carbonPrice', market, 'values'], message: 'must give the price of at least one year' });
    }
  }
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** A zod issue path as `bids[2].tsPlan[0].fee`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${String(seg)}`;
  return out === '' ? '(root)' : out;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
      return `must have at least ${issue.minimum} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
      return `must have at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    case 'invalid_type':
      return issue.message.replace(/^Invalid input: /, '');
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/**
 * One line per issue, path first.
 *
 * @example ['bids[2].tsPlan[0].fee: must be ≥ 0']
 */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${describe(issue)}`);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates and freezes a scenario, or returns readable errors. */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const r = scenarioSchema.safeParse(input);
  return r.success ? { ok: true, value: deepFreeze(r.data) } : { ok: false, errors: formatIssues(r.error) };
}
