import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ProblemsError } from '../../src/domain/problem.ts';
import { policyToMarkdown } from '../../src/ingest/record-writer.ts';
import { loadBundle } from '../../src/store/bundle.ts';
import { openStore } from '../../src/store/store.ts';
import { buildPolicy } from '../helpers/factories.ts';
import { DATA_DIR } from '../helpers/paths.ts';

describe('bundled dataset', () => {
  test('the first start loads every bundled record; the second loads nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    const dbPath = join(dir, 'atlas.db');
    let store = await openStore(dbPath);
    const first = await loadBundle(store, DATA_DIR);
    assert.ok(first.created.includes('jp-jogmec-advanced-ccs-2024'));
    assert.ok(first.created.includes('jp-ccs-cost-difference-support-2025'));
    await store.close();

    store = await openStore(dbPath);
    const second = await loadBundle(store, DATA_DIR);
    assert.deepEqual([second.created, second.updated, second.unchanged], [[], [], []]);
    assert.equal(second.skippedFiles, first.created.length);
    assert.equal((await store.policies.history('jp-jogmec-advanced-ccs-2024')).length, 1);
    await store.close();
  });

  test('a changed bundled file is loaded again as an update', async () => {
    const data = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    mkdirSync(join(data, 'policies'));
    const file = join(data, 'policies', 'p.md');
    writeFileSync(file, policyToMarkdown(buildPolicy()));
    const store = await openStore(':memory:');
    await loadBundle(store, data);
    writeFileSync(file, policyToMarkdown(buildPolicy({ year: 2030 })));
    const report = await loadBundle(store, data);
    assert.deepEqual(report.updated, ['test-policy']);
    assert.equal((await store.policies.get('test-policy'))?.policy.year, 2030);
  });

  test('a store loaded by an earlier document reader gets the passages the current reader makes', async () => {
    const data = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    mkdirSync(join(data, 'documents'));
    const name = 'jp-meti-ccs-support-interim-2025.md';
    writeFileSync(join(data, 'documents', name), readFileSync(join(DATA_DIR, 'documents', name)));
    const store = await openStore(':memory:');
    const first = await loadBundle(store, data);
    const current = (await store.documents.get('jp-meti-ccs-support-interim-2025'))!.document;
    // As an earlier reader left it: the first passage of 4-5 split in two at the page end, and the
    // fingerprint of that reader (the file's hash alone).
    const split = current.passages.flatMap((p) => {
      if (p.section !== '4-5') return [p];
      if (p.ordinal > 1) return [{ ...p, anchor: `4-5.p${p.ordinal + 1}`, ordinal: p.ordinal + 1 }];
      const at = p.text.indexOf('ンが成立');
      return [{ ...p, text: p.text.slice(0, at) }, { ...p, anchor: '4-5.p2', ordinal: 2, text: p.text.slice(at) }];
    });
    await store.documents.save({ ...current, passages: split }, { author: 'earlier reader', reason: 'test' });
    await store.db.updateTable('bundle_files').set({ sha256: 'from an earlier reader' }).execute();
    const again = await loadBundle(store, data);
    assert.deepEqual(first.documents!.created, ['jp-meti-ccs-support-interim-2025']);
    assert.deepEqual(again.documents!.updated, ['jp-meti-ccs-support-interim-2025']);
    assert.deepEqual((await store.documents.get('jp-meti-ccs-support-interim-2025'))!.document.passages, current.passages);
    assert.deepEqual((await loadBundle(store, data)).documents!.skippedFiles, 1, 'the next start reads nothing');
  });

  test('a bundle with a broken file loads nothing and says which file', async () => {
    const data = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    mkdirSync(join(data, 'policies'));
    writeFileSync(join(data, 'policies', 'a.md'), policyToMarkdown(buildPolicy({ id: 'a' })));
    writeFileSync(join(data, 'policies', 'b.md'), readFileSync(join(data, 'policies', 'a.md'), 'utf8').replace('id: a', 'id: b').replace('score: 70', 'score: 700'));
    const store = await openStore(':memory:');
    await assert.rejects(loadBundle(store, data), (error: unknown) => {
      assert.ok(error instanceof ProblemsError);
      assert.match(error.problems[0]!.file!, /b\.md$/);
      assert.equal(error.problems[0]!.field, 'analysis.statutory.score');
      return true;
    });
    assert.equal(await store.policies.count(), 0);
  });
});
