import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchRanges, snippet } from '../../src/search/snippet.ts';

describe('snippets', () => {
  test('marks matches in the original text, found in normalised form, and escapes the rest', () => {
    assert.equal(
      snippet('<b>ＣＣＳ</b> 上限価格', ['ccs', '上限価格']),
      '&lt;b&gt;<mark>ＣＣＳ</mark>&lt;/b&gt; <mark>上限価格</mark>',
    );
  });

  test('CO<sub>2</sub> in the source reads CO2 and matches co2', () => {
    assert.equal(snippet('CO<sub>2</sub> を貯留', ['co2']), '<mark>CO2</mark> を貯留');
  });

  test('English words match by stem', () => {
    assert.deepEqual(matchRanges('Fees are set', ['fee']), [[0, 4]]);
  });

  test('long text is cut around the matches', () => {
    const text = `${'あ'.repeat(300)}上限価格${'い'.repeat(300)}`;
    const s = snippet(text, ['上限価格'], 100);
    assert.match(s, /^…あ+<mark>上限価格<\/mark>い+…$/);
    assert.ok(s.length < 140);
  });
});
