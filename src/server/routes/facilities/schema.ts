import { resolveCountry } from '../../../domain/countries.ts';
import type { DomainEnum } from '../../../domain/enum.ts';
import {
  carbonFate,
  facilitySector,
  facilityStatus,
  facilityType,
  worldRegion,
} from '../../../domain/facility-enums.ts';
import {
  FACILITY_FILTER_KEYS,
  type FacilityQuery,
  facilityQuerySchema,
} from '../../../domain/facility-query.ts';
import { closest } from '../../../domain/suggest.ts';

export type ParsedFacilityQuery = { ok: true; query: FacilityQuery } | { ok: false; problems: string[] };

const SINGLE = ['q', 'sort', 'page', 'pageSize'] as const;
const ENUMS: Record<Exclude<(typeof FACILITY_FILTER_KEYS)[number], 'country'>, DomainEnum<string>> = {
  region: worldRegion,
  status: facilityStatus,
  type: facilityType,
  sector: facilitySector,
  fate: carbonFate,
};

/**
 * Reads a facility list query from URL parameters. Filter values may be canonical values, labels in any
 * language or aliases (`status=在建`, `country=Japan`); anything unknown is a problem naming the parameter.
 */
export function parseFacilityQuery(
  params: URLSearchParams,
  extraKnown: readonly string[] = [],
): ParsedFacilityQuery {
  const known: readonly string[] = [...FACILITY_FILTER_KEYS, ...SINGLE, ...extraKnown];
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (extraKnown.includes(key)) continue;
    if (!known.includes(key)) {
      const hint = closest(key, known);
      problems.push(`${key}: unknown parameter${hint ? `; did you mean "${hint}"?` : ''}`);
      continue;
    }
    if ((SINGLE as readonly string[]).includes(key)) {
      if (params.getAll(key).length > 1) problems.push(`${key}: given more than once`);
      const value = params.get(key) ?? '';
      if (value !== '') raw[key] = value;
      continue;
    }
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    const resolved: string[] = [];
    for (const value of values) {
      if (key === 'country') {
        const code = resolveCountry(value);
        if (code) resolved.push(code);
        else problems.push(`country: unknown country "${value}"`);
      } else {
        const e = ENUMS[key as keyof typeof ENUMS];
        const canonical = e.resolve(value);
        if (canonical) resolved.push(canonical);
        else problems.push(`${key}: ${e.unknownMessage(value)}`);
      }
    }
    raw[key] = [...new Set(resolved)];
  }
  const result = facilityQuerySchema.safeParse(raw);
  if (!result.success)
    for (const issue of result.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  return problems.length > 0 || !result.success ? { ok: false, problems } : { ok: true, query: result.data };
}

/** The query string of a facility view: only what differs from the defaults, in a stable order. */
export function facilityQueryString(query: Partial<FacilityQuery>): string {
  const defaults = facilityQuerySchema.parse({});
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of FACILITY_FILTER_KEYS) for (const value of query[key] ?? []) params.append(key, value);
  if (query.sort && query.sort !== defaults.sort) params.set('sort', query.sort);
  if (query.pageSize && query.pageSize !== defaults.pageSize) params.set('pageSize', String(query.pageSize));
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A query string from plain parameters, skipping empty values; lists repeat the key. */
export function plainQueryString(query: Record<string, string | readonly string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of typeof value === 'string' ? [value] : value) if (v !== '') params.append(key, v);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
