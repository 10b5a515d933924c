import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readDocument } from '../../src/ingest/document-reader.ts';
import { matchExpression } from '../../src/search/match-plan.ts';
import { parseSearchQuery } from '../../src/search/query.ts';
import type { Store } from '../../src/store/store.ts';
import { memoryStore } from '../helpers/store.ts';

// Words, bigrams and filter tags share the index without column filters: these check that none of
// them can stand in for another.
const NOTE = `---
id: test-index-terms
title: Index terms
country: JP
---

# 1 事業

事業者は貯留事業の計画を出す。

# 2 Levels

The level2 alarm and the langja setting are names in this manual.

# 3 業

業法の改正。
`;

describe('index terms of different kinds', () => {
  let store: Store;
  before(async () => {
    store = await memoryStore();
    const read = await readDocument({ file: 'test-index-terms.md', bytes: new TextEncoder().encode(NOTE) });
    if (!read.ok) assert.fail(read.problems.map((p) => p.message).join('\n'));
    await store.documents.save(read.document, { author: 'test', reason: 'index terms' });
  });
  after(() => store.close());

  const sections = async (q: string) => {
    const query = parseSearchQuery(q);
    const { hits } = await store.documents.searchPassages(matchExpression(query)!, {}, 50);
    return [...new Set(hits.map((h) => h.section))].sort();
  };

  test('a word that spells a filter tag finds the passage that says it, not every tagged passage', async () => {
    assert.deepEqual(await sections('level2'), ['s2']);
    assert.deepEqual(await sections('langja'), ['s2']);
  });

  test('a Japanese term still matches inside longer compounds, through its bigrams', async () => {
    assert.deepEqual(await sections('事業'), ['s1']);
    assert.deepEqual(await sections('貯留事業'), ['s1']);
  });

  test('a one-character term finds the runs that start with it and the character on its own', async () => {
    assert.deepEqual(await sections('業'), ['s1', 's3']);
  });

  test('filters still narrow the results', async () => {
    const query = parseSearchQuery('事業');
    const ja = await store.documents.searchPassages(matchExpression(query)!, { lang: ['ja'] }, 50);
    const en = await store.documents.searchPassages(matchExpression(query)!, { lang: ['en'] }, 50);
    assert.ok(ja.hits.length > 0);
    assert.equal(en.hits.length, 0);
  });
});
