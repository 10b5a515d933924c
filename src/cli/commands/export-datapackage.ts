import { join } from 'node:path';
import { dataPackageFiles } from '../../export/datapackage.ts';
import { loadDatasetSnapshot } from '../../export/dataset-snapshot.ts';
import { openStore } from '../../store/store.ts';
import { type CommandIO, UsageError } from '../command.ts';
import { databasePath } from '../config.ts';
import { writeFileAtomic } from '../write-file.ts';

/**
 * `ccus-atlas export datapackage --out DIR [--bom]`: writes the Frictionless Data Package (datapackage.json,
 * README.md, CSV/JSON/GeoJSON tables, Markdown records, JSON Schemas) into DIR, each file atomically.
 */
export async function exportDataPackage(values: Record<string, unknown>, io: CommandIO): Promise<number> {
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('say where to write the package: export datapackage --out DIR');
  const store = await openStore(databasePath(values.db as string | undefined));
  try {
    const snapshot = await loadDatasetSnapshot(store);
    const files = dataPackageFiles(snapshot, { bom: Boolean(values.bom) });
    for (const file of files) writeFileAtomic(join(out, file.path), file.text);
    io.err(
      `wrote ${files.length} file(s) to ${out}: ${snapshot.policies.length} policies, ${snapshot.facilities.length} facilities, ${snapshot.countries.length} countries; version ${snapshot.info.version}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
