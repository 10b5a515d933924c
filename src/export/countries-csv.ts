import { countryName } from '../domain/countries.ts';
import type { CountryProfile } from '../domain/country-profile.ts';
import { REGULATORY_PILLARS } from '../domain/policy.ts';
import { toCsv } from './csv.ts';

export const COUNTRY_COLUMNS = [
  'code', 'name_en', 'name_zh', 'name_ja', 'region', 'net_zero_year', 'storage_targets', 'pillars_described', 'review_status', 'last_audit_date',
] as const;

/** Country profiles, one row each: names, region, net-zero year and how many pillars are described. */
export function countriesToCsv(countries: readonly CountryProfile[]): string {
  return toCsv(
    COUNTRY_COLUMNS,
    countries.map((c) => [
      c.code,
      countryName(c.code, 'en'),
      countryName(c.code, 'zh'),
      countryName(c.code, 'ja'),
      c.region,
      c.netZeroYear,
      c.storageTargets.length,
      REGULATORY_PILLARS.filter((p) => c.pillars[p]).length,
      c.reviewStatus,
      c.provenance.lastAuditDate,
    ]),
  );
}
