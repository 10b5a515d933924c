import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProblemsError } from '../../src/domain/problem.ts';
import { loadBundle } from '../../src/store/bundle.ts';
import { badDatasetFolder } from '../helpers/bad-dataset.ts';
import { DATA_DIR } from '../helpers/paths.ts';
import { memoryStore } from '../helpers/store.ts';

describe('bundled facility and country files', () => {
  test('data/facilities and data/countries load once; a restart loads nothing again', async () => {
    const store = await memoryStore();
    const first = await loadBundle(store, DATA_DIR);
    assert.ok(first.facilities!.facilities.created.includes('iea-374'));
    assert.ok(first.facilities!.countries.created.includes('JP'));
    const sleipner = (await store.facilities.get('iea-374'))!.facility;
    assert.equal(sleipner.name.ja, 'スライプナー');
    assert.equal(sleipner.location?.precision, 'state');
    const again = await loadBundle(store, DATA_DIR);
    assert.deepEqual(again.facilities!.facilities.created, []);
    assert.equal(
      again.facilities!.skippedFiles,
      first.facilities!.facilities.created.length + first.facilities!.countries.created.length,
    );
  });

  test('a bad file is reported with its line and field, and nothing is loaded', async () => {
    const dir = badDatasetFolder('code: DE\n');
    const store = await memoryStore();
    await assert.rejects(loadBundle(store, dir), (error: unknown) => {
      const problems = (error as ProblemsError).problems;
      assert.ok(
        problems.some(
          (p) => p.line === 5 && p.field === 'status' && /unknown facility status "dreaming"/.test(p.message),
        ),
      );
      assert.ok(problems.some((p) => /must be de\.yaml/.test(p.message)));
      return true;
    });
    assert.equal(await store.facilities.count(), 0);
  });
});
