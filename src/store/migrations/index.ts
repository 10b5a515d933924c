import type { Migration, MigrationProvider } from 'kysely';
import * as createPolicies from './2026-11-27T10-30-create-policies.ts';
import * as createRevisions from './2026-11-27T10-31-create-revisions.ts';
import * as createBundleFiles from './2026-11-27T10-32-create-bundle-files.ts';
import * as createAccounts from './2026-11-27T11-00-create-accounts.ts';
import * as createDrafts from './2026-11-27T11-01-create-drafts.ts';
import * as createFacilities from './2026-11-27T11-10-create-facilities.ts';
import * as createCountryProfiles from './2026-11-27T11-11-create-country-profiles.ts';
import * as createDocuments from './2026-11-27T11-20-create-documents.ts';
import * as createPostgresSearch from './2026-11-27T11-40-create-postgres-search.ts';
import * as createSecurityEvents from './2026-11-27T11-50-create-security-events.ts';
import * as indexPassageTags from './2026-11-28T09-00-index-passage-tags.ts';
import * as markIndexTerms from './2026-11-28T10-00-mark-index-terms.ts';

/** Every migration, keyed by its frozen name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026-11-27T10-30-create-policies': createPolicies,
  '2026-11-27T10-31-create-revisions': createRevisions,
  '2026-11-27T10-32-create-bundle-files': createBundleFiles,
  '2026-11-27T11-00-create-accounts': createAccounts,
  '2026-11-27T11-01-create-drafts': createDrafts,
  '2026-11-27T11-10-create-facilities': createFacilities,
  '2026-11-27T11-11-create-country-profiles': createCountryProfiles,
  '2026-11-27T11-20-create-documents': createDocuments,
  '2026-11-27T11-40-create-postgres-search': createPostgresSearch,
  '2026-11-27T11-50-create-security-events': createSecurityEvents,
  '2026-11-28T09-00-index-passage-tags': indexPassageTags,
  '2026-11-28T10-00-mark-index-terms': markIndexTerms,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
