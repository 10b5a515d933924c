import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { buildPolicy } from '../helpers/factories.ts';
import { memoryStore } from '../helpers/store.ts';

test('text and Markdown from a record are escaped, never executed', async () => {
  const store = await memoryStore();
  await store.policies.save(
    buildPolicy({
      id: 'hostile',
      title: { en: '<script>alert(1)</script> Storage' },
      description: { en: 'Intro <img src=x onerror=alert(2)> and [link](javascript:alert(3))' },
      analysis: { mrv: { score: 10, evidence: { en: '"><svg onload=alert(4)>' } } },
    }),
    { author: 't', reason: 't' },
  );
  const html = await (await createApp(store).request('/en/policies/hostile')).text();
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; Storage/);
  assert.doesNotMatch(html, /<img src=x/);
  assert.doesNotMatch(html, /href="javascript:/);
  assert.doesNotMatch(html, /<svg onload/);
});
