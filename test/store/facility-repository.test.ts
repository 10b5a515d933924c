import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { IEA_DATASET } from '../../src/ingest/iea-columns.ts';
import { readIeaWorkbook } from '../../src/ingest/iea-xlsx.ts';
import { importFacilities } from '../../src/store/facility-import.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIeaWorkbook, SAMPLE_ROWS } from '../helpers/iea-workbook.ts';

const ALL = { country: [], region: [], status: [], type: [], sector: [], fate: [], q: '' };
const options = { author: 'tester', reason: 'test', dataset: IEA_DATASET, removeMissing: true };

for (const backend of BACKENDS) {
  const opened: { dispose(): Promise<void> }[] = [];
  after(() => Promise.all(opened.map((s) => s.dispose())));
  const open = async () => {
    const store = await backend.open();
    opened.push(store);
    return store;
  };

  describe(`facility repository (${backend.name})`, { skip: backend.skip }, () => {
    test('filters, text search and facets counted under every other filter', async () => {
      const store = await open();
      await importFacilities(
        store,
        (await readIeaWorkbook(await buildIeaWorkbook(), 'a.xlsx')).facilities,
        options,
      );
      assert.deepEqual(
        (await store.facilities.matching({ ...ALL, country: ['MY'] })).map((f) => f.id),
        ['iea-20'],
      );
      assert.deepEqual(
        (await store.facilities.matching({ ...ALL, q: 'sleipner' })).map((f) => f.id),
        ['iea-10'],
      );
      const facets = await store.facilities.facetCounts({ ...ALL, status: ['planned'] });
      const status = Object.fromEntries(facets.status.map((v) => [v.value, v.count]));
      assert.deepEqual(status, { operational: 1, planned: 1, under_construction: 1, cancelled: 1 });
      const countries = Object.fromEntries(facets.country.map((v) => [v.value, v.count]));
      assert.deepEqual(countries, { JP: 1, MY: 1 });
    });

    test('a re-import is idempotent; a change and a removal are revisions', async () => {
      const store = await open();
      const first = (await readIeaWorkbook(await buildIeaWorkbook(), 'a.xlsx')).facilities;
      await importFacilities(store, first, options);
      const again = await importFacilities(store, first, options);
      assert.equal(again.unchanged, 4);
      const edited = SAMPLE_ROWS.slice(0, 3).map((r) =>
        r.ID === 20 ? { ...r, 'Project Status': 'Under construction' } : r,
      );
      const report = await importFacilities(
        store,
        (await readIeaWorkbook(await buildIeaWorkbook(edited), 'b.xlsx')).facilities,
        options,
      );
      assert.deepEqual(report.changed[0]!.changes, [
        { field: 'status', before: 'planned', after: 'under_construction' },
      ]);
      assert.deepEqual(report.removed, ['iea-40']);
      const history = await store.facilities.history('iea-40');
      assert.deepEqual(
        history.map((r) => r.action),
        ['delete', 'create'],
      );
      assert.equal(await store.facilities.count(), 3);
    });
  });
}
