import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../domain/problem.ts';

/**
 * Expands files and folders into the files they hold, recursively and sorted. Files named
 * explicitly are always taken; files found in folders only when `accept` says so. Hidden files and a
 * folder's README (its documentation) are skipped; a missing path is a problem.
 */
export async function walkInputs(
  inputs: readonly string[],
  accept: (path: string) => boolean,
): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      problems.push({ file: path, message: 'no such file or folder' });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path))
        .filter((e) => !e.startsWith('.') && !/^readme\.(md|txt)$/i.test(e))
        .sort();
      for (const entry of entries) await visit(join(path, entry), false);
    } else if (explicit || accept(path)) {
      files.push(path);
    }
  };
  for (const input of inputs) await visit(input, true);
  return { files, problems };
}
