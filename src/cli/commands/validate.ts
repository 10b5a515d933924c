import { formatProblem } from '../../domain/problem.ts';
import { readInputs } from './import-documents.ts';
import { type Command, progress, UsageError } from '../command.ts';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check record files and source documents without loading them: prints every problem with file, line and field.',
  usage: 'ccus-atlas validate <file|dir>...   (exit 1 when any problem is found)',
  options: {},
  async run({ positionals }, io) {
    if (positionals.length === 0) throw new UsageError('name at least one file or folder');
    const { records, documents, problems, files } = await readInputs(positionals, progress(io, 'validating'));
    for (const p of problems) io.out(formatProblem(p));
    if (problems.length > 0) {
      io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.length} file(s)`);
      return 1;
    }
    io.err(`${records.length} record(s) valid, ${documents.length} document(s) valid`);
    return 0;
  },
};
