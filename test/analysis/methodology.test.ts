import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import * as capacity from '../../src/analysis/capacity.ts';
import * as pillars from '../../src/analysis/country-pillars.ts';
import * as map from '../../src/analysis/facility-map.ts';
import * as links from '../../src/analysis/facility-policy-links.ts';
import * as governance from '../../src/analysis/governance.ts';
import { ROOT } from '../helpers/paths.ts';

const exported = { ...capacity, ...pillars, ...map, ...links, ...governance };
const FILES = { en: 'methodology.md', zh: 'methodology.zh.md', ja: 'methodology.ja.md' };

for (const [lang, file] of Object.entries(FILES)) {
  const doc = readFileSync(`${ROOT}docs/${file}`, 'utf8');
  describe(`the methodology page (${lang}) and the code name the same metrics`, () => {
    test('every metric function named in a heading exists in src/analysis', () => {
      const named = [...doc.matchAll(/^## .*$/gm)].flatMap((m) =>
        [...m[0].matchAll(/`(\w+)`/g)].map((x) => x[1]!),
      );
      assert.ok(named.length >= 8);
      for (const name of named)
        assert.ok(name in exported, `${name} is on the methodology page but not in src/analysis`);
    });

    test('every exported metric function of src/analysis is on the methodology page', () => {
      const functions = Object.entries(exported).filter(
        ([name, v]) => typeof v === 'function' && !['roundMt', 'isPipeline', 'isCommitted'].includes(name),
      );
      for (const [name] of functions)
        assert.match(doc, new RegExp(`\`${name}\``), `${name} is not explained on the methodology page`);
    });

    test('the governance worked example on the page is what the code computes', () => {
      const policies = [
        { status: 'Active', analysis: { statutory: { score: 80 } } },
        { status: 'Active', analysis: { statutory: { score: 70 } } },
        { status: 'Active', analysis: { statutory: { score: 60 } } },
        { status: 'Active', analysis: { incentive: { score: 90 } } },
      ] as never[];
      assert.equal(governance.governanceIndex(policies, 4).index, 34.9);
      assert.match(doc, /= 34\.9/);
    });
  });
}
