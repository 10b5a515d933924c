import type { CountryProfile } from '../domain/country-profile.ts';
import type { Facility } from '../domain/facility.ts';
import type { Policy } from '../domain/policy.ts';
import type { HubCoercion, HubKind } from '../ingest/hub-json.ts';
import { appendRevision, type WriteMeta } from './revisions.ts';
import type { Store } from './store.ts';

export interface HubImportReport {
  kind: HubKind;
  file: string;
  created: string[];
  /** Existing facilities that gained coordinates or a name in another language. */
  enriched: string[];
  /** Records already in the hub, left as they are (curated records win over the export). */
  kept: string[];
  skipped: number;
  coercions: HubCoercion[];
}

/** Adds what the stored facility lacks and the export has: coordinates and names in other languages. */
function enrich(stored: Facility, incoming: Facility): Facility | undefined {
  const name = { ...incoming.name, ...stored.name };
  const location = stored.location ?? incoming.location;
  const changed = JSON.stringify(name) !== JSON.stringify(stored.name) || location !== stored.location;
  return changed ? { ...stored, name, ...(location ? { location } : {}) } : undefined;
}

/**
 * Loads one hub export file's mapped values in one transaction: new records are created; existing
 * facilities are only enriched; existing countries and policies are kept. The report is stored as a
 * revision of `hub-import/<kind>`. A dry run reports and writes nothing.
 */
export async function importHubValues(
  store: Store,
  kind: HubKind,
  file: string,
  values: readonly (Facility | CountryProfile | Policy)[],
  read: { skipped: number; coercions: HubCoercion[] },
  meta: WriteMeta,
  dryRun = false,
): Promise<HubImportReport> {
  const report: HubImportReport = {
    kind,
    file,
    created: [],
    enriched: [],
    kept: [],
    skipped: read.skipped,
    coercions: read.coercions,
  };
  const at = meta.at ?? new Date().toISOString();
  const withTime = { ...meta, at };
  const rollback = new Error('dry run');
  try {
    await store.transaction(async (tx) => {
      if (kind === 'facilities') {
        const facilities = values as Facility[];
        const stored = await tx.facilities.getMany(facilities.map((f) => f.id));
        const fresh = facilities.filter((f) => !stored.has(f.id));
        await tx.facilities.createMany(fresh, withTime);
        report.created.push(...fresh.map((f) => f.id));
        for (const f of facilities) {
          const current = stored.get(f.id);
          if (!current) continue;
          const merged = enrich(current.facility, f);
          if (merged) {
            await tx.facilities.save(merged, withTime, current);
            report.enriched.push(f.id);
          } else report.kept.push(f.id);
        }
      } else if (kind === 'countries') {
        for (const c of values as CountryProfile[]) {
          if (await tx.countries.get(c.code)) report.kept.push(c.code);
          else {
            await tx.countries.save(c, withTime);
            report.created.push(c.code);
          }
        }
      } else {
        for (const p of values as Policy[]) {
          if (await tx.policies.get(p.id)) report.kept.push(p.id);
          else {
            await tx.policies.save(p, withTime);
            report.created.push(p.id);
          }
        }
      }
      const last = await tx.db
        .selectFrom('revisions')
        .select((eb) => eb.fn.max<number>('version').as('v'))
        .where('entity_type', '=', 'hub-import')
        .where('entity_id', '=', kind)
        .executeTakeFirst();
      await appendRevision(tx.db, {
        entityType: 'hub-import',
        entityId: kind,
        version: Number(last?.v ?? 0) + 1,
        action: 'update',
        author: meta.author,
        reason: meta.reason,
        createdAt: at,
        before: null,
        after: report,
      });
      if (dryRun) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return report;
}
