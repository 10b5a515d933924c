import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LANGS } from '../../src/domain/lang.ts';
import { conceptOf, GLOSSARY } from '../../src/search/glossary/index.ts';
import { normalizeText } from '../../src/search/tokenize.ts';

describe('CCS glossary', () => {
  test('holds at least 150 concepts, each with ja, zh and en terms', () => {
    assert.ok(GLOSSARY.length >= 150, `${GLOSSARY.length} concepts`);
    for (const c of GLOSSARY)
      for (const lang of LANGS) assert.ok(c.terms[lang].length > 0, `${c.id} lacks ${lang}`);
  });

  test('ids are unique and no term belongs to two concepts', () => {
    assert.equal(new Set(GLOSSARY.map((c) => c.id)).size, GLOSSARY.length);
    const owner = new Map<string, string>();
    for (const c of GLOSSARY) {
      for (const lang of LANGS) {
        for (const term of c.terms[lang]) {
          const key = normalizeText(term);
          const other = owner.get(key);
          assert.ok(!other || other === c.id, `"${term}" is in ${other} and ${c.id}`);
          owner.set(key, c.id);
        }
      }
    }
  });

  test('the issue’s examples map across languages', () => {
    const same = (...terms: string[]) =>
      assert.equal(new Set(terms.map((t) => conceptOf(t)?.id)).size, 1, terms.join(' / '));
    same('分離回収', '分离捕集', 'capture');
    same('輸送貯留料金', '运输封存费', 'transport and storage fee');
    same('基準価格', '基准价格', 'strike price', 'base price');
    same('参照価格', 'reference price');
    same('不可抗力', 'force majeure');
    same('クロスチェーンリスク', '跨链风险', 'cross-chain risk');
  });
});
