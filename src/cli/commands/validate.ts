import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatProblem, type Problem } from '../../domain/problem.ts';
import { readCountryFiles, readFacilityFiles } from '../../ingest/facility-files.ts';
import { readInputs } from './import-documents.ts';
import { type Command, progress, UsageError } from '../command.ts';

const isDir = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/**
 * The facility and country folders among the inputs: a folder named `facilities` or `countries`, or
 * such a folder inside a named one (the bundled dataset's layout, `data/facilities`).
 */
async function bundleFolders(inputs: readonly string[]) {
  const found = { facilities: [] as string[], countries: [] as string[] };
  for (const input of inputs) {
    if (!(await isDir(input))) continue;
    for (const kind of ['facilities', 'countries'] as const) {
      if (basename(input) === kind) found[kind].push(input);
      else if (await isDir(join(input, kind))) found[kind].push(join(input, kind));
    }
  }
  return found;
}

async function readBundleFolders(inputs: readonly string[]) {
  const folders = await bundleFolders(inputs);
  const problems: Problem[] = [];
  let facilities = 0;
  let countries = 0;
  for (const dir of folders.facilities) {
    const read = await readFacilityFiles(dir);
    facilities += read.records.length;
    problems.push(...read.problems);
  }
  for (const dir of folders.countries) {
    const read = await readCountryFiles(dir);
    countries += read.records.length;
    problems.push(...read.problems);
  }
  return { facilities, countries, problems };
}

export const validateCommand: Command = {
  name: 'validate',
  summary:
    'Check record files, source documents and facility and country files without loading them: prints every problem with file, line and field.',
  usage: 'ccus-atlas validate <file|dir>...   (exit 1 when any problem is found)',
  options: {},
  async run({ positionals }, io) {
    if (positionals.length === 0) throw new UsageError('name at least one file or folder');
    const { records, documents, problems } = await readInputs(positionals, progress(io, 'validating'));
    const bundle = await readBundleFolders(positionals);
    const all = [...problems, ...bundle.problems];
    for (const p of all) io.out(formatProblem(p));
    if (all.length > 0) {
      const fileCount = new Set(all.map((p) => p.file)).size;
      io.err(`${all.length} problem${all.length === 1 ? '' : 's'} in ${fileCount} file(s)`);
      return 1;
    }
    const parts = [`${records.length} record(s) valid`, `${documents.length} document(s) valid`];
    if (bundle.facilities || bundle.countries)
      parts.push(`${bundle.facilities} facility file(s) valid`, `${bundle.countries} country file(s) valid`);
    io.err(parts.join(', '));
    return 0;
  },
};
