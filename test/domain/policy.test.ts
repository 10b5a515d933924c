import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countryName, resolveCountry } from '../../src/domain/countries.ts';
import type { DomainEnum } from '../../src/domain/enum.ts';
import { pickText } from '../../src/domain/lang.ts';
import { legalWeight, policyCategory, policyStatus, reviewStatus } from '../../src/domain/policy-enums.ts';
import { policySchema } from '../../src/domain/policy.ts';
import { buildPolicy } from '../helpers/factories.ts';

const messages = (input: unknown) => {
  const result = policySchema.safeParse(input);
  assert.equal(result.success, false, 'expected the input to be rejected');
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('policy enumerations', () => {
  test('values seen in the wild map onto canonical ones', () => {
    assert.equal(policyCategory.resolve('经济激励'), 'Incentive');
    assert.equal(policyCategory.resolve('Regulatory Framework'), 'Regulatory');
    assert.equal(policyCategory.resolve('法律监管'), 'Regulatory');
    assert.equal(policyStatus.resolve('现行'), 'Active');
    assert.equal(policyStatus.resolve('active'), 'Active');
    assert.equal(reviewStatus.resolve('Verified'), 'verified');
    assert.equal(legalWeight.resolve('Presidential Decree'), 'Administrative Regulation');
  });

  test('every value has a label in zh, en and ja', () => {
    for (const e of [policyStatus, policyCategory, legalWeight, reviewStatus] as DomainEnum<string>[]) {
      for (const v of e.values) for (const lang of ['zh', 'en', 'ja'] as const) assert.ok(e.label(v, lang).length > 0);
    }
    assert.equal(policyStatus.label('Active', 'zh'), '现行');
  });

  test('an unknown status names the field and suggests the closest value', () => {
    const errors = messages({ id: 'a', country: 'JP', status: 'Actve', category: 'Incentive', title: { en: 'A' } });
    assert.deepEqual(errors, ['status: unknown status "Actve"; did you mean "Active"?']);
  });

  test('a value far from every option lists the valid ones instead of guessing', () => {
    const [error] = messages({ id: 'a', country: 'JP', status: 'Zzzzzzzz', category: 'Incentive', title: { en: 'A' } });
    assert.match(error!, /expected one of "Active", "Planned"/);
  });
});

describe('countries', () => {
  test('names in any language and common variants resolve to ISO codes', () => {
    assert.equal(resolveCountry('日本'), 'JP');
    assert.equal(resolveCountry('Japan'), 'JP');
    assert.equal(resolveCountry('United Kingdom'), 'GB');
    assert.equal(resolveCountry('UK'), 'GB');
    assert.equal(resolveCountry('South Korea'), 'KR');
    assert.equal(resolveCountry('European Union'), 'EU');
    assert.equal(resolveCountry('International'), 'INTL');
    assert.equal(resolveCountry('Atlantis'), undefined);
  });

  test('country names come in zh, en and ja', () => {
    assert.equal(countryName('NO', 'en'), 'Norway');
    assert.equal(countryName('NO', 'ja'), 'ノルウェー');
    assert.equal(countryName('NO', 'zh'), '挪威');
    assert.equal(countryName('EU', 'ja'), '欧州連合');
    assert.equal(countryName('日', 'en'), '日', 'a filter value that is no code comes back unchanged');
  });

  test('an unknown country is an error with a suggestion', () => {
    const errors = messages({ id: 'a', country: 'Jpan', status: 'Active', category: 'Incentive', title: { en: 'A' } });
    assert.match(errors[0]!, /^country: unknown country "Jpan"; did you mean "JP"/);
  });
});

describe('policy schema', () => {
  test('scores outside 0-100 and non-ISO dates are refused with the field path', () => {
    const errors = messages({
      id: 'a',
      country: 'JP',
      status: 'Active',
      category: 'Incentive',
      title: { en: 'A' },
      pubDate: '2024-02-30',
      analysis: { mrv: { score: 140 } },
    });
    assert.deepEqual(errors.sort(), ['analysis.mrv.score: score must be between 0 and 100', 'pubDate: is not a real calendar date']);
  });

  test('unknown fields are refused rather than dropped', () => {
    const errors = messages({ id: 'a', country: 'JP', status: 'Active', category: 'Incentive', title: { en: 'A' }, colour: 'red' });
    assert.match(errors[0]!, /colour/);
  });

  test('a citation anchor needs a document', () => {
    const errors = messages({
      ...buildPolicy(),
      analysis: { mrv: { score: 50, citation: { text: 'x', anchor: '4-4.2' } } },
    });
    assert.deepEqual(errors, ['analysis.mrv.citation.anchor: a passage anchor needs a documentId']);
  });

  test('translatable text falls back visibly to another language', () => {
    const policy = buildPolicy({ title: { zh: '中文标题' } });
    assert.deepEqual(pickText(policy.title, 'en'), { value: '中文标题', lang: 'zh', fallback: true });
    assert.deepEqual(pickText(policy.title, 'zh'), { value: '中文标题', lang: 'zh', fallback: false });
  });
});
