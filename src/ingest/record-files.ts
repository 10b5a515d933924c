import { readFile, stat } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import type { Policy } from '../domain/policy.ts';
import type { Problem } from '../domain/problem.ts';
import { walkInputs } from './walk-files.ts';
import { MAX_RECORD_BYTES, parseRecordMarkdown } from './record-markdown.ts';
import { decodeText, MAX_DOCUMENT_BYTES } from './documents/decode.ts';

export const RECORD_EXTENSIONS = new Set(['.md', '.markdown']);

export interface LoadedRecord {
  /** The path as shown to users (relative to the working directory). */
  file: string;
  /** The path as found. */
  path: string;
  policy: Policy;
  /** The file's text, kept so callers can fingerprint it. */
  text: string;
}

export interface RecordFilesResult {
  records: LoadedRecord[];
  problems: Problem[];
  files: string[];
}

/** Expands files and folders into the record files they hold, sorted, recursively. */
export function listRecordFiles(
  inputs: readonly string[],
): Promise<{ files: string[]; problems: Problem[] }> {
  return walkInputs(inputs, (path) => RECORD_EXTENSIONS.has(extname(path).toLowerCase()));
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;

/**
 * Reads every record file under the inputs and validates them all, reporting every problem at once:
 * unreadable files, YAML errors, schema errors and ids used by more than one file.
 */
export async function readRecordFiles(
  inputs: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<RecordFilesResult> {
  const { files, problems } = await listRecordFiles(inputs);
  const records: LoadedRecord[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    onProgress?.(i + 1, files.length);
    const shown = relative(process.cwd(), file) || file;
    let text: string;
    try {
      const info = await stat(file);
      if (info.size > MAX_RECORD_BYTES) {
        problems.push({
          file: shown,
          message: `the file is ${megabytes(info.size)}; a policy record file is limited to ${megabytes(MAX_RECORD_BYTES)} (a source document goes under a documents/ folder or says "kind: document" in its front matter, up to ${megabytes(MAX_DOCUMENT_BYTES)})`,
        });
        continue;
      }
      const bytes = await readFile(file);
      // Empty, binary or not UTF-8: say so, rather than that the front matter is missing.
      const decoded = decodeText(bytes, shown, 'a policy record');
      if (!decoded.ok) {
        problems.push(...decoded.problems);
        continue;
      }
      text = bytes.toString('utf8');
    } catch (error) {
      problems.push({ file: shown, message: `cannot read file: ${(error as Error).message}` });
      continue;
    }
    const result = parseRecordMarkdown(text, shown);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const other = seen.get(result.value.id);
    if (other) {
      problems.push({
        file: shown,
        line: 2,
        field: 'id',
        message: `duplicate id "${result.value.id}" (also in ${other})`,
      });
      continue;
    }
    seen.set(result.value.id, shown);
    records.push({ file: shown, path: file, policy: result.value, text });
  }
  return { records, problems, files };
}
