import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname, relative, sep } from 'node:path';
import type { SourceDocument } from '../domain/document.ts';
import type { Problem } from '../domain/problem.ts';
import { walkInputs } from './walk-files.ts';
import { documentFormatOf, READER_VERSION, readDocument } from './document-reader.ts';
import { MAX_DOCUMENT_BYTES } from './documents/decode.ts';

export interface LoadedDocument {
  /** The path as shown to users. */
  file: string;
  /** The path as found. */
  path: string;
  document: SourceDocument;
  /** What the reader inferred (title, languages, id). */
  notes: string[];
  /** Fingerprint input: the file's bytes and its sidecar's text. */
  fingerprint: string;
}

const TEXT_DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.pdf']);
const SIDE_EXTENSIONS = ['.yaml', '.yml'];

/** The sidecar of a document: `report.pdf.yaml`, else `report.yaml`. */
export function sidecarPath(path: string): string | undefined {
  const base = path.slice(0, path.length - extname(path).length);
  for (const candidate of [...SIDE_EXTENSIONS.map((e) => path + e), ...SIDE_EXTENSIONS.map((e) => base + e)])
    if (existsSync(candidate)) return candidate;
  return undefined;
}

/**
 * True when a file holds a source document rather than a policy record: it sits under a
 * `documents/` folder, is .txt/.html/.pdf, or is Markdown whose front matter says `kind: document`.
 */
export async function isDocumentFile(path: string): Promise<boolean> {
  const ext = extname(path).toLowerCase();
  if (TEXT_DOCUMENT_EXTENSIONS.has(ext)) return true;
  if (!documentFormatOf(path)) return false;
  if (path.split(/[\\/]/).includes('documents')) return true;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, 4096, 0);
      const head = buffer.subarray(0, bytesRead).toString('utf8');
      return /^\uFEFF?---\r?\n(?:[^\n]*\n)*?kind:\s*['"]?document['"]?\s*$/m.test(
        head.split(/\n---\s*\n/)[0] + '\n',
      );
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Every file under the inputs (recursively, sorted), except sidecars and hidden files. */
export function listInputFiles(inputs: readonly string[]): Promise<{ files: string[]; problems: Problem[] }> {
  return walkInputs(
    inputs,
    (path) => !!documentFormatOf(path) && !SIDE_EXTENSIONS.includes(extname(path).toLowerCase()),
  );
}

/**
 * Reads document files, refusing any over the size limit before reading it, and reports every
 * problem at once (plus ids used twice). Nothing is written.
 */
export async function readDocumentFiles(
  paths: readonly string[],
  options: { skip?: (path: string, fingerprint: string) => boolean } = {},
): Promise<{ documents: LoadedDocument[]; problems: Problem[]; skipped: number }> {
  let skipped = 0;
  const documents: LoadedDocument[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    const file = relative(process.cwd(), path) || path;
    let bytes: Buffer;
    let sidecar: { file: string; text: string } | undefined;
    try {
      const info = await stat(path);
      if (info.size > MAX_DOCUMENT_BYTES) {
        problems.push({
          file,
          message: `file is ${info.size} bytes; documents are limited to ${MAX_DOCUMENT_BYTES} bytes (${MAX_DOCUMENT_BYTES / 1024 / 1024} MB)`,
        });
        continue;
      }
      bytes = await readFile(path);
      const side = sidecarPath(path);
      if (side) sidecar = { file: relative(process.cwd(), side) || side, text: await readFile(side, 'utf8') };
    } catch (error) {
      problems.push({ file, message: `cannot read file: ${(error as Error).message}` });
      continue;
    }
    // The reader's version is part of the fingerprint: a new reader reads unchanged files again.
    const fingerprint = `reader ${READER_VERSION}\n${createHash('sha256').update(bytes).digest('hex')}${sidecar?.text ?? ''}`;
    // A caller that already holds this exact content (the bundle loader) need not parse it again.
    if (options.skip?.(path, fingerprint)) {
      skipped++;
      continue;
    }
    const result = await readDocument({ file, bytes, sidecar });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const other = seen.get(result.document.meta.id);
    if (other) {
      problems.push({
        file,
        field: 'id',
        message: `duplicate document id "${result.document.meta.id}" (also in ${other})`,
      });
      continue;
    }
    seen.set(result.document.meta.id, file);
    documents.push({
      file,
      path,
      document: result.document,
      notes: result.notes,
      fingerprint,
    });
  }
  return { documents, problems, skipped };
}

export const isUnder = (path: string, folder: string) => path.split(sep).includes(folder);
