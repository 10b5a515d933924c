import type { Generated } from 'kysely';

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

export interface Database {
  policies: PoliciesTable;
  revisions: RevisionsTable;
  bundle_files: BundleFilesTable;
}
