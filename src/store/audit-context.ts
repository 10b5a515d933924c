import type { AuditContext, AuditDocument } from '../analysis/audits/finding.ts';
import { defaultFacilityQuery } from '../domain/facility-query.ts';
import type { Policy } from '../domain/policy.ts';
import type { SourceDocument } from '../domain/document.ts';
import type { Store } from './store.ts';

/** Every stored policy, in id order. */
export async function allStoredPolicies(store: Store): Promise<Policy[]> {
  const rows = await store.db.selectFrom('policies').select('data').orderBy('id').execute();
  return rows.map((r) => JSON.parse(r.data) as Policy);
}

/** The anchors a citation may name in a document: its sections and its passages. */
export const documentAnchors = (document: SourceDocument): AuditDocument => ({
  id: document.meta.id,
  anchors: new Set([...document.sections.map((s) => s.anchor), ...document.passages.map((p) => p.anchor)]),
});

export interface AuditContextOptions {
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
  staleAfterDays?: number;
}

/** Loads what the audits read from a store: every policy, facility, country profile and document's anchors. */
export async function loadAuditContext(store: Store, options: AuditContextOptions = {}): Promise<AuditContext> {
  const { q, ...filters } = defaultFacilityQuery();
  const [policies, facilities, countries, summaries] = await Promise.all([
    allStoredPolicies(store),
    store.facilities.matching({ ...filters, q }),
    store.countries.list(),
    store.documents.list(),
  ]);
  const documents: AuditDocument[] = [];
  for (const summary of summaries) {
    const stored = await store.documents.get(summary.meta.id);
    if (stored) documents.push(documentAnchors(stored.document));
  }
  return {
    policies,
    facilities,
    countries,
    documents,
    countrySpellings: [],
    today: options.today ?? new Date().toISOString().slice(0, 10),
    staleAfterDays: options.staleAfterDays ?? 365,
  };
}
