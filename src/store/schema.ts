import type { Generated } from 'kysely';
import type { CountryProfilesTable, FacilitiesTable, FacilityCountriesTable } from './facility-tables.ts';

/** Row types of the database, as Kysely sees them. */
export interface PoliciesTable {
  id: string;
  country: string;
  year: number | null;
  status: string;
  category: string;
  legal_weight: string | null;
  scope: string | null;
  review_status: string;
  pub_date: string | null;
  title_zh: string | null;
  title_en: string | null;
  title_ja: string | null;
  search_text: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RevisionsTable {
  id: Generated<number>;
  entity_type: string;
  entity_id: string;
  version: number;
  action: string;
  author: string;
  reason: string;
  created_at: string;
  before: string | null;
  after: string | null;
}

export interface BundleFilesTable {
  path: string;
  sha256: string;
  loaded_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  scope: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface DraftsTable {
  id: string;
  entity_type: string;
  entity_id: string;
  base_version: number;
  author_id: string;
  reason: string;
  data: string | null;
  status: string;
  reviewer_id: string | null;
  review_comment: string | null;
  created_at: string;
  decided_at: string | null;
}

export interface SecurityEventsTable {
  id: Generated<number>;
  kind: string;
  subject: string;
  user_id: string | null;
  ip: string | null;
  detail: string | null;
  created_at: string;
}

export interface Database {
  policies: PoliciesTable;
  revisions: RevisionsTable;
  bundle_files: BundleFilesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  drafts: DraftsTable;
  security_events: SecurityEventsTable;
  facilities: FacilitiesTable;
  facility_countries: FacilityCountriesTable;
  country_profiles: CountryProfilesTable;
}
