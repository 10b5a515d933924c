import { carbonFate, facilitySector, facilityStatus, facilityType, locationPrecision, worldRegion } from '../domain/facility-enums.ts';
import { ANALYSIS_DIMENSIONS } from '../domain/policy.ts';
import { legalWeight, policyCategory, policyScope, policyStatus, reviewStatus } from '../domain/policy-enums.ts';
import { countriesToCsv } from './countries-csv.ts';
import { facilitiesToCsv } from './facilities.ts';
import { policiesToCsv } from './policies-csv.ts';
import { policyScoresToCsv } from './policy-scores-csv.ts';

/** A Table Schema field (Frictionless Data). */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date';
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: readonly string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string | string[];
  missingValues: string[];
}

type Known = Record<string, Omit<TableField, 'name'>>;

const score = { type: 'integer', constraints: { minimum: 0, maximum: 100 } } as const;
const year = { type: 'integer', constraints: { minimum: 1900, maximum: 2100 } } as const;
const mt = { type: 'number', constraints: { minimum: 0 } } as const;

const POLICY_FIELDS: Known = {
  id: { type: 'string', description: 'Record id (lowercase slug)', constraints: { required: true, unique: true } },
  country: { type: 'string', description: 'ISO 3166-1 alpha-2 code, EU or INTL', constraints: { required: true } },
  year,
  status: { type: 'string', constraints: { enum: policyStatus.values } },
  category: { type: 'string', constraints: { enum: policyCategory.values } },
  legal_weight: { type: 'string', constraints: { enum: legalWeight.values } },
  scope: { type: 'string', constraints: { enum: policyScope.values } },
  review_status: { type: 'string', constraints: { enum: reviewStatus.values } },
  pub_date: { type: 'date' },
  ...Object.fromEntries(ANALYSIS_DIMENSIONS.map((d) => [`score_${d}`, { ...score, description: `Score of the ${d} dimension, 0-100` }])),
};

const SCORE_FIELDS: Known = {
  policy_id: { type: 'string', constraints: { required: true } },
  dimension: { type: 'string', constraints: { required: true, enum: ANALYSIS_DIMENSIONS } },
  score: { ...score, constraints: { ...score.constraints, required: true } },
  citation_kind: { type: 'string', description: 'passage, document, external or none', constraints: { enum: ['passage', 'document', 'external', 'none'] } },
};

const FACILITY_FIELDS: Known = {
  id: { type: 'string', constraints: { required: true, unique: true } },
  region: { type: 'string', constraints: { enum: worldRegion.values } },
  type: { type: 'string', constraints: { enum: facilityType.values } },
  sector: { type: 'string', constraints: { enum: facilitySector.values } },
  fate: { type: 'string', constraints: { enum: carbonFate.values } },
  status: { type: 'string', constraints: { enum: facilityStatus.values } },
  capacity_mt: { ...mt, description: 'Capacity in Mt CO2 per year by the one capacity rule (estimated, else announced midpoint, else bound)' },
  announced_low_mt: mt,
  announced_high_mt: mt,
  estimated_mt: mt,
  record_year: year,
  announcement_year: year,
  fid_year: year,
  operation_year: year,
  suspension_year: year,
  lat: { type: 'number', constraints: { minimum: -90, maximum: 90 } },
  lon: { type: 'number', constraints: { minimum: -180, maximum: 180 } },
  precision: { type: 'string', constraints: { enum: locationPrecision.values } },
};

const COUNTRY_FIELDS: Known = {
  code: { type: 'string', constraints: { required: true, unique: true } },
  region: { type: 'string', constraints: { enum: worldRegion.values } },
  net_zero_year: year,
  storage_targets: { type: 'integer', constraints: { minimum: 0 } },
  pillars_described: { type: 'integer', constraints: { minimum: 0, maximum: 7 } },
  review_status: { type: 'string', constraints: { enum: reviewStatus.values } },
  last_audit_date: { type: 'date' },
};

/** The header of a CSV text (its first line), split into column names. */
const headerOf = (csv: string) => csv.slice(0, csv.indexOf('\r\n')).split(',');

/** A Table Schema for a CSV header: known columns typed and constrained, the rest strings. */
function schemaFor(header: readonly string[], known: Known, primaryKey?: string | string[]): TableSchema {
  return {
    fields: header.map((name) => ({ name, ...(known[name] ?? { type: 'string' }) })),
    ...(primaryKey ? { primaryKey } : {}),
    missingValues: [''],
  };
}

/** The Table Schemas of the CSV exports, built from the headers the CSV writers actually write. */
export const TABLE_SCHEMAS = {
  policies: () => schemaFor(headerOf(policiesToCsv([])), POLICY_FIELDS, 'id'),
  policyScores: () => schemaFor(headerOf(policyScoresToCsv([])), SCORE_FIELDS, ['policy_id', 'dimension']),
  facilities: () => schemaFor(headerOf(facilitiesToCsv([])), FACILITY_FIELDS, 'id'),
  countries: () => schemaFor(headerOf(countriesToCsv([])), COUNTRY_FIELDS, 'code'),
};
