import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { buildIeaWorkbook, SAMPLE_ROWS } from '../helpers/iea-workbook.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'atlas-fac-cli-'));

async function facilityCount(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return await store.facilities.count();
  } finally {
    await store.close();
  }
}

describe('ccus-atlas import <workbook.xlsx>', () => {
  test('imports, prints the change report, and a re-import reports zero changes', async () => {
    const dir = temp();
    const db = join(dir, 'atlas.db');
    const book = join(dir, 'IEA-CCUS-Projects-Database-2025.xlsx');
    writeFileSync(book, await buildIeaWorkbook());
    const first = await runCli(['import', book, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      /iea-ccus-projects-database \(2025\): 4 added, 0 changed, 0 removed, 0 unchanged/,
    );
    assert.match(first.stdout, /line 5, Country or economy: read "Island" as IS/);
    const second = await runCli(['import', book, '--db', db]);
    assert.match(second.stdout, /0 added, 0 changed, 0 removed, 4 unchanged/);
    writeFileSync(
      book,
      await buildIeaWorkbook(
        SAMPLE_ROWS.map((r) => (r.ID === 10 ? { ...r, 'Estimated capacity by IEA (Mt CO2/yr)': 0.9 } : r)),
      ),
    );
    const third = await runCli(['import', book, '--db', db]);
    assert.match(third.stdout, /~ iea-10\n\s+capacity\.estimatedMt: 1 → 0\.9/);
  });

  test('a renamed column, a truncated file or a CSV named .xlsx exits 1 and writes nothing', async () => {
    const dir = temp();
    const db = join(dir, 'atlas.db');
    const whole = await buildIeaWorkbook();
    const cases: [string, Buffer, RegExp][] = [
      [
        'renamed.xlsx',
        await buildIeaWorkbook(SAMPLE_ROWS, { Region: 'World region' }),
        /column "Region" is missing/,
      ],
      ['cut.xlsx', whole.subarray(0, 2000), /truncated or damaged/],
      ['table.xlsx', Buffer.from('Project name,ID\nSleipner,10\n'), /CSV/],
    ];
    for (const [name, body, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, body);
      const { code, stdout, stderr } = await runCli(['import', file, '--db', db]);
      assert.equal(code, 1, name);
      assert.match(stdout, message);
      assert.match(stderr, /nothing was imported/);
    }
    assert.equal(await facilityCount(db), 0);
  });
});

describe('ccus-atlas export facilities|countries', () => {
  test('writes JSON, CSV and GeoJSON that agree on the count', async () => {
    const dir = temp();
    const db = join(dir, 'atlas.db');
    const book = join(dir, 'book.xlsx');
    writeFileSync(book, await buildIeaWorkbook());
    await runCli(['import', book, '--db', db]);
    const json = JSON.parse((await runCli(['export', 'facilities', '--format', 'json', '--db', db])).stdout);
    const csv = (await runCli(['export', 'facilities', '--format', 'csv', '--db', db])).stdout
      .trim()
      .split('\r\n');
    const out = join(dir, 'facilities.geojson');
    const geo = await runCli(['export', 'facilities', '--format', 'geojson', '--out', out, '--db', db]);
    assert.match(geo.stderr, /wrote 4 facilities/);
    const features = JSON.parse(readFileSync(out, 'utf8')).features;
    assert.equal(json.length, 4);
    assert.equal(csv.length, 5);
    assert.equal(features.length, 4);
    assert.equal(json.find((f: any) => f.id === 'iea-20').derived.capacityMt, 0.75);
    const countries = (await runCli(['export', 'countries', '--format', 'csv', '--db', db])).stdout;
    assert.match(countries, /\r\nNO,Norway,/);
    const bad = await runCli(['export', 'countries', '--format', 'geojson', '--db', db]);
    assert.equal(bad.code, 2);
  });
});
