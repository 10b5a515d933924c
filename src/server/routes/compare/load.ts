import { resolveCountry } from '../../../domain/countries.ts';
import type { Policy } from '../../../domain/policy.ts';
import type { Store } from '../../../store/store.ts';
import { type CountrySnapshot, loadCountrySnapshots } from '../countries/load.ts';

export const COMPARE_MAX = 6;

export type CompareView =
  | { kind: 'countries'; codes: string[]; countries: CountrySnapshot[]; missing: string[] }
  | { kind: 'policies'; ids: string[]; policies: Policy[]; missing: string[] }
  | { kind: 'empty' };

const split = (values: string[]) => [
  ...new Set(
    values
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

/** Parses `countries=` or `policies=` (not both, at most six); problems name the parameter. */
export function parseCompareQuery(
  params: URLSearchParams,
): { ok: true; countries: string[]; policies: string[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  for (const key of params.keys())
    if (key !== 'countries' && key !== 'policies')
      problems.push(`${key}: unknown parameter; use countries or policies`);
  const countryInputs = split(params.getAll('countries'));
  const policies = split(params.getAll('policies'));
  const countries: string[] = [];
  for (const c of countryInputs) {
    const code = resolveCountry(c);
    if (code) countries.push(code);
    else problems.push(`countries: unknown country "${c}"`);
  }
  if (countries.length > 0 && policies.length > 0)
    problems.push('countries, policies: compare countries or policies, not both');
  if (countries.length > COMPARE_MAX) problems.push(`countries: at most ${COMPARE_MAX}`);
  if (policies.length > COMPARE_MAX) problems.push(`policies: at most ${COMPARE_MAX}`);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, countries: [...new Set(countries)], policies };
}

/** The comparison: country snapshots side by side, or policy records side by side. */
export async function loadCompareView(
  store: Store,
  countries: string[],
  policyIds: string[],
): Promise<CompareView> {
  if (countries.length > 0) {
    const snapshots = await loadCountrySnapshots(store, countries);
    const found = new Set(snapshots.map((s) => s.code));
    return {
      kind: 'countries',
      codes: countries,
      countries: snapshots,
      missing: countries.filter((c) => !found.has(c)),
    };
  }
  if (policyIds.length > 0) {
    const policies: Policy[] = [];
    const missing: string[] = [];
    for (const id of policyIds) {
      const stored = await store.policies.get(id);
      if (stored) policies.push(stored.policy);
      else missing.push(id);
    }
    return { kind: 'policies', ids: policyIds, policies, missing };
  }
  return { kind: 'empty' };
}
