import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchExpression, pruneContained } from '../../src/search/match-plan.ts';
import { parseSearchQuery } from '../../src/search/query.ts';

describe('query parser', () => {
  test('words, quoted phrases, exclusions and filters', () => {
    const q = parseSearchQuery('運輸 "上限価格" -船舶 -"ship transport" country:JP lang:ja,zh');
    assert.deepEqual(
      q.groups.map((g) => [g.text, g.phrase]),
      [
        ['運輸', false],
        ['上限価格', true],
      ],
    );
    assert.deepEqual(
      q.excluded.map((g) => g.text),
      ['船舶', 'ship transport'],
    );
    assert.deepEqual(q.filters.country, ['JP']);
    assert.deepEqual(q.filters.lang, ['ja', 'zh']);
  });

  test('consecutive words that form a glossary term become one concept', () => {
    const q = parseSearchQuery('force majeure delay');
    assert.deepEqual(
      q.groups.map((g) => [g.text, g.concept?.id]),
      [
        ['force majeure', 'force-majeure'],
        ['delay', undefined],
      ],
    );
  });

  test('the FTS5 expression ands groups, ors a concept’s terms and quotes every token', () => {
    const e = matchExpression(parseSearchQuery('クロスチェーンリスク -"a""b"'))!;
    assert.match(e, /"\ue000クロ \ue000ロス \ue000スチ/);
    assert.match(e, /"\ue000跨链 \ue000链风 \ue000风险"/);
    assert.match(e, /NOT/);
    assert.equal(matchExpression(parseSearchQuery('-x country:JP')), undefined);
  });
});

describe('pruning contained glossary terms', () => {
  test('a term containing another of its group adds no matches and is dropped', () => {
    assert.deepEqual(
      pruneContained(['分離回収', '回収', 'CO2回収', 'capture', 'carbon capture', 'CO2 capture']),
      ['回収', 'capture'],
    );
    assert.deepEqual(
      pruneContained(['storage', 'storage operator', '費', '運輸費']),
      ['storage', '費', '運輸費'],
      'one CJK character is a prefix query, not a substring',
    );
  });
});
