import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadSearch } from '../../src/server/routes/search/load.ts';
import type { Store } from '../../src/store/store.ts';
import { memoryStore } from '../helpers/store.ts';

const DOC = 'jp-meti-ccs-support-interim-2025';

describe('searching seed 001 across languages', () => {
  let store: Store;
  before(async () => {
    store = await memoryStore({ bundle: true });
  });
  after(() => store.close());

  const sections = async (q: string) => {
    const view = await loadSearch(store, q, 'en', 20);
    return { view, passages: view.groups.filter((g) => g.documentId === DOC).flatMap((g) => g.passages) };
  };

  test('上限価格 finds the passage under 4-4 (2) first', async () => {
    const { passages } = await sections('上限価格');
    assert.equal(passages[0]!.anchor, '4-4.2.p1');
    assert.equal(passages[0]!.sectionLabel, '4-4 (2)');
    assert.match(passages[0]!.snippetHtml, /<mark>上限価格<\/mark>/);
  });

  test('クロスチェーンリスク finds 4-5 first', async () => {
    const { passages } = await sections('クロスチェーンリスク');
    assert.match(passages[0]!.anchor, /^4-5\.p\d+$/);
  });

  test('force majeure (English) finds the passages of 4-6 through the glossary, and says so', async () => {
    const { passages } = await sections('force majeure');
    assert.ok(passages.length > 0);
    assert.match(passages[0]!.anchor, /^4-6\./);
    const top = passages.slice(0, 5);
    assert.ok(
      top.every((p) => p.anchor.startsWith('4-6.')),
      top.map((p) => p.anchor).join(' '),
    );
    assert.deepEqual(passages[0]!.matched[0]!.concept, 'force-majeure');
    assert.ok(passages[0]!.matched[0]!.terms.includes('不可抗力'));
  });

  test('运输封存费 拍卖 (Chinese) finds 4-4 passages', async () => {
    const { passages } = await sections('运输封存费 拍卖');
    assert.ok(passages.length >= 3);
    assert.ok(
      passages.slice(0, 3).every((p) => p.anchor.startsWith('4-4')),
      passages.map((p) => p.anchor).join(' '),
    );
    const reasons = passages[0]!.matched.map((m) => m.concept);
    assert.deepEqual(reasons, ['ts-fee', 'auction']);
  });

  test('a quoted phrase is exact and an exclusion removes passages', async () => {
    const all = await sections('"上限価格"');
    const without = await sections('"上限価格" -パイプライン');
    assert.ok(all.passages.some((p) => p.anchor === '4-4.2.p1'));
    assert.ok(!without.passages.some((p) => p.anchor === '4-4.2.p1'), '4-4 (2) mentions パイプライン');
    assert.ok(without.passages.length > 0);
  });

  test('filters narrow results and facets count them, records included as a result type', async () => {
    const { view } = await sections('クロスチェーンリスク');
    const type = view.facets.find((f) => f.key === 'type')!;
    assert.deepEqual(type.values.map((v) => v.value).sort(), ['passage', 'policy']);
    assert.ok(view.records.some((r) => r.id === 'jp-ccs-cost-difference-support-2025'));
    const level = view.facets.find((f) => f.key === 'level')!;
    assert.ok(level.values.length > 0);
    const onlyPolicies = await loadSearch(store, 'クロスチェーンリスク type:policy', 'en');
    assert.equal(onlyPolicies.total, 0);
    assert.ok(onlyPolicies.records.length > 0);
    const deep = await loadSearch(store, '不可抗力 level:3', 'en');
    assert.ok(
      deep.groups.flatMap((g) => g.passages).every((p) => /\.\d+$/.test(p.anchor.replace(/\.p\d+$/, ''))),
    );
  });

  test('a filter value that names nothing finds nothing, without failing', async () => {
    for (const q of ['CCS country:日', 'CCS lang:zz', 'CCS level:abc doc:"; DROP TABLE passages']) {
      const view = await loadSearch(store, q, 'en');
      assert.equal(view.searched, true, q);
    }
    assert.equal((await loadSearch(store, 'CCS country:日', 'en')).total, 0);
  });

  test('an empty query or one of only exclusions searches nothing', async () => {
    assert.equal((await loadSearch(store, '', 'en')).searched, false);
    assert.equal((await loadSearch(store, '-CCS', 'en')).searched, false);
  });
});

describe('records in the search box', () => {
  test('policies and facilities are results too, each linked to its page, with the type as a facet', async () => {
    const store = await memoryStore({ bundle: true });
    try {
      const view = await loadSearch(store, '苫小牧', 'en');
      assert.ok(view.records.some((r) => r.type === 'policy' && r.url.startsWith('/en/policies/')));
      for (const r of view.records.filter((x) => x.type === 'facility')) assert.match(r.url, /^\/en\/facilities\//);
      const onlyPolicies = await loadSearch(store, '苫小牧 type:policy', 'en');
      assert.ok(onlyPolicies.records.every((r) => r.type === 'policy'));
      assert.equal(onlyPolicies.total, 0);
    } finally {
      await store.close();
    }
  });
});
