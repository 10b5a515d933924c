import { resolveCountry } from '../domain/countries.ts';
import type { DomainEnum } from '../domain/enum.ts';
import { type Facility, type FacilityInput, facilitySchema } from '../domain/facility.ts';
import {
  carbonFate,
  facilitySector,
  facilityStatus,
  facilityType,
  locationPrecision,
  worldRegion,
} from '../domain/facility-enums.ts';
import type { Problem } from '../domain/problem.ts';
import { type HubCoercion, type HubRead, hubRecords, localized, NOT_A_REVIEWER, text } from './hub-json.ts';
import { IEA_COUNTRY_SPELLINGS } from './iea-columns.ts';
import { stripUndefined } from './iea-xlsx.ts';

/** The dataset name on facilities that came from the predecessor's export. */
export const HUB_DATASET = 'ccus-policy-hub';

/** Predecessor sector labels with no counterpart of the same name in CCUS Atlas. */
const SECTORS: Record<string, string> = {
  Refining: 'other_fuel_transformation',
  Fertilizer: 'chemicals',
  'Coal-to-liquids': 'other_fuel_transformation',
  'Coal-to-gas': 'other_fuel_transformation',
  'Pulp and paper': 'other_industry',
  Lime: 'other_industry',
  Aluminium: 'other_industry',
  'Oil and gas extraction': 'natural_gas',
  'Gas-to-liquids': 'other_fuel_transformation',
};

/** Predecessor region labels that are not IEA regions. */
const REGIONS: Record<string, string> = {
  'Japan and Other Asia Pacific': 'asia_pacific',
  'Mainland Europe': 'europe',
  'Northern Europe': 'europe',
  'Australia and Other Asia Pacific': 'australia_nz',
};

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const year = (v: unknown) => {
  const m = /^(\d{4})$/.exec(String(v ?? '').trim());
  return m ? Number(m[1]) : undefined;
};

/**
 * Maps the predecessor's `facilities.json` onto facilities with ids `iea-<id>` (its records are IEA
 * projects). Localised enum labels are read in English, the zh name is kept, coordinates keep their
 * precision, and its country-only policy links are not carried over (they are recomputed with a type
 * and confidence). Every value changed or dropped is a coercion; a record that cannot be mapped is a
 * problem and is skipped.
 */
export function readHubFacilities(data: unknown, file: string): HubRead<Facility> {
  const records = hubRecords(data) ?? [];
  const values: Facility[] = [];
  const problems: Problem[] = [];
  const coercions: HubCoercion[] = [];
  for (const [index, r] of records.entries()) {
    const hubId = String(r.id ?? '');
    const record = hubId || `#${index + 1}`;
    const note = (field: string, value: unknown, message: string) =>
      coercions.push({ record, field, value, message });
    const i18n = (r.i18n ?? {}) as Record<string, Record<string, unknown>>;
    const en = i18n.en ?? {};
    const zh = i18n.zh ?? {};
    const fail: string[] = [];
    const pick = <V extends string>(
      field: string,
      e: DomainEnum<V>,
      raw: unknown,
      extra: Record<string, string> = {},
      required = false,
    ): V | undefined => {
      const value = text(raw);
      if (!value || /^(unknown|tbd)$/i.test(value)) {
        if (required) fail.push(`${field}: missing`);
        return undefined;
      }
      const mapped = e.resolve(value) ?? (extra[value] as V | undefined);
      if (!mapped) {
        if (required) fail.push(`${field}: ${e.unknownMessage(value)}`);
        else note(field, value, `no ${e.name} "${value}" in CCUS Atlas; left empty`);
        return undefined;
      }
      if (extra[value]) note(field, value, `read as ${mapped}`);
      return mapped;
    };
    const countries: string[] = [];
    for (const part of String(r.country ?? '')
      .split(/\s*-\s*|\s*,\s*/)
      .filter(Boolean)) {
      const code = resolveCountry(part) ?? IEA_COUNTRY_SPELLINGS[part];
      if (code) countries.push(code);
      else note('country', part, 'not a country; left out');
    }
    const lat = num(r.lat);
    const lon = num(r.lng);
    const precision = locationPrecision.resolve(String(r.precision ?? ''));
    const location =
      lat !== undefined && lon !== undefined && precision ? { lat, lon, precision } : undefined;
    if (!location && (lat !== undefined || lon !== undefined))
      note('lat/lng', [r.lat, r.lng, r.precision], 'incomplete coordinates; dropped');
    const low = num(r.announced_capacity_min);
    const high = num(r.announced_capacity_max);
    const reviewer = text(r.provenance_reviewer);
    if (reviewer && NOT_A_REVIEWER.test(reviewer))
      note('provenance_reviewer', reviewer, 'not a named reviewer; left empty');
    if (Array.isArray(r.linked_policies) && r.linked_policies.length > 0) {
      note(
        'linked_policies',
        r.linked_policies.length,
        'country-level links without evidence; recomputed as same-country or sector links instead',
      );
    }
    const input: FacilityInput = {
      id: `iea-${hubId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      name: localized({ en: en.name, zh: zh.name }, note, 'name') ?? {},
      countries: [...new Set(countries)],
      region: pick('region', worldRegion, en.region, REGIONS),
      type: pick('type', facilityType, en.type, {}, true) as FacilityInput['type'],
      sector: pick('sector', facilitySector, en.sector, SECTORS),
      fate: pick('fate_of_carbon', carbonFate, en.fate_of_carbon, { Mixed: 'unspecified' }),
      status: pick('status', facilityStatus, r.status, {}, true) as FacilityInput['status'],
      capacity: {
        announcedLowMt: low !== undefined && high !== undefined ? Math.min(low, high) : low,
        announcedHighMt: low !== undefined && high !== undefined ? Math.max(low, high) : high,
        announcedText: text(r.announced_capacity_raw),
        estimatedMt: num(r.estimated_capacity),
      },
      location,
      hub: text(en.hub),
      operator: text(en.operator),
      dates: {
        announcementYear: year(en.announcement),
        fidYear: year(en.fid),
        operationYear: year(en.operation),
      },
      source: { dataset: HUB_DATASET, recordId: hubId },
      provenance: {
        author: text(r.provenance_author) ?? 'CCUS Policy Hub export',
        reviewer: reviewer && !NOT_A_REVIEWER.test(reviewer) ? reviewer : undefined,
      },
    };
    if (!hubId) fail.push('id: missing');
    if (fail.length > 0) {
      for (const f of fail)
        problems.push({ file, field: `records[${index}]`, message: `record ${record}: ${f}; skipped` });
      continue;
    }
    const parsed = facilitySchema.safeParse(stripUndefined(input));
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
  return { kind: 'facilities', values, problems, coercions };
}
