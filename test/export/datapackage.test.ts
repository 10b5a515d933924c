import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { dataPackageFiles, type DatasetSnapshot } from '../../src/export/datapackage.ts';
import { loadDatasetSnapshot } from '../../src/export/dataset-snapshot.ts';
import { runCli } from '../helpers/cli.ts';
import { DATA_DIR } from '../helpers/paths.ts';
import { memoryStore } from '../helpers/store.ts';

/** The Frictionless project's own JavaScript library: profile validation and typed reading of tables. */
interface FrictionlessResource {
  name: string;
  tabular: boolean;
  read(options: { keyed: boolean; cast: boolean }): Promise<Record<string, unknown>[]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  descriptor: Record<string, unknown>;
  resources: FrictionlessResource[];
}
const { Package } = createRequire(import.meta.url)('datapackage') as { Package: { load(path: string): Promise<FrictionlessPackage> } };

let snapshot: DatasetSnapshot;
let dir: string;

before(async () => {
  const store = await memoryStore({ bundle: true });
  snapshot = await loadDatasetSnapshot(store);
  await store.close();
  dir = mkdtempSync(join(tmpdir(), 'atlas-dp-'));
});

describe('the Data Package export', () => {
  test('ccus-atlas export datapackage writes a package the Frictionless validator accepts, every table row matching its schema', async () => {
    const db = join(dir, 'atlas.db');
    const imported = await runCli(['import', join(DATA_DIR, 'policies'), '--db', db]);
    assert.equal(imported.code, 0, imported.stderr);
    const out = join(dir, 'package');
    const { code, stderr } = await runCli(['export', 'datapackage', '--out', out, '--db', db]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /wrote \d+ file\(s\)/);
    const pkg = await Package.load(join(out, 'datapackage.json'));
    assert.deepEqual(pkg.errors.map((e) => e.message), []);
    assert.ok(pkg.valid);
    const policies = await pkg.resources.find((r) => r.name === 'policies')!.read({ keyed: true, cast: true });
    assert.ok(policies.length >= 40, `${policies.length} policy rows`);
    assert.ok(policies.every((row) => typeof row.score_statutory === 'number' || row.score_statutory === null));
    for (const resource of pkg.resources.filter((r) => r.tabular)) {
      await resource.read({ keyed: true, cast: true });
    }
  });

  test('carries licence, citation and dataset version in the descriptor, the README and every JSON file', () => {
    const files = dataPackageFiles(snapshot);
    const descriptor = JSON.parse(files.find((f) => f.path === 'datapackage.json')!.text);
    assert.equal(descriptor.licenses[0].name, 'CC-BY-4.0');
    assert.match(descriptor.version, /^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}$/);
    assert.match(descriptor.citation, new RegExp(`CCUS Atlas team\\. CCUS Atlas policy dataset\\. Version ${descriptor.version.replaceAll('.', '\\.')}`));
    const readme = files.find((f) => f.path === 'README.md')!.text;
    assert.ok(readme.includes(descriptor.citation) && readme.includes('CC-BY-4.0'));
    for (const file of files.filter((f) => /\.(json|geojson)$/.test(f.path) && f.path.startsWith('data/'))) {
      const body = JSON.parse(file.text);
      assert.equal(body.dataset.version, descriptor.version, file.path);
      assert.equal(body.dataset.licence.name, 'CC-BY-4.0', file.path);
      assert.equal(body.dataset.citation, descriptor.citation, file.path);
    }
  });

  test('the same data gives the same version; a changed record gives another', () => {
    const again = dataPackageFiles(snapshot);
    assert.equal(JSON.parse(again[0]!.text).version, snapshot.info.version);
    assert.equal(dataPackageFiles(snapshot)[0]!.text, again[0]!.text);
  });

  test('CSV is RFC 4180 (CRLF, quoted fields) in UTF-8; --bom starts each CSV with a byte-order mark for Excel', () => {
    const plain = dataPackageFiles(snapshot).find((f) => f.path === 'data/policies.csv')!.text;
    assert.ok(!plain.startsWith('\uFEFF'));
    assert.ok(plain.split('\r\n').length > 10);
    assert.ok(!/[^\r]\n/.test(plain.replace(/"[^"]*"/g, '')), 'line ends outside quotes are CRLF');
    assert.ok(plain.includes('二氧化碳') || plain.includes('二酸化炭素'), 'CJK text is written as UTF-8');
    const files = dataPackageFiles(snapshot, { bom: true });
    assert.ok(files.filter((f) => f.path.endsWith('.csv')).every((f) => f.text.startsWith('\uFEFF')));
    const descriptor = JSON.parse(files[0]!.text);
    assert.equal(descriptor.resources.find((r: { name: string }) => r.name === 'policies').encoding, 'utf-8-sig');
  });

  test('Markdown records in the package import back to the same records', async () => {
    const files = dataPackageFiles(snapshot).filter((f) => f.path.startsWith('records/'));
    assert.equal(files.length, snapshot.policies.length);
    const { parseRecordMarkdown } = await import('../../src/ingest/record-markdown.ts');
    for (const file of files.slice(0, 5)) {
      const parsed = parseRecordMarkdown(file.text, file.path);
      assert.ok(parsed.ok, file.path);
      if (parsed.ok) assert.deepEqual(parsed.value, snapshot.policies.find((p) => `records/${p.id}.md` === file.path));
    }
  });

  test('GeoJSON holds one feature per facility', () => {
    const geo = JSON.parse(dataPackageFiles(snapshot).find((f) => f.path === 'data/facilities.geojson')!.text);
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(geo.features.length, snapshot.facilities.length);
  });

  test('the package README on disk matches the one served', () => {
    const readme = readFileSync(join(dir, 'package', 'README.md'), 'utf8');
    assert.match(readme, /## How to cite/);
  });
});
