import { extname, join } from 'node:path';
import { defaultPolicyQuery } from '../../domain/policy-query.ts';
import type { Policy } from '../../domain/policy.ts';
import { policiesToCsv } from '../../export/policies-csv.ts';
import { policyToMarkdown } from '../../ingest/record-writer.ts';
import { presentPolicy } from '../../server/presenters/policy.ts';
import type { StoredPolicy } from '../../store/policy-repository.ts';
import { openStore, type Store } from '../../store/store.ts';
import { type Command, UsageError } from '../command.ts';
import { databasePath, dbOption } from '../config.ts';
import { writeFileAtomic } from '../write-file.ts';
import { exportFacilityData } from './export-facilities.ts';
import { exportDataPackage } from './export-datapackage.ts';

const FORMATS = { policy: ['md', 'json'], policies: ['json', 'csv', 'md'] } as const;

async function allPolicies(store: Store): Promise<StoredPolicy[]> {
  const all: StoredPolicy[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await store.policies.list({ ...defaultPolicyQuery(), sort: 'country', page, pageSize: 200 });
    all.push(...items);
    if (all.length >= total || items.length === 0) return all;
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write records out: one policy as Markdown or JSON, every policy as JSON, CSV or Markdown files, or the whole dataset as a Data Package.',
  usage:
    'ccus-atlas export policy <id> --format md|json [--out FILE] [--db PATH]\n' +
    '       ccus-atlas export policies --format json|csv|md [--out DIR] [--db PATH]   (stdout without --out)\n' +
    '       ccus-atlas export facilities --format json|csv|geojson [--out FILE] [--db PATH]\n' +
    '       ccus-atlas export countries --format json|csv [--out FILE] [--db PATH]\n' +
    '       ccus-atlas export datapackage --out DIR [--bom] [--db PATH]   (Frictionless Data Package; --bom for Excel)',
  options: { ...dbOption, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, bom: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const [what, id] = positionals;
    if (what === 'facilities' || what === 'countries') return exportFacilityData(what, values, io);
    if (what === 'datapackage') return exportDataPackage(values, io);
    if (what !== 'policy' && what !== 'policies') throw new UsageError('say what to export: "policy <id>" or "policies"');
    const format = String(values.format ?? (what === 'policy' ? 'md' : 'json'));
    if (!(FORMATS[what] as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${FORMATS[what].join(', ')} for ${what}`);
    }
    const out = values.out as string | undefined;
    const store = await openStore(databasePath(values.db as string | undefined));
    try {
      if (what === 'policy') {
        if (!id) throw new UsageError('name the policy id: export policy <id>');
        const stored = await store.policies.get(id);
        if (!stored) {
          io.err(`no policy with id "${id}"`);
          return 1;
        }
        const text = format === 'md' ? policyToMarkdown(stored.policy) : json(presentPolicy(stored));
        if (out) writeFileAtomic(out, text);
        else io.out(text.trimEnd());
        return 0;
      }
      const stored = await allPolicies(store);
      const policies: Policy[] = stored.map((s) => s.policy);
      if (format === 'md') {
        if (out) {
          for (const p of policies) writeFileAtomic(join(out, `${p.id}.md`), policyToMarkdown(p));
          io.err(`wrote ${policies.length} record file(s) to ${out}`);
        } else io.out(policies.map(policyToMarkdown).join('\n').trimEnd());
        return 0;
      }
      const text = format === 'csv' ? policiesToCsv(policies) : json(stored.map(presentPolicy));
      if (out) {
        const file = extname(out) ? out : join(out, `policies.${format}`);
        writeFileAtomic(file, text);
        io.err(`wrote ${policies.length} policies to ${file}`);
      } else io.out(text.trimEnd());
      return 0;
    } finally {
      await store.close();
    }
  },
};
