import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import { simulationToCsv } from '../../export/simulation-csv.ts';
import { formatIssues, MAX_PATHS, SCHEMES, scenarioSchema, simulateScenario, type SchemeId } from '../../schemes/index.ts';
import { presentSimulation, type PresentedSimulation } from '../../server/presenters/simulation.ts';
import { type Command, UsageError } from '../command.ts';
import { dbOption } from '../config.ts';
import { writeFileAtomic } from '../write-file.ts';

const FORMATS = ['table', 'json', 'csv'] as const;
/** Largest scenario file read (a scenario is a few kilobytes; this only guards against the wrong file). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The line of the deepest node of `path` present in the YAML document, for error messages. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

const millions = (amount: number) => (amount / 1e6).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A plain-text table of the comparison: one row per scheme, money in millions of the project currency. */
export function simulationTable(sim: PresentedSimulation): string {
  const ccy = sim.currency;
  const header = ['Scheme', `Net outlay (M ${ccy})`, `Gov NPV (M ${ccy})`, `Operator NPV (M ${ccy})`, `Support/t (${ccy})`, 'Crossover'];
  if (sim.monteCarlo) header.push(`Outlay P5 / P95 (M ${ccy})`, 'P(clawback)');
  const rows = sim.schemes.map((s) => {
    const f = s.figures;
    const row = [
      `${s.id}${s.applicable ? '' : ' (n/a)'}`, millions(f.totalOutlayCcy), millions(f.npvGovCcy), millions(f.npvOperatorCcy),
      f.supportPerTCcy.toLocaleString('en', { maximumFractionDigits: 2 }), f.crossoverYear === null ? 'never' : String(f.crossoverYear),
    ];
    if (s.monteCarlo) {
      row.push(`${millions(s.monteCarlo.totalOutlayCcy.p5)} / ${millions(s.monteCarlo.totalOutlayCcy.p95)}`, `${(s.monteCarlo.probabilityAnyClawback * 100).toFixed(1)}%`);
    }
    return row;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const years = sim.project.years;
  const title = [
    `${sim.scenario.project.name}: ${years[0]!.year}–${years.at(-1)!.year}, amounts in ${ccy}`,
    sim.monteCarlo ? `Monte Carlo: ${sim.monteCarlo.paths.toLocaleString('en')} paths, seed ${sim.monteCarlo.seed} (bands P5–P95)` : 'Monte Carlo: off (deterministic centre only)',
  ];
  const notes = sim.schemes.filter((s) => !s.applicable).map((s) => `${s.id}: ${s.note}`);
  return [
    ...title, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...(notes.length ? ['', ...notes] : []),
    ...jpEngineLines(sim),
  ].join('\n');
}

/** A summary of the full Japanese engine's run, when the scenario carries a `jp` contract scenario. */
function jpEngineLines(sim: PresentedSimulation): string[] {
  const jp = sim.jp;
  const s = sim.scenario.jp;
  if (!jp || !s) return [];
  const lines = ['', `Japanese scheme in full (jp section), FY${s.fyFirst}–FY${s.fyLast}, amounts in M JPY:`];
  for (const r of jp.rounds) {
    const rejected = r.bids.filter((b) => !b.accepted).map((b) => b.projectId);
    lines.push(
      `  round FY${r.fy}: accepted ${r.acceptedIds.join(', ') || 'none'} (${r.capacityUsedT.toLocaleString('en')} of ${r.capacityTpa.toLocaleString('en')} t/yr)` +
        (rejected.length ? `; not accepted ${rejected.join(', ')}` : ''),
    );
  }
  for (const p of jp.projects) {
    const years = p.years.filter((y) => y.govOutlayJpy !== 0).map((y) => `FY${y.fy} ${millions(y.govOutlayJpy)}`);
    lines.push(`  ${p.id}: net outlay ${millions(p.totalOutlayJpy)} within a cap of ${millions(p.capJpy)}; ${years.join(', ')}`);
  }
  lines.push(`  government NPV ${millions(jp.npvGovJpy)}`);
  return lines;
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Run a support-scheme scenario (YAML or JSON) through the selected schemes with carbon-price Monte Carlo.',
  usage:
    'ccus-atlas simulate <scenario.yaml|json> [--schemes jp,uk-icc,...] [--paths N] [--seed S] [--format table|json|csv] [--out FILE]\n' +
    `       schemes: ${Object.keys(SCHEMES).join(', ')}; paths 0–${MAX_PATHS.toLocaleString('en')} (0: centre only)`,
  options: {
    ...dbOption,
    schemes: { type: 'string' },
    paths: { type: 'string' },
    seed: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('name a scenario file (YAML or JSON)');
    if (extra.length > 0) throw new UsageError(`one scenario file at a time (got ${positionals.length})`);
    const format = String(values.format ?? 'table');
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const int = (name: 'paths' | 'seed') => {
      const text = values[name] as string | undefined;
      if (text === undefined) return undefined;
      const n = Number(text);
      if (!Number.isInteger(n)) throw new UsageError(`--${name} must be a whole number (got "${text}")`);
      return n;
    };
    const paths = int('paths');
    const seed = int('seed');

    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      io.err(`${file}: no such file`);
      return 1;
    }
    if (size > MAX_FILE_BYTES) {
      io.err(`${file}: ${size.toLocaleString('en')} bytes is too large for a scenario (limit ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
      return 1;
    }
    const text = readFileSync(file, 'utf8');
    const counter = new LineCounter();
    // JSON is YAML, so one parser reads both and gives line numbers for either.
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) io.err(`${file}:${e.linePos?.[0]?.line ?? 1}: ${extname(file) === '.json' ? 'JSON' : 'YAML'} syntax: ${e.message.split('\n')[0]}`);
      return 1;
    }
    const raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      io.err(`${file}:1: (root): must be a mapping of scenario keys`);
      return 1;
    }
    const input: Record<string, unknown> = { ...raw };
    if (values.schemes !== undefined) input.schemes = String(values.schemes).split(',').map((s) => s.trim()).filter(Boolean) as SchemeId[];
    if (paths !== undefined || seed !== undefined) {
      input.monteCarlo = { ...(input.monteCarlo as object | undefined), ...(paths !== undefined ? { paths } : {}), ...(seed !== undefined ? { seed } : {}) };
    }
    const parsed = scenarioSchema.safeParse(input);
    if (!parsed.success) {
      const lines = formatIssues(parsed.error);
      parsed.error.issues.forEach((issue, i) => {
        const fromFlag = (issue.path[0] === 'schemes' && values.schemes !== undefined) || (issue.path[0] === 'monteCarlo' && (paths ?? seed) !== undefined);
        const line = fromFlag ? undefined : lineOf(doc, counter, issue.path);
        io.err(`${fromFlag ? 'command line' : `${file}${line ? `:${line}` : ''}`}: ${lines[i]}`);
      });
      io.err(`${parsed.error.issues.length} problem${parsed.error.issues.length === 1 ? '' : 's'} in the scenario`);
      return 1;
    }
    const sim = presentSimulation(simulateScenario(parsed.data));
    const output = format === 'json' ? `${JSON.stringify(sim, null, 2)}\n` : format === 'csv' ? simulationToCsv(sim) : `${simulationTable(sim)}\n`;
    const out = values.out as string | undefined;
    if (out) {
      writeFileAtomic(out, output);
      io.err(`wrote ${format} results for ${sim.schemes.length} scheme(s) to ${out}`);
    } else io.out(output.trimEnd());
    return 0;
  },
};
