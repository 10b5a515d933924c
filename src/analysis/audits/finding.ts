import type { CountryProfile } from '../../domain/country-profile.ts';
import type { Facility } from '../../domain/facility.ts';
import type { Policy } from '../../domain/policy.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The kinds of record an audit speaks about; they match the revisions table's entity types. */
export type AuditEntityType = 'policy' | 'facility' | 'country' | 'document';

/** One problem an audit found: which record and field, how bad, and what would fix it. */
export interface Finding {
  check: string;
  severity: Severity;
  entityType: AuditEntityType;
  entityId: string;
  /** Dotted path of the field (`analysis.strategic.evidence.en`), or `''` for the record as a whole. */
  field: string;
  message: string;
  fix: string;
}

/** A stored document as the audits see it: its id and every anchor a citation may point at. */
export interface AuditDocument {
  id: string;
  /** Section and passage anchors. */
  anchors: ReadonlySet<string>;
}

/** A country as a source spelled it, before it was resolved to a code. */
export interface CountrySpelling {
  code: string;
  spelling: string;
  entityType: AuditEntityType;
  entityId: string;
}

/**
 * Everything the checks read, loaded by the caller (`src/store/audit-context.ts` for a database,
 * an import for the files it is about to write). Checks never do I/O and never read a clock.
 */
export interface AuditContext {
  policies: readonly Policy[];
  facilities: readonly Facility[];
  countries: readonly CountryProfile[];
  documents: readonly AuditDocument[];
  /** Country names as the inputs wrote them; empty when the data came from the database. */
  countrySpellings: readonly CountrySpelling[];
  /** The date the audit is run on, YYYY-MM-DD (the stale-audit check measures from it). */
  today: string;
  /** Days after which a record's last audit counts as stale. */
  staleAfterDays: number;
}

/** A check: a pure function from the context to findings. */
export interface AuditCheck {
  id: string;
  /** One sentence saying what the check looks for. */
  description: string;
  run(context: AuditContext): Finding[];
}

/** A context with nothing in it, to spread overrides into (tests, record-level audits). */
export function emptyAuditContext(overrides: Partial<AuditContext> = {}): AuditContext {
  return {
    policies: [],
    facilities: [],
    countries: [],
    documents: [],
    countrySpellings: [],
    today: '1970-01-01',
    staleAfterDays: 365,
    ...overrides,
  };
}
