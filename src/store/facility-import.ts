import type { Facility } from '../domain/facility.ts';
import type { Coercion } from '../ingest/iea-xlsx.ts';
import { appendRevision } from './revisions.ts';
import type { Store } from './store.ts';

/** One field that differs between the stored record and the imported one. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What an import did (or, in a dry run, would do): added, changed field by field, removed. */
export interface FacilityImportReport {
  dataset: string;
  edition?: string;
  added: string[];
  changed: { id: string; changes: FieldChange[] }[];
  removed: string[];
  unchanged: number;
  coercions: Coercion[];
}

/** Flattens a record into dotted paths (`capacity.estimatedMt`), arrays kept whole. */
function flatten(value: unknown, prefix = '', into: Map<string, unknown> = new Map()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  } else if (prefix) into.set(prefix, value);
  return into;
}

/** The fields that differ between two records, in a stable order. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys
    .filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)))
    .map((k) => ({ field: k, before: a.get(k), after: b.get(k) }));
}

/**
 * Keeps what the source does not own: coordinates, names in other languages, descriptions, evidence
 * links to policies and review state added in CCUS Atlas survive a re-import.
 */
function mergeOwned(imported: Facility, existing: Facility | undefined): Facility {
  if (!existing) return imported;
  return {
    ...imported,
    name: { ...existing.name, ...imported.name },
    location: imported.location ?? existing.location,
    description: imported.description ?? existing.description,
    operator: imported.operator ?? existing.operator,
    policyLinks: existing.policyLinks.length > 0 ? existing.policyLinks : imported.policyLinks,
    reviewStatus: existing.reviewStatus,
    provenance: {
      ...imported.provenance,
      reviewer: existing.provenance.reviewer,
      lastAuditDate: existing.provenance.lastAuditDate,
    },
  };
}

export interface FacilityImportOptions {
  author: string;
  reason: string;
  dataset: string;
  edition?: string;
  coercions?: Coercion[];
  dryRun?: boolean;
  /** Remove facilities of this dataset that the import no longer holds (true for a whole-dataset import). */
  removeMissing?: boolean;
}

/**
 * Imports one dataset's facilities in one transaction and returns the change report; the report is
 * also stored as a revision of the entity `facility-import/<dataset>`. A re-import of the same data
 * changes nothing and reports zero changes. A dry run reports and rolls back.
 */
export async function importFacilities(
  store: Store,
  facilities: readonly Facility[],
  options: FacilityImportOptions,
): Promise<FacilityImportReport> {
  const report: FacilityImportReport = {
    dataset: options.dataset,
    edition: options.edition,
    added: [],
    changed: [],
    removed: [],
    unchanged: 0,
    coercions: options.coercions ?? [],
  };
  const at = new Date().toISOString();
  const meta = { author: options.author, reason: options.reason, at };
  const rollback = new Error('dry run');
  try {
    await store.transaction(async (tx) => {
      const incoming = new Set(facilities.map((f) => f.id));
      const stored = await tx.facilities.getMany([...incoming]);
      const fresh = facilities.filter((f) => !stored.has(f.id));
      await tx.facilities.createMany(fresh, meta);
      report.added.push(...fresh.map((f) => f.id));
      for (const imported of facilities) {
        const current = stored.get(imported.id);
        if (!current) continue;
        const merged = mergeOwned(imported, current.facility);
        const { outcome, before } = await tx.facilities.save(merged, meta, current);
        if (outcome === 'updated')
          report.changed.push({
            id: imported.id,
            changes: fieldChanges(before, JSON.parse(JSON.stringify(merged))),
          });
        else report.unchanged += 1;
      }
      if (options.removeMissing) {
        for (const id of await tx.facilities.idsFromDataset(options.dataset)) {
          if (!incoming.has(id)) {
            await tx.facilities.delete(id, meta);
            report.removed.push(id);
          }
        }
      }
      const last = await tx.db
        .selectFrom('revisions')
        .select((eb) => eb.fn.max<number>('version').as('v'))
        .where('entity_type', '=', 'facility-import')
        .where('entity_id', '=', options.dataset)
        .executeTakeFirst();
      const version = Number(last?.v ?? 0) + 1;
      await appendRevision(tx.db, {
        entityType: 'facility-import',
        entityId: options.dataset,
        version,
        action: 'update',
        author: options.author,
        reason: options.reason,
        createdAt: at,
        before: null,
        after: { ...report, coercions: report.coercions.length },
      });
      if (options.dryRun) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return report;
}

/** The change report as lines of text for the terminal. */
export function formatImportReport(report: FacilityImportReport, dryRun = false): string[] {
  const lines = [
    `${report.dataset}${report.edition ? ` (${report.edition})` : ''}: ${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed, ${report.unchanged} unchanged${dryRun ? ' (dry run: nothing was written)' : ''}`,
  ];
  for (const id of report.added) lines.push(`  + ${id}`);
  for (const { id, changes } of report.changed) {
    lines.push(`  ~ ${id}`);
    for (const c of changes)
      lines.push(
        `      ${c.field}: ${JSON.stringify(c.before) ?? '(none)'} → ${JSON.stringify(c.after) ?? '(none)'}`,
      );
  }
  for (const id of report.removed) lines.push(`  - ${id}`);
  if (report.coercions.length > 0) {
    lines.push(`${report.coercions.length} value(s) interpreted:`);
    for (const c of report.coercions) lines.push(`  line ${c.line}, ${c.field}: ${c.message}`);
  }
  return lines;
}
