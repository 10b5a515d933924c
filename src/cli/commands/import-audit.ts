import { blockingFindings, type Finding, runAudits } from '../../analysis/audits/index.ts';
import type { CountrySpelling } from '../../analysis/audits/finding.ts';
import { resolveCountry } from '../../domain/countries.ts';
import type { LoadedDocument } from '../../ingest/document-files.ts';
import type { LoadedRecord } from '../../ingest/record-files.ts';
import { documentAnchors, loadAuditContext } from '../../store/audit-context.ts';
import type { Store } from '../../store/store.ts';
import type { CommandIO } from '../command.ts';

/** The country as each record file spells it (block or flow YAML), before it is resolved to a code. */
export function countrySpellings(records: readonly LoadedRecord[]): CountrySpelling[] {
  const out: CountrySpelling[] = [];
  for (const r of records) {
    const m = /^\s*"?country"?\s*:\s*["']?([^"'\r\n,}]+?)["']?\s*,?\s*$/m.exec(r.text);
    const spelling = m?.[1]?.trim();
    if (spelling && resolveCountry(spelling) === r.policy.country) {
      out.push({ code: r.policy.country, spelling, entityType: 'policy', entityId: r.policy.id });
    }
  }
  return out;
}

/**
 * The audit of what an import would load: the stored data with the incoming records and documents
 * in place, and only the findings about incoming records returned.
 */
export async function auditIncoming(store: Store, records: readonly LoadedRecord[], documents: readonly LoadedDocument[]): Promise<Finding[]> {
  const stored = await loadAuditContext(store);
  const incomingPolicies = new Set(records.map((r) => r.policy.id));
  const incomingDocuments = new Set(documents.map((d) => d.document.meta.id));
  const findings = runAudits({
    ...stored,
    policies: [...stored.policies.filter((p) => !incomingPolicies.has(p.id)), ...records.map((r) => r.policy)],
    documents: [...stored.documents.filter((d) => !incomingDocuments.has(d.id)), ...documents.map((d) => documentAnchors(d.document))],
    countrySpellings: countrySpellings(records),
  });
  return findings.filter(
    (f) => (f.entityType === 'policy' && incomingPolicies.has(f.entityId)) || (f.entityType === 'document' && incomingDocuments.has(f.entityId)),
  );
}

/**
 * Runs the blocking audits on an import before anything is written. Errors refuse the import
 * (returns true) unless `force`, in which case they are printed as flagged and the import goes on.
 */
export async function refuseFailingImport(
  store: Store,
  records: readonly LoadedRecord[],
  documents: readonly LoadedDocument[],
  force: boolean,
  io: CommandIO,
): Promise<boolean> {
  return refuseBlocking(await auditIncoming(store, records, documents), force, io);
}

/** Prints the errors among `findings`; true (refuse) when there are any and `force` is off. */
export function refuseBlocking(findings: readonly Finding[], force: boolean, io: CommandIO): boolean {
  const errors = blockingFindings(findings);
  if (errors.length === 0) return false;
  for (const f of errors) io.out(`${force ? 'flagged' : 'error'}: ${f.entityType}:${f.entityId} ${f.field}: ${f.message} (fix: ${f.fix})`);
  if (force) {
    io.err(`${errors.length} audit error(s) flagged; importing anyway because of --force`);
    return false;
  }
  io.err(`${errors.length} audit error(s); nothing was imported (fix them, or pass --force to load and flag them)`);
  return true;
}
