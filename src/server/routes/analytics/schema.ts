import { z } from 'zod';
import { resolveCountry } from '../../../domain/countries.ts';
import { facilityType, worldRegion } from '../../../domain/facility-enums.ts';
import { closest } from '../../../domain/suggest.ts';

export const CAPACITY_MEASURES = ['capacity', 'count'] as const;
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2040;

export const capacityQuerySchema = z
  .object({
    type: z.array(z.string()).default([]),
    region: z.array(z.string()).default([]),
    country: z.array(z.string()).default([]),
    from: z.coerce
      .number({ error: 'must be a year' })
      .int()
      .min(FIRST_YEAR, { error: `must be ${FIRST_YEAR} or later` })
      .max(LAST_YEAR)
      .default(FIRST_YEAR),
    to: z.coerce
      .number({ error: 'must be a year' })
      .int()
      .min(FIRST_YEAR)
      .max(LAST_YEAR, { error: `must be ${LAST_YEAR} or earlier` })
      .default(LAST_YEAR),
    measure: z.enum(CAPACITY_MEASURES, { error: 'must be capacity or count' }).default('capacity'),
  })
  .strict()
  .refine((q) => q.from <= q.to, { error: 'must not be after "to"', path: ['from'] });

export type CapacityQuery = z.output<typeof capacityQuerySchema>;

const MULTI = ['type', 'region', 'country'] as const;
const SINGLE = ['from', 'to', 'measure'] as const;

/** Reads `/analytics/capacity` parameters; unknown names and values are problems naming the parameter. */
export function parseCapacityQuery(
  params: URLSearchParams,
): { ok: true; query: CapacityQuery } | { ok: false; problems: string[] } {
  const known: readonly string[] = [...MULTI, ...SINGLE];
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) {
      const hint = closest(key, known);
      problems.push(`${key}: unknown parameter${hint ? `; did you mean "${hint}"?` : ''}`);
      continue;
    }
    if ((SINGLE as readonly string[]).includes(key)) {
      const v = params.get(key) ?? '';
      if (v !== '') raw[key] = v;
      continue;
    }
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    const resolved: string[] = [];
    for (const value of values) {
      const r =
        key === 'country'
          ? resolveCountry(value)
          : key === 'type'
            ? facilityType.resolve(value)
            : worldRegion.resolve(value);
      if (r) resolved.push(r);
      else problems.push(`${key}: unknown value "${value}"`);
    }
    raw[key] = [...new Set(resolved)];
  }
  const result = capacityQuerySchema.safeParse(raw);
  if (!result.success)
    for (const issue of result.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  return problems.length > 0 || !result.success ? { ok: false, problems } : { ok: true, query: result.data };
}

/** The query as plain parameters for the URL builder (defaults left out). */
export function capacityParams(q: Partial<CapacityQuery>): Record<string, string | readonly string[]> {
  return {
    type: q.type ?? [],
    region: q.region ?? [],
    country: q.country ?? [],
    from: q.from !== undefined && q.from !== FIRST_YEAR ? String(q.from) : '',
    to: q.to !== undefined && q.to !== LAST_YEAR ? String(q.to) : '',
    measure: q.measure && q.measure !== 'capacity' ? q.measure : '',
  };
}
