import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A dataset folder with a facility file whose line 5 has an unknown status ("dreaming") and a
 * country file `fr.yaml` holding `countryYaml`.
 */
export function badDatasetFolder(countryYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-dataset-'));
  mkdirSync(join(dir, 'facilities'));
  mkdirSync(join(dir, 'countries'));
  writeFileSync(
    join(dir, 'facilities', 'x-1.yaml'),
    'id: x-1\nname: { en: X }\ncountries: [NO]\ntype: storage\nstatus: dreaming\n',
  );
  writeFileSync(join(dir, 'countries', 'fr.yaml'), countryYaml);
  return dir;
}
