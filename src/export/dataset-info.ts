import { createHash } from 'node:crypto';

/** The dataset's licence, as data/README.md states it. */
export const DATASET_LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Records whose author is not the CCUS Atlas team and which the licence statement does not cover. */
export const LICENCE_EXCEPTIONS: readonly string[] = ['jp-jogmec-advanced-ccs-2024'];

export const DATASET_NAME = 'ccus-atlas';
export const DATASET_TITLE = 'CCUS Atlas policy dataset';
export const DATASET_AUTHOR = 'CCUS Atlas team';

/** What every export carries: licence, citation text and dataset version. */
export interface DatasetInfo {
  name: string;
  title: string;
  version: string;
  /** When the newest record changed (ISO timestamp): the dataset as of then. */
  updatedAt: string;
  licence: typeof DATASET_LICENCE;
  licenceExceptions: readonly string[];
  citation: string;
}

/** The citation text of a dataset version (the wording of data/README.md's "How to cite"). */
export const datasetCitation = (version: string) =>
  `${DATASET_AUTHOR}. ${DATASET_TITLE}. Version ${version}. Licensed under CC BY 4.0 (${DATASET_LICENCE.path}).`;

/**
 * The dataset version: the date of the newest change and the first 8 hex digits of a hash of the
 * content, so the same data always has the same version and any change gives a new one.
 *
 * ### Example
 * Records last changed on 2026-11-27 whose content hashes to `3f2a9c1b…` → `2026.11.27-3f2a9c1b`.
 */
export function datasetVersion(updatedAt: string, content: string): string {
  const day = (updatedAt || '1970-01-01').slice(0, 10).replaceAll('-', '.');
  return `${day}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}`;
}

export function datasetInfo(updatedAt: string, content: string): DatasetInfo {
  const version = datasetVersion(updatedAt, content);
  return {
    name: DATASET_NAME,
    title: DATASET_TITLE,
    version,
    updatedAt,
    licence: DATASET_LICENCE,
    licenceExceptions: LICENCE_EXCEPTIONS,
    citation: datasetCitation(version),
  };
}

/** Excel opens UTF-8 CSV correctly only with a byte-order mark; other tools read it without. */
export const withBom = (csv: string) => `\uFEFF${csv}`;
