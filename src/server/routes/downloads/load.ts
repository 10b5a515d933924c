import { type DatasetSnapshot, dataPackageFiles, type ExportFile } from '../../../export/datapackage.ts';
import { loadDatasetSnapshot } from '../../../export/dataset-snapshot.ts';
import type { DatasetInfo } from '../../../export/dataset-info.ts';
import { stampedCache } from '../../../store/change-log.ts';
import type { Store } from '../../../store/store.ts';
import { urls } from '../../urls.ts';

export interface DownloadItem {
  path: string;
  url: string;
  mediatype: string;
  bytes: number;
  /** The same CSV with a byte-order mark, for Excel. */
  excelUrl?: string;
}

/** What /downloads lists: the dataset's version, licence and citation, and every file of the package. */
export interface DownloadsView {
  dataset: DatasetInfo;
  counts: { policies: number; facilities: number; countries: number };
  files: DownloadItem[];
  /** Markdown records are many; they are counted, and listed in datapackage.json. */
  recordCount: number;
}

/** The dataset snapshot, recomputed only after a write. */
export const cachedSnapshot = stampedCache(loadDatasetSnapshot);

export async function loadDownloads(store: Store): Promise<{ view: DownloadsView; snapshot: DatasetSnapshot }> {
  const snapshot = await cachedSnapshot(store);
  const files = packageFiles(snapshot, false);
  const listed = files.filter((f) => !f.path.startsWith('records/'));
  return {
    snapshot,
    view: {
      dataset: snapshot.info,
      counts: { policies: snapshot.policies.length, facilities: snapshot.facilities.length, countries: snapshot.countries.length },
      files: listed.map((f) => ({
        path: f.path,
        url: urls.download(f.path),
        mediatype: f.mediatype,
        bytes: Buffer.byteLength(f.text),
        ...(f.path.endsWith('.csv') ? { excelUrl: urls.download(f.path, { bom: true }) } : {}),
      })),
      recordCount: files.length - listed.length,
    },
  };
}

const built = new WeakMap<DatasetSnapshot, { plain?: ExportFile[]; bom?: ExportFile[] }>();

/** The package's files for a snapshot, built once per snapshot and variant. */
function packageFiles(snapshot: DatasetSnapshot, bom: boolean): ExportFile[] {
  const entry = built.get(snapshot) ?? {};
  built.set(snapshot, entry);
  return bom ? (entry.bom ??= dataPackageFiles(snapshot, { bom: true })) : (entry.plain ??= dataPackageFiles(snapshot));
}

/** One file of the package by its path, or undefined. */
export function downloadFile(snapshot: DatasetSnapshot, path: string, bom: boolean): ExportFile | undefined {
  return packageFiles(snapshot, bom).find((f) => f.path === path);
}
