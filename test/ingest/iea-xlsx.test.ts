import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { IEA_DATASET } from '../../src/ingest/iea-columns.ts';
import { readIeaWorkbook, splitPartners } from '../../src/ingest/iea-xlsx.ts';
import { importFacilities } from '../../src/store/facility-import.ts';
import { buildIeaWorkbook, SAMPLE_ROWS } from '../helpers/iea-workbook.ts';
import { SHARED, SKIP_SHARED } from '../helpers/paths.ts';
import { memoryStore } from '../helpers/store.ts';

const options = { author: 'test', reason: 'test import', dataset: IEA_DATASET, removeMissing: true };

/** A zip with one stored-as-deflate entry whose content is `size` zero bytes. */
function zipBomb(size: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(size));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1000, 22); // the declared size lies
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('IEA CCUS Projects Database import', () => {
  test('a partner keeps the comma inside its parentheses', () => {
    assert.deepEqual(splitPartners('Chevron (47.3%, operator), Shell (25%),\nOsaka Gas (1.25%)'), [
      'Chevron (47.3%, operator)',
      'Shell (25%)',
      'Osaka Gas (1.25%)',
    ]);
    assert.deepEqual(splitPartners('Equinor, , Eni'), ['Equinor', 'Eni']);
    assert.deepEqual(splitPartners('Unbalanced (a, b'), ['Unbalanced (a, b']);
  });

  test('reads every row: multi-country, ranges, "up to", unknown capacity, misspelt country', async () => {
    const { facilities, problems, coercions } = await readIeaWorkbook(
      await buildIeaWorkbook(),
      'test-2025.xlsx',
    );
    assert.deepEqual(problems, []);
    assert.equal(facilities.length, SAMPLE_ROWS.length);
    const byId = new Map(facilities.map((f) => [f.id, f]));
    assert.deepEqual(byId.get('iea-10')!.dates, { announcementYear: 1990, operationYear: 1996 });
    assert.equal(byId.get('iea-10')!.type, 'full_chain');
    assert.deepEqual(byId.get('iea-20')!.countries, ['JP', 'MY']);
    assert.deepEqual(byId.get('iea-20')!.capacity, {
      announcedLowMt: 0.5,
      announcedHighMt: 1,
      announcedText: '0.5 - 1',
    });
    assert.deepEqual(byId.get('iea-30')!.capacity, { announcedHighMt: 2, announcedText: 'up to 2' });
    assert.deepEqual(byId.get('iea-40')!.capacity, {});
    assert.deepEqual(byId.get('iea-40')!.countries, ['IS']);
    assert.equal(byId.get('iea-40')!.type, 'utilisation');
    assert.ok(coercions.some((c) => c.field === 'Country or economy' && /Island.*IS/.test(c.message)));
  });

  test('a renamed column is an error naming it, and nothing is read', async () => {
    const buf = await buildIeaWorkbook(SAMPLE_ROWS, { 'Project Status': 'Status' });
    const { facilities, problems } = await readIeaWorkbook(buf, 'renamed.xlsx');
    assert.equal(facilities.length, 0);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /column "Project Status" is missing/);
  });

  test('a bad value is reported with its row and column', async () => {
    const rows = [
      ...SAMPLE_ROWS,
      {
        'Project name': 'Odd',
        ID: 99,
        'Country or economy': 'Atlantis',
        'Project type': 'Capture',
        'Project Status': 'Dreaming',
      },
    ];
    const { problems } = await readIeaWorkbook(await buildIeaWorkbook(rows), 'bad.xlsx');
    assert.deepEqual(
      problems.map((p) => [p.line, p.field]),
      [
        [6, 'Country or economy'],
        [6, 'Project Status'],
      ],
    );
  });

  test('a truncated zip, a CSV named .xlsx and a zip bomb are refused with a clear reason', async () => {
    const whole = await buildIeaWorkbook();
    const truncated = await readIeaWorkbook(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.xlsx');
    assert.match(truncated.problems[0]!.message, /truncated or damaged/);
    const csv = await readIeaWorkbook(
      Buffer.from('Project name,ID,Country\nSleipner,10,Norway\n'),
      'table.xlsx',
    );
    assert.match(csv.problems[0]!.message, /CSV/);
    const bomb = await readIeaWorkbook(zipBomb(8 * 1024 * 1024), 'bomb.xlsx', {
      maxFileBytes: 1e6,
      maxUncompressedBytes: 1024 * 1024,
      maxEntries: 10,
    });
    assert.match(bomb.problems[0]!.message, /zip bomb/);
  });

  test('re-importing is idempotent; a changed row is reported field by field; a vanished row is removed', async () => {
    const store = await memoryStore();
    const first = await readIeaWorkbook(await buildIeaWorkbook(), 'a.xlsx');
    const added = await importFacilities(store, first.facilities, options);
    assert.equal(added.added.length, 4);
    const again = await importFacilities(store, first.facilities, options);
    assert.deepEqual(
      [again.added.length, again.changed.length, again.removed.length, again.unchanged],
      [0, 0, 0, 4],
    );

    const edited = SAMPLE_ROWS.slice(0, 3).map((r) =>
      r.ID === 30 ? { ...r, 'Project Status': 'Operational' } : r,
    );
    const second = await readIeaWorkbook(await buildIeaWorkbook(edited), 'b.xlsx');
    const report = await importFacilities(store, second.facilities, options);
    assert.deepEqual(report.changed, [
      { id: 'iea-30', changes: [{ field: 'status', before: 'under_construction', after: 'operational' }] },
    ]);
    assert.deepEqual(report.removed, ['iea-40']);
    const history = await store.db
      .selectFrom('revisions')
      .selectAll()
      .where('entity_type', '=', 'facility-import')
      .execute();
    assert.equal(history.length, 3);
    assert.equal(JSON.parse(history[2]!.after!).changed[0].id, 'iea-30');
  });

  test(
    'the shared IEA workbook loads all 1,017 projects and re-imports with zero changes',
    { skip: SKIP_SHARED },
    async () => {
      const file = `${SHARED}fixtures/iea/IEA-CCUS-Projects-Database-2025.xlsx`;
      const result = await readIeaWorkbook(readFileSync(file), file);
      assert.deepEqual(result.problems, []);
      assert.equal(result.facilities.length, 1017);
      assert.equal(new Set(result.facilities.map((f) => f.id)).size, 1017);
      const store = await memoryStore();
      assert.equal((await importFacilities(store, result.facilities, options)).added.length, 1017);
      const again = await importFacilities(store, result.facilities, options);
      assert.deepEqual([again.added.length, again.changed.length, again.removed.length], [0, 0, 0]);
      assert.equal(await store.facilities.count(), 1017);
    },
  );
});
