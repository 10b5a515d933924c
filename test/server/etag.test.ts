import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledApp } from '../helpers/app.ts';
import { SEED_BUNDLE_DIR } from '../helpers/paths.ts';

test('record twins carry a validator; an unchanged record answers 304, a changed one 200 with a new ETag', async () => {
  const { get, store } = await bundledApp(SEED_BUNDLE_DIR);
  const path = '/policies/jp-jogmec-advanced-ccs-2024.json';
  const first = await get(path);
  const etag = first.headers.get('etag')!;
  assert.match(etag, /^W\/"policy-jp-jogmec-advanced-ccs-2024-v1-json"$/);
  assert.equal((await get(path, { 'if-none-match': etag })).status, 304);
  assert.equal(
    (await get('/api/policies/jp-jogmec-advanced-ccs-2024', { 'if-none-match': etag })).status,
    200,
    'each face has its own validator',
  );
  const stored = (await store.policies.get('jp-jogmec-advanced-ccs-2024'))!;
  await store.policies.save({ ...stored.policy, year: 2025 }, { author: 't', reason: 't' });
  const changed = await get(path, { 'if-none-match': etag });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.get('etag'), etag);
  assert.equal(((await changed.json()) as { year: number }).year, 2025);
});
