import { isDeepStrictEqual } from 'node:util';
import type { Problem } from '../../domain/problem.ts';
import {
  isDocumentFile,
  listInputFiles,
  type LoadedDocument,
  readDocumentFiles,
} from '../../ingest/document-files.ts';
import { type LoadedRecord, readRecordFiles } from '../../ingest/record-files.ts';
import type { WriteMeta } from '../../store/revisions.ts';
import type { Store } from '../../store/store.ts';

export interface SplitInputs {
  records: LoadedRecord[];
  documents: LoadedDocument[];
  problems: Problem[];
  files: string[];
}

/**
 * Reads the inputs of `import` and `validate`, sending each file to its reader by kind: source
 * documents (under a `documents/` folder, .txt/.html/.pdf, or Markdown with `kind: document`)
 * to the document reader, everything else to the policy record reader. Every problem of both comes back at once.
 */
export async function readInputs(
  inputs: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<SplitInputs> {
  const { files, problems } = await listInputFiles(inputs);
  const recordFiles: string[] = [];
  const documentFiles: string[] = [];
  for (const file of files) ((await isDocumentFile(file)) ? documentFiles : recordFiles).push(file);
  const records =
    recordFiles.length > 0 ? await readRecordFiles(recordFiles, onProgress) : { records: [], problems: [] };
  const documents = await readDocumentFiles(documentFiles);
  return {
    records: records.records,
    documents: documents.documents,
    problems: [...problems, ...records.problems, ...documents.problems],
    files,
  };
}

/** Saves documents (or, on a dry run, says what saving would do); call inside the import's transaction. */
export async function importDocuments(
  store: Store,
  documents: readonly LoadedDocument[],
  meta: WriteMeta,
  dryRun: boolean,
) {
  const report = { created: [] as string[], updated: [] as string[], unchanged: [] as string[] };
  for (const { document } of documents) {
    if (dryRun) {
      const existing = await store.documents.get(document.meta.id);
      report[
        !existing ? 'created' : isDeepStrictEqual(existing.document, document) ? 'unchanged' : 'updated'
      ].push(document.meta.id);
    } else {
      report[(await store.documents.save(document, meta)).outcome].push(document.meta.id);
    }
  }
  return report;
}
