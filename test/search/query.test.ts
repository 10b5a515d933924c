import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchExpression } from '../../src/search/match-plan.ts';
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
    assert.match(e, /\{head_grams body_grams\} : "クロ ロス スチ/);
    assert.match(e, /跨链风险|"跨链 链风 风险"/);
    assert.match(e, /NOT/);
    assert.equal(matchExpression(parseSearchQuery('-x country:JP')), undefined);
  });
});
