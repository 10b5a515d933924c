import type { CountryListView, CountrySnapshot } from '../routes/countries/load.ts';
import { urls } from '../urls.ts';

/** A country in lists and comparisons: figures only, every one from the shared analysis functions. */
export function presentCountrySummary(s: CountrySnapshot) {
  return {
    code: s.code,
    names: s.names,
    region: s.region ?? null,
    url: urls.country(s.code, undefined, 'json'),
    policies: s.policies.length,
    facilities: s.facilities.length,
    pipeline: s.totals.pipeline,
    committed: s.totals.committed,
    governanceIndex: s.governance.index,
    governanceRange: s.sensitivity,
  };
}

/** The country list as JSON. */
export function presentCountryList(view: CountryListView) {
  return { total: view.countries.length, items: view.countries.map(presentCountrySummary) };
}

/** The whole country profile with its resolved pillars, metrics and deployment. */
export function presentCountry(s: CountrySnapshot) {
  return {
    ...presentCountrySummary(s),
    profile: s.profile ?? null,
    pillars: s.pillars,
    governance: s.governance,
    deployment: s.totals,
    policyIds: s.policies.map((p) => p.id),
  };
}

export const COUNTRY_CSV_COLUMNS = [
  'code',
  'name_en',
  'name_zh',
  'name_ja',
  'region',
  'policies',
  'facilities',
  'pipeline_count',
  'pipeline_mt',
  'pipeline_unknown_capacity',
  'committed_count',
  'committed_mt',
  'governance_index',
  'governance_min',
  'governance_max',
  'pillars_documented',
  'pillars_cited',
] as const;

export function countryCsvRow(s: CountrySnapshot): (string | number)[] {
  return [
    s.code,
    s.names.en,
    s.names.zh,
    s.names.ja,
    s.region ?? '',
    s.policies.length,
    s.facilities.length,
    s.totals.pipeline.count,
    s.totals.pipeline.mt,
    s.totals.pipeline.unknownCount,
    s.totals.committed.count,
    s.totals.committed.mt,
    s.governance.index,
    s.sensitivity.min,
    s.sensitivity.max,
    s.pillars.length,
    s.pillars.filter((p) => p.citation).length,
  ];
}
