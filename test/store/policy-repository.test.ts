import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { defaultPolicyQuery } from '../../src/domain/policy-query.ts';
import { importPolicies } from '../../src/store/import-policies.ts';
import { VersionConflictError } from '../../src/store/policy-repository.ts';
import { buildPolicy } from '../helpers/factories.ts';
import { BACKENDS } from '../helpers/backends.ts';

const meta = { author: 'tester', reason: 'test' };
const query = (over: Partial<ReturnType<typeof defaultPolicyQuery>> = {}) => ({
  ...defaultPolicyQuery(),
  ...over,
});

for (const backend of BACKENDS) {
  const opened: { dispose(): Promise<void> }[] = [];
  const memoryStore = async () => {
    const store = await backend.open();
    opened.push(store);
    return store;
  };
  after(() => Promise.all(opened.map((s) => s.dispose())));

  describe(`policy repository (${backend.name})`, { skip: backend.skip }, () => {
    test('saving creates the record and a revision with who, why and the content', async () => {
      const store = await memoryStore();
      const policy = buildPolicy();
      assert.deepEqual(await store.policies.save(policy, { ...meta, at: '2026-01-01T00:00:00.000Z' }), {
        outcome: 'created',
        version: 1,
      });
      assert.deepEqual((await store.policies.get(policy.id))?.policy, policy);
      const [revision] = await store.policies.history(policy.id);
      assert.equal(revision!.action, 'create');
      assert.equal(revision!.author, 'tester');
      assert.equal(revision!.reason, 'test');
      assert.equal(revision!.createdAt, '2026-01-01T00:00:00.000Z');
      assert.equal(revision!.before, null);
      assert.deepEqual(revision!.after, policy);
    });

    test('saving an identical record changes nothing and adds no revision', async () => {
      const store = await memoryStore();
      await store.policies.save(buildPolicy(), meta);
      assert.equal((await store.policies.save(buildPolicy(), meta)).outcome, 'unchanged');
      assert.equal((await store.policies.history('test-policy')).length, 1);
    });

    test('an update keeps the previous content in its revision', async () => {
      const store = await memoryStore();
      await store.policies.save(buildPolicy(), meta);
      const changed = buildPolicy({ status: 'Repealed' });
      assert.deepEqual(await store.policies.save(changed, meta), { outcome: 'updated', version: 2 });
      const [latest] = await store.policies.history('test-policy');
      assert.equal(latest!.before?.status, 'Active');
      assert.equal(latest!.after?.status, 'Repealed');
    });

    test('a write based on a stale version is refused, not silently applied', async () => {
      const store = await memoryStore();
      await store.policies.save(buildPolicy(), meta);
      await store.policies.save(buildPolicy({ year: 2021 }), meta, 1);
      await assert.rejects(store.policies.save(buildPolicy({ year: 2022 }), meta, 1), VersionConflictError);
      assert.equal((await store.policies.get('test-policy'))?.policy.year, 2021);
    });

    test('deleting is a revision too, and a re-created record continues the version count', async () => {
      const store = await memoryStore();
      await store.policies.save(buildPolicy(), meta);
      assert.equal(await store.policies.delete('test-policy', meta), true);
      assert.equal(await store.policies.get('test-policy'), undefined);
      assert.equal((await store.policies.save(buildPolicy(), meta)).version, 3);
      assert.deepEqual(
        (await store.policies.history('test-policy')).map((r) => r.action),
        ['create', 'delete', 'create'],
      );
    });

    test('revisions cannot be edited or removed', async () => {
      const store = await memoryStore();
      await store.policies.save(buildPolicy(), meta);
      await assert.rejects(
        sql`update revisions set author = 'someone else'`.execute(store.db),
        /append-only/,
      );
      await assert.rejects(sql`delete from revisions`.execute(store.db), /append-only/);
    });

    test('lists filter, count facets under the other filters, sort and page', async () => {
      const store = await memoryStore();
      await store.policies.save(
        buildPolicy({ id: 'no-a', country: 'NO', year: 2014, title: { en: 'Alpha storage' } }),
        meta,
      );
      await store.policies.save(
        buildPolicy({ id: 'no-b', country: 'NO', year: 2019, status: 'Repealed', title: { en: 'Bravo' } }),
        meta,
      );
      await store.policies.save(
        buildPolicy({
          id: 'jp-c',
          country: 'JP',
          year: 2024,
          category: 'Incentive',
          title: { en: 'Charlie' },
        }),
        meta,
      );

      const norway = await store.policies.list(query({ country: ['NO'] }));
      assert.deepEqual(
        norway.items.map((i) => i.policy.id),
        ['no-a', 'no-b'],
      );
      assert.equal(norway.total, 2);
      assert.deepEqual(
        norway.facetCounts.country.sort((a, b) => a.value.localeCompare(b.value)),
        [
          { value: 'JP', count: 1 },
          { value: 'NO', count: 2 },
        ],
        'the country facet ignores its own filter so other countries stay selectable',
      );
      assert.deepEqual(
        norway.facetCounts.status.sort((a, b) => a.value.localeCompare(b.value)),
        [
          { value: 'Active', count: 1 },
          { value: 'Repealed', count: 1 },
        ],
      );

      assert.deepEqual(
        (await store.policies.list(query({ sort: '-year' }))).items.map((i) => i.policy.id),
        ['jp-c', 'no-b', 'no-a'],
      );
      assert.deepEqual(
        (await store.policies.list(query({ q: 'ALPHA' }))).items.map((i) => i.policy.id),
        ['no-a'],
      );
      assert.deepEqual(
        (await store.policies.list(query({ year: ['2019'] }))).items.map((i) => i.policy.id),
        ['no-b'],
      );
      const page2 = await store.policies.list(query({ pageSize: 2, page: 2 }));
      assert.equal(page2.total, 3);
      assert.deepEqual(
        page2.items.map((i) => i.policy.id),
        ['jp-c'],
      );
    });

    test('text search matches Japanese and full-width input', async () => {
      const store = await memoryStore();
      await store.policies.save(buildPolicy({ id: 'jp-x', title: { ja: 'ＣＣＳ事業法' } }), meta);
      assert.equal((await store.policies.list(query({ q: 'ccs事業' }))).total, 1);
      assert.equal((await store.policies.list(query({ q: '事業法 ccs' }))).total, 1);
      assert.equal((await store.policies.list(query({ q: '貯留' }))).total, 0);
    });
  });

  describe(`importing policies (${backend.name})`, { skip: backend.skip }, () => {
    test('an import is one transaction: a failure part-way writes nothing', async () => {
      const store = await memoryStore();
      const good = buildPolicy({ id: 'good' });
      const broken = { ...buildPolicy({ id: 'broken' }), country: undefined as unknown as string };
      await assert.rejects(importPolicies(store, [good, broken], meta));
      assert.equal(await store.policies.count(), 0);
      assert.equal((await store.policies.history('good')).length, 0);
    });

    test('a dry run reports what would change and writes nothing', async () => {
      const store = await memoryStore();
      const report = await importPolicies(store, [buildPolicy()], meta, { dryRun: true });
      assert.deepEqual(report.created, ['test-policy']);
      assert.equal(await store.policies.count(), 0);
    });
  });
}
