import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { matchExpression } from '../../src/search/match-plan.ts';
import { parseSearchQuery } from '../../src/search/query.ts';
import { scoreWindow } from '../../src/search/window-score.ts';
import type { Store } from '../../src/store/store.ts';
import { memoryStore } from '../helpers/store.ts';

describe('bounded passage search', () => {
  let store: Store;
  before(async () => {
    store = await memoryStore({ bundle: true });
  });
  after(() => store.close());

  const match = (q: string) => matchExpression(parseSearchQuery(q))!;

  test('below the bounds, every match is counted and ranked', async () => {
    const r = await store.documents.searchPassages(match('上限価格'), {}, 10);
    assert.equal(r.total, 2);
    assert.equal(r.rankedAll, true);
    assert.equal(r.totalIsLowerBound, false);
  });

  test('in a large store, the count is a lower bound and the newest matches come back for scoring', async () => {
    const all = await store.documents.searchPassages(match('CCS'), {}, 500);
    assert.ok(all.total > 40);
    assert.equal(all.rankedBy, 'bm25');
    const bounded = await store.documents.searchPassages(match('CCS'), {}, 500, {
      exactBelow: 10,
      window: 5,
      countLimit: 20,
    });
    assert.equal(bounded.rankedBy, 'window');
    assert.equal(bounded.total, 5, 'the window is the count: more than 5 match');
    assert.equal(bounded.totalIsLowerBound, true);
    assert.equal(bounded.rankedAll, false);
    assert.equal(bounded.hits.length, 5);
    const anchors = bounded.hits.map((h) => h.anchor);
    // The newest matches are the document's last passages: section 5 and the appendices.
    assert.ok(
      anchors.every((a) => a.startsWith('5.') || a.startsWith('ref') || a.startsWith('4-8')),
      anchors.join(' '),
    );
  });

  test('scoreWindow ranks a window by BM25 over glossary-expanded terms, headings weighted', () => {
    const q = parseSearchQuery('运输封存费');
    const hits = [
      { heading: '2-1 概要', text: '輸送貯留料金を決める。', score: 0 },
      { heading: '4-4 輸送貯留料金のオークション', text: '輸送貯留料金はオークションで決定する。', score: 0 },
      { heading: '2-2 その他', text: '関係のない文章だが長さは同じくらいにする。', score: 0 },
    ];
    const scored = scoreWindow(hits, q).sort((a, b) => a.score - b.score);
    assert.equal(scored[0]!.heading, '4-4 輸送貯留料金のオークション');
    assert.equal(scored.at(-1)!.score, -0);
  });

  test('each filter, alone or combined, keeps exactly the matching passages, ranked or windowed', async () => {
    const all = (await store.documents.searchPassages(match('CCS'), {}, 500)).hits;
    const docId = all[0]!.documentId;
    const cases = [
      { filters: { doc: [docId] }, keep: (h: (typeof all)[number]) => h.documentId === docId },
      { filters: { doc: ['no-such-document'] }, keep: () => false },
      { filters: { country: ['JP'] }, keep: (h: (typeof all)[number]) => h.country === 'JP' },
      {
        filters: { lang: ['ja'], level: [2, 3] },
        keep: (h: (typeof all)[number]) => h.lang === 'ja' && h.level >= 2,
      },
      { filters: { lang: ['en'] }, keep: (h: (typeof all)[number]) => h.lang === 'en' },
    ];
    for (const { filters, keep } of cases) {
      const expected = all
        .filter(keep)
        .map((h) => h.anchor)
        .sort();
      for (const options of [{}, { exactBelow: 0, window: 500 }]) {
        const r = await store.documents.searchPassages(match('CCS'), filters, 500, options);
        assert.deepEqual(r.hits.map((h) => h.anchor).sort(), expected, JSON.stringify({ filters, options }));
      }
    }
  });

  test('filters apply before ranking', async () => {
    const r = await store.documents.searchPassages(match('不可抗力'), { level: [2] }, 50);
    assert.ok(r.hits.length > 0);
    assert.ok(r.hits.every((h) => h.level === 2));
  });
});

describe('the unranked expression', () => {
  test('finds the same passages as the ranked one', async () => {
    const store = await memoryStore({ bundle: true });
    try {
      for (const q of ['上限価格', '运输封存费 拍卖', 'クロスチェーンリスク -船舶', 'force majeure']) {
        const query = parseSearchQuery(q);
        const ranked = await store.documents.searchPassages(matchExpression(query)!, {}, 500);
        const window = await store.documents.searchPassages(matchExpression(query)!, {}, 500, {
          exactBelow: 0,
          window: 500,
          unrankedMatch: matchExpression(query, { wordPhrases: false })!,
        });
        assert.deepEqual(window.hits.map((h) => h.anchor).sort(), ranked.hits.map((h) => h.anchor).sort(), q);
      }
    } finally {
      await store.close();
    }
  });
});
