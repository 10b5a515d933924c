import { resolveCountry } from '../../../domain/countries.ts';
import type { DomainEnum } from '../../../domain/enum.ts';
import { legalWeight, policyCategory, policyStatus, reviewStatus } from '../../../domain/policy-enums.ts';
import { type PolicyQuery, policyQuerySchema } from '../../../domain/policy-query.ts';
import { closest } from '../../../domain/suggest.ts';

export type ParsedQuery = { ok: true; query: PolicyQuery } | { ok: false; problems: string[] };

const MULTI = ['country', 'year', 'status', 'category', 'legalWeight', 'reviewStatus'] as const;
const SINGLE = ['q', 'sort', 'page', 'pageSize'] as const;
const KNOWN: readonly string[] = [...MULTI, ...SINGLE];
const ENUMS: Partial<Record<(typeof MULTI)[number], DomainEnum<string>>> = {
  status: policyStatus,
  category: policyCategory,
  legalWeight,
  reviewStatus,
};

/**
 * Reads a policy list query from URL parameters. Filter values may be codes, canonical values or
 * aliases (`country=Japan`, `status=现行`); anything unknown is reported by parameter name.
 */
export function parsePolicyQuery(params: URLSearchParams): ParsedQuery {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!KNOWN.includes(key)) {
      const hint = closest(key, KNOWN);
      problems.push(`${key}: unknown parameter${hint ? `; did you mean "${hint}"?` : ''}`);
      continue;
    }
    const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if ((SINGLE as readonly string[]).includes(key)) {
      if (params.getAll(key).length > 1) problems.push(`${key}: given more than once`);
      raw[key] = params.get(key) ?? '';
      continue;
    }
    const multiKey = key as (typeof MULTI)[number];
    const resolved: string[] = [];
    for (const value of values) {
      if (multiKey === 'country') {
        const code = resolveCountry(value);
        if (code) resolved.push(code);
        else problems.push(`country: unknown country "${value}"`);
      } else if (ENUMS[multiKey]) {
        const e = ENUMS[multiKey]!;
        const canonical = e.resolve(value);
        if (canonical) resolved.push(canonical);
        else problems.push(`${key}: ${e.unknownMessage(value)}`);
      } else {
        resolved.push(value);
      }
    }
    raw[key] = [...new Set(resolved)];
  }
  if (raw.page === '') delete raw.page;
  if (raw.pageSize === '') delete raw.pageSize;
  if (raw.sort === '') delete raw.sort;
  const result = policyQuerySchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  return problems.length > 0 || !result.success ? { ok: false, problems } : { ok: true, query: result.data };
}
