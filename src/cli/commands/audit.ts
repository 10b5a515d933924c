import { AUDIT_CHECKS, failsAt, type Finding, runAudits, SEVERITIES, type Severity, summarizeFindings } from '../../analysis/audits/index.ts';
import { formatProblem } from '../../domain/problem.ts';
import { loadAuditContext } from '../../store/audit-context.ts';
import { auditInputFiles } from './audit-inputs.ts';
import { openStore } from '../../store/store.ts';
import { type Command, UsageError } from '../command.ts';
import { databasePath, dbOption } from '../config.ts';

/** Findings as lines grouped by check: `error  policy:jp-x  analysis.mrv.evidence.en  message (fix: …)`. */
export function formatFindingsText(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const check of AUDIT_CHECKS) {
    const own = findings.filter((f) => f.check === check.id);
    if (own.length === 0) continue;
    lines.push(`${check.id} (${own.length}): ${check.description}`);
    for (const f of own) lines.push(`  ${f.severity.padEnd(7)} ${f.entityType}:${f.entityId}  ${f.field || '(record)'}  ${f.message}\n          fix: ${f.fix}`);
  }
  const s = summarizeFindings(findings);
  lines.push(`${s.total} finding(s): ${SEVERITIES.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(', ')}`);
  return lines.join('\n');
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Check the stored data for broken links, placeholder evidence, missing citations, mixed languages, stale audits, enum drift, duplicates and implausible facilities.',
  usage:
    'ccus-atlas audit [FILE|DIR...] [--format text|json] [--fail-on error|warning] [--check ID]... [--stale-days N] [--db PATH]\n' +
    '       (with files: audit them as an import would load them, over the stored data, writing nothing)',
  options: {
    ...dbOption,
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    check: { type: 'string', multiple: true },
    'stale-days': { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const format = String(values.format ?? 'text');
    if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
    const failOn = values['fail-on'] as string | undefined;
    if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') throw new UsageError('--fail-on must be error or warning');
    const only = values.check as string[] | undefined;
    for (const id of only ?? []) {
      if (!AUDIT_CHECKS.some((c) => c.id === id)) throw new UsageError(`unknown check "${id}"; checks: ${AUDIT_CHECKS.map((c) => c.id).join(', ')}`);
    }
    const staleDays = values['stale-days'] === undefined ? undefined : Number(values['stale-days']);
    if (staleDays !== undefined && !(Number.isInteger(staleDays) && staleDays >= 0)) throw new UsageError('--stale-days must be a whole number of days');
    const store = await openStore(databasePath(values.db as string | undefined));
    try {
      const context = await loadAuditContext(store, { staleAfterDays: staleDays });
      let findings = runAudits(context, only);
      let problems: string[] = [];
      if (positionals.length > 0) {
        const input = await auditInputFiles(store, positionals);
        problems = input.problems.map(formatProblem);
        if (format === 'text') for (const p of problems) io.out(p);
        if (input.problems.length > 0 && input.findings.length === 0) {
          io.err(`${input.problems.length} problem(s) reading the files; nothing was audited`);
          return 1;
        }
        findings = input.findings.filter((f) => !only || only.includes(f.check));
      }
      if (format === 'json') {
        io.out(JSON.stringify({ auditedAt: context.today, summary: summarizeFindings(findings), findings, ...(problems.length > 0 ? { problems } : {}) }, null, 2));
      } else io.out(formatFindingsText(findings));
      return failOn && failsAt(findings, failOn as Severity) ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
