import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stemEnglish } from '../../src/search/stem.ts';
import { bigrams, memoNormalizer, normalizeText, tokenize } from '../../src/search/tokenize.ts';

describe('normalisation and tokens', () => {
  test('NFKC folds full-width forms, CO<sub>2</sub> becomes co2, whitespace folds', () => {
    assert.equal(normalizeText('ＣＣＳ　事業  CO<sub>2</sub>４－４'), 'ccs 事業 co24-4');
    assert.equal(normalizeText('\tA\r\nb\u00a0 c '), 'a b c');
    assert.equal(normalizeText('a < b and c<sup>3</sup>'), 'a < b and c3');
    assert.equal(normalizeText('already plain text'), 'already plain text');
    const memo = memoNormalizer();
    for (const text of ['ＣＣＳ　事業', 'x  y', 'ＣＣＳ　事業']) assert.equal(memo(text), normalizeText(text));
  });

  test('Japanese gets Intl.Segmenter words and character bigrams', () => {
    const t = tokenize(normalizeText('上限価格を設定'));
    assert.ok(t.words.includes('上限') && t.words.includes('価格'));
    assert.deepEqual(t.grams, ['上限', '限価', '価格', '格を', 'を設', '設定']);
  });

  test('Chinese compounds split differently still share bigrams', () => {
    const query = tokenize(normalizeText('运输封存费')).grams;
    const doc = tokenize(normalizeText('企业支付的运输封存费用')).grams;
    assert.ok(query.every((g) => doc.includes(g)));
  });

  test('English is lower-cased and lightly stemmed', () => {
    assert.deepEqual(tokenize(normalizeText('Transport and Storage FEES')).words, [
      'transport',
      'and',
      'storag',
      'fee',
    ]);
    assert.equal(stemEnglish('policies'), 'policy');
    assert.equal(stemEnglish('capturing'), stemEnglish('captured'));
    assert.equal(stemEnglish('process'), 'process');
  });

  test('a one-character run is its own gram', () => {
    assert.deepEqual(bigrams('費'), ['費']);
  });

  test('a Han character outside the basic plane is one character of its bigrams', () => {
    // 𠮟 (U+20B9F) is written with two UTF-16 code units.
    assert.deepEqual(bigrams('𠮟責'), ['𠮟責']);
    assert.deepEqual(bigrams('大𠮟責'), ['大𠮟', '𠮟責']);
    assert.deepEqual(bigrams('𠮟'), ['𠮟']);
    assert.deepEqual(tokenize(normalizeText('部下を𠮟る')).grams, ['部下', '下を', 'を𠮟', '𠮟る']);
  });
});
