import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { formatProblem } from '../../domain/problem.ts';
import { readCountryPaths, readFacilityPaths, yamlFilesIn } from '../../ingest/facility-files.ts';
import { readInputs } from './import-documents.ts';
import { type Command, progress, UsageError } from '../command.ts';

const isDir = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

type Kind = 'facilities' | 'countries';
const KINDS: Kind[] = ['facilities', 'countries'];

/** `…/facilities/x.yaml` or `…/countries/jp.yaml`: a file named on the command line that is one of these. */
function kindOfFile(path: string): Kind | undefined {
  if (!['.yaml', '.yml'].includes(extname(path))) return undefined;
  return KINDS.find((k) => basename(dirname(path)) === k);
}

/**
 * Splits the inputs: facility and country files (named one by one, as a folder named `facilities` or
 * `countries`, or as such a folder inside a named one: the dataset's `data/`) and everything else
 * (records and documents).
 */
async function splitInputs(inputs: readonly string[]) {
  const bundle: Record<Kind, string[]> = { facilities: [], countries: [] };
  const rest: string[] = [];
  for (const input of inputs) {
    const fileKind = kindOfFile(input);
    if (fileKind && !(await isDir(input))) {
      bundle[fileKind].push(input);
      continue;
    }
    rest.push(input);
    if (!(await isDir(input))) continue;
    for (const kind of KINDS) {
      const dir = basename(input) === kind ? input : join(input, kind);
      if (await isDir(dir)) bundle[kind].push(...(await yamlFilesIn(dir)));
    }
  }
  return { bundle, rest };
}

export const validateCommand: Command = {
  name: 'validate',
  summary:
    'Check record files, source documents and facility and country files without loading them: prints every problem with file, line and field.',
  usage: 'ccus-atlas validate <file|dir>...   (exit 1 when any problem is found)',
  options: {},
  async run({ positionals }, io) {
    if (positionals.length === 0) throw new UsageError('name at least one file or folder');
    const { bundle: paths, rest } = await splitInputs(positionals);
    const { records, documents, problems } =
      rest.length > 0
        ? await readInputs(rest, progress(io, 'validating'))
        : { records: [], documents: [], problems: [] };
    const facilities = await readFacilityPaths(paths.facilities);
    const countries = await readCountryPaths(paths.countries);
    const all = [...problems, ...facilities.problems, ...countries.problems];
    for (const p of all) io.out(formatProblem(p));
    if (all.length > 0) {
      const fileCount = new Set(all.map((p) => p.file)).size;
      io.err(`${all.length} problem${all.length === 1 ? '' : 's'} in ${fileCount} file(s)`);
      return 1;
    }
    const parts = [`${records.length} record(s) valid`, `${documents.length} document(s) valid`];
    if (paths.facilities.length + paths.countries.length > 0)
      parts.push(
        `${facilities.records.length} facility file(s) valid`,
        `${countries.records.length} country file(s) valid`,
      );
    io.err(parts.join(', '));
    return 0;
  },
};
