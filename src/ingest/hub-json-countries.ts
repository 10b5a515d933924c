import { resolveCountry } from '../domain/countries.ts';
import {
  type CountryProfile,
  type CountryProfileInput,
  countryProfileSchema,
} from '../domain/country-profile.ts';
import type { Problem } from '../domain/problem.ts';
import { camelKey } from './yaml-values.ts';
import { type HubCoercion, type HubRead, hubRecords, localized, text } from './hub-json.ts';
import { stripUndefined } from './iea-xlsx.ts';

const PILLAR_KEYS = [
  'pore_space_rights',
  'liability_transfer',
  'liability_period',
  'financial_assurance',
  'permitting_lead_time',
  'co2_definition',
  'cross_border_rules',
] as const;

/**
 * Maps the predecessor's `countries.json` onto country profiles. Its pillar texts carry no citation, so
 * they are imported uncited (they do not count towards the governance index until someone cites them);
 * its "Global" region is not a region and is dropped; text stored under the wrong language is moved.
 */
export function readHubCountries(data: unknown, file: string): HubRead<CountryProfile> {
  const records = hubRecords(data) ?? [];
  const values: CountryProfile[] = [];
  const problems: Problem[] = [];
  const coercions: HubCoercion[] = [];
  for (const [index, r] of records.entries()) {
    const record = String(r.id ?? `#${index + 1}`);
    const note = (field: string, value: unknown, message: string) =>
      coercions.push({ record, field, value, message });
    const code = resolveCountry(record);
    if (!code) {
      problems.push({
        file,
        field: `records[${index}].id`,
        message: `"${record}" is not a country; skipped`,
      });
      continue;
    }
    const i18n = (r.i18n ?? {}) as Record<string, Record<string, unknown>>;
    const en = i18n.en ?? {};
    const zh = i18n.zh ?? {};
    const enPillars = (en.regulatory_pillars ?? {}) as Record<string, unknown>;
    const zhPillars = (zh.regulatory_pillars ?? {}) as Record<string, unknown>;
    const pillars: Record<string, { text: Record<string, string> }> = {};
    for (const key of PILLAR_KEYS) {
      const t = localized({ en: enPillars[key], zh: zhPillars[key] }, note, `regulatory_pillars.${key}`);
      if (t) pillars[camelKey(key)] = { text: t };
    }
    if (Object.keys(pillars).length > 0)
      note('regulatory_pillars', Object.keys(pillars).length, 'no citation in the export; imported uncited');
    if (text(r.region))
      note('region', r.region, 'not an IEA region; left empty (the region comes from the facilities)');
    const netZero = typeof r.net_zero_year === 'number' ? r.net_zero_year : undefined;
    if (netZero !== undefined) note('net_zero_year', netZero, 'no citation in the export; imported uncited');
    for (const key of ['capture_2030', 'storage_2050']) {
      if (r[key] !== null && r[key] !== undefined)
        note(key, r[key], 'a target without unit or source; not imported');
    }
    const summary = localized({ en: en.summary, zh: zh.summary }, note, 'summary');
    const input: CountryProfileInput = {
      code,
      summary:
        summary && !/^(Regulatory )?profile for /i.test(summary.en ?? '')
          ? summary
          : summary?.zh
            ? { zh: summary.zh }
            : undefined,
      netZeroYear: netZero,
      pillars: pillars as CountryProfileInput['pillars'],
      provenance: { author: text(r.provenance_author) ?? 'CCUS Policy Hub export' },
    };
    const parsed = countryProfileSchema.safeParse(stripUndefined(input));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          file,
          field: `records[${index}].${issue.path.join('.')}`,
          message: `record ${record}: ${issue.message}; skipped`,
        });
      continue;
    }
    values.push(parsed.data);
  }
  return { kind: 'countries', values, problems, coercions };
}
