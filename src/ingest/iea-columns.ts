/**
 * The columns of the IEA CCUS Projects Database sheet that CCUS Atlas reads, declared once.
 * The reader checks the header row against this list: a missing or renamed column is an error
 * that names it. Columns not listed here (the "Link n" hyperlink labels) are ignored.
 */
export const IEA_SHEET_NAME = 'CCUS Projects Database';

export const IEA_COLUMNS = {
  name: 'Project name',
  id: 'ID',
  country: 'Country or economy',
  partners: 'Partners',
  type: 'Project type',
  announcement: 'Announcement',
  fid: 'FID',
  operation: 'Operation',
  suspension: 'Suspension/decommissioning/cancellation',
  status: 'Project Status',
  phase: 'Project phase',
  announcedCapacity: 'Announced capacity (Mt CO2/yr)',
  estimatedCapacity: 'Estimated capacity by IEA (Mt CO2/yr)',
  sector: 'Sector',
  fate: 'Fate of carbon',
  hub: 'Part of CCUS hub',
  region: 'Region',
  ref1: 'Ref 1',
  ref2: 'Ref 2',
  ref3: 'Ref 3',
  ref4: 'Ref 4',
  ref5: 'Ref 5',
  ref6: 'Ref 6',
  ref7: 'Ref 7',
} as const;

export type IeaColumn = keyof typeof IEA_COLUMNS;

/** The dataset name stamped on every imported facility's `source`. */
export const IEA_DATASET = 'iea-ccus-projects-database';

/** Spellings of countries in the IEA sheet that are not country names in any language we resolve. */
export const IEA_COUNTRY_SPELLINGS: Record<string, string> = {
  Island: 'IS',
  Lybia: 'LY',
  'Timor Leste': 'TL',
};

/** Country cells that name no particular country ("Multiple Europe"): stored without a country. */
export const IEA_UNNAMED_COUNTRIES = new Set(['multiple europe', 'multiple', 'various']);

/** Values that mean "the source does not say". */
export const IEA_UNKNOWN = new Set(['', 'unknown', 'tbd', 'n/a', 'na', '-']);
