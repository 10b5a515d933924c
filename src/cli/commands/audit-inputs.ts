import { readFile } from 'node:fs/promises';
import type { AuditEntityType, CountrySpelling, Finding } from '../../analysis/audits/finding.ts';
import { runAudits } from '../../analysis/audits/index.ts';
import type { CountryProfile } from '../../domain/country-profile.ts';
import { resolveCountry } from '../../domain/countries.ts';
import type { Facility } from '../../domain/facility.ts';
import type { Policy } from '../../domain/policy.ts';
import type { Problem } from '../../domain/problem.ts';
import { detectHubKind, type HubCoercion, hubRecords } from '../../ingest/hub-json.ts';
import { readHubCountries } from '../../ingest/hub-json-countries.ts';
import { readHubFacilities } from '../../ingest/hub-json-facilities.ts';
import { readHubPolicies } from '../../ingest/hub-json-policies.ts';
import { loadAuditContext } from '../../store/audit-context.ts';
import { openStore, type Store } from '../../store/store.ts';
import type { CommandIO } from '../command.ts';
import { databasePath } from '../config.ts';
import { auditIncoming, refuseBlocking } from './import-audit.ts';
import { readInputs } from './import-documents.ts';
import { isHubImport } from './import-facilities.ts';

/** What auditing input files found: the findings about them, and the files that could not be read. */
export interface InputAudit {
  findings: Finding[];
  problems: Problem[];
}

const KIND_ENTITY = { policies: 'policy', facilities: 'facility', countries: 'country' } as const;
const WRONG_LANGUAGE = /the (en|zh|ja) text is written in (en|zh|ja)/;

/** The country names a hub export uses, each with the code it resolves to. */
function hubSpellings(kind: keyof typeof KIND_ENTITY, records: Record<string, unknown>[]): CountrySpelling[] {
  const out: CountrySpelling[] = [];
  for (const r of records) {
    const spelling = String((kind === 'countries' ? r.id : r.country) ?? '');
    const code = resolveCountry(spelling);
    if (code) out.push({ code, spelling, entityType: KIND_ENTITY[kind], entityId: String(r.id) });
  }
  return out;
}

/** The hub reader's note that text sat under the wrong language, as a mixed-language finding. */
function languageFinding(kind: keyof typeof KIND_ENTITY, c: HubCoercion): Finding | undefined {
  const m = WRONG_LANGUAGE.exec(c.message);
  if (!m || m[1] === m[2]) return undefined;
  const names = { en: 'English', zh: 'Chinese', ja: 'Japanese' } as const;
  return {
    check: 'mixed-language',
    severity: 'warning',
    entityType: KIND_ENTITY[kind] as AuditEntityType,
    entityId: c.record,
    field: c.field,
    message: `${names[m[2] as 'zh']} text in the ${names[m[1] as 'en']} field: "${String(c.value).slice(0, 60)}"`,
    fix: `move the text to the ${m[2]} field and write the ${names[m[1] as 'en']} version (the importer stores it as ${m[2]})`,
  };
}

async function auditHubFiles(store: Store, paths: readonly string[]): Promise<InputAudit> {
  const stored = await loadAuditContext(store);
  const policies: Policy[] = [];
  const facilities: Facility[] = [];
  const countries: CountryProfile[] = [];
  const spellings: CountrySpelling[] = [];
  const extra: Finding[] = [];
  const problems: Problem[] = [];
  for (const file of paths) {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    const kind = detectHubKind(data)!;
    const read = kind === 'policies' ? readHubPolicies(data, file) : kind === 'facilities' ? readHubFacilities(data, file) : readHubCountries(data, file);
    problems.push(...read.problems);
    spellings.push(...hubSpellings(kind, hubRecords(data) ?? []));
    for (const c of read.coercions) {
      const f = languageFinding(kind, c);
      if (f) extra.push(f);
    }
    if (kind === 'policies') policies.push(...(read.values as Policy[]));
    else if (kind === 'facilities') facilities.push(...(read.values as Facility[]));
    else countries.push(...(read.values as CountryProfile[]));
  }
  const incoming = new Set([...policies.map((p) => `policy:${p.id}`), ...facilities.map((f) => `facility:${f.id}`), ...countries.map((c) => `country:${c.code}`)]);
  const replace = <T>(old: readonly T[], fresh: readonly T[], key: (v: T) => string) => {
    const ids = new Set(fresh.map(key));
    return [...old.filter((v) => !ids.has(key(v))), ...fresh];
  };
  const findings = runAudits({
    ...stored,
    policies: replace(stored.policies, policies, (p) => p.id),
    facilities: replace(stored.facilities, facilities, (f) => f.id),
    countries: replace(stored.countries, countries, (c) => c.code),
    countrySpellings: spellings,
  }).filter((f) => incoming.has(`${f.entityType}:${f.entityId}`) || spellings.some((s) => s.entityType === f.entityType && s.entityId === f.entityId));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return { findings: [...extra, ...findings].sort((a, b) => rank[a.severity] - rank[b.severity]), problems };
}

/**
 * Audits files as an import would load them, over what the store already holds, without writing:
 * policy record files and documents, or the predecessor hub's JSON exports. Only findings about the
 * files' records are returned.
 */
export async function auditInputFiles(store: Store, paths: readonly string[]): Promise<InputAudit> {
  if (await isHubImport(paths)) return auditHubFiles(store, paths);
  const { records, documents, problems } = await readInputs(paths);
  if (problems.length > 0) return { findings: [], problems };
  return { findings: await auditIncoming(store, records, documents), problems: [] };
}


/**
 * Runs the blocking audits on hub JSON files before they are imported: errors refuse the import
 * (true) unless `--force`, which loads them and prints them as flagged.
 */
export async function refuseFailingHubImport(paths: readonly string[], values: Record<string, unknown>, io: CommandIO): Promise<boolean> {
  const store = await openStore(databasePath(values.db as string | undefined));
  try {
    const { findings } = await auditHubFiles(store, paths);
    return refuseBlocking(findings, Boolean(values.force), io);
  } finally {
    await store.close();
  }
}
