/** Row types of the facility and country-profile tables, as Kysely sees them. */
export interface FacilitiesTable {
  id: string;
  status: string;
  type: string;
  sector: string | null;
  fate: string | null;
  region: string | null;
  source_dataset: string | null;
  name_zh: string | null;
  name_en: string | null;
  name_ja: string | null;
  search_text: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FacilityCountriesTable {
  facility_id: string;
  country: string;
}

export interface CountryProfilesTable {
  code: string;
  region: string | null;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}
