import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditPolicies, recordFindings, qualityGrade } from '../../../src/analysis/audits/index.ts';
import { buildPolicy } from '../../helpers/factories.ts';

const dim = (score: number, en: string, label = 'High') => ({ score, label: { en: label }, evidence: { en }, citation: { text: 'Act s. 1' } });

test('evidence repeated in every dimension is an error on each repeat, naming the first', () => {
  const same = 'Massive financial incentives via Law 27.742 with explicit CCUS eligibility.';
  const policy = buildPolicy({ id: 'ar-rigi', analysis: { incentive: dim(95, same), market: dim(70, same), mrv: dim(60, same) } });
  const findings = auditPolicies([policy]).filter((f) => f.check === 'placeholder-evidence');
  assert.deepEqual(
    findings.map((f) => [f.severity, f.field, f.message]),
    [
      ['error', 'analysis.market.evidence.en', 'the same evidence as analysis.incentive'],
      ['error', 'analysis.mrv.evidence.en', 'the same evidence as analysis.incentive'],
    ],
  );
  assert.ok(findings.every((f) => f.entityId === 'ar-rigi' && f.fix.length > 0));
});

test('boilerplate strategic scores and "Initial Assessment" labels are errors', () => {
  const policy = buildPolicy({
    id: 'cn-placeholder',
    analysis: { strategic: dim(30, 'Baseline strategic alignment under V5.0 migration.', 'Initial Assessment') },
  });
  const fields = auditPolicies([policy]).filter((f) => f.check === 'placeholder-evidence').map((f) => `${f.severity} ${f.field}`);
  assert.deepEqual(fields.sort(), ['error analysis.strategic.evidence.en', 'error analysis.strategic.label.en']);
  assert.equal(qualityGrade(recordFindings(policy)), 'poor');
});

test('a shared sentence in two dimensions is a warning; a score with no evidence is a warning', () => {
  const shared = 'The regulation requires operators to monitor the storage site for leakage for twenty years.';
  const policy = buildPolicy({
    analysis: {
      statutory: dim(70, `${shared} Permits are issued by the ministry.`),
      mrv: dim(60, `${shared} Reports are annual.`),
      market: { score: 40 },
    },
  });
  const found = auditPolicies([policy]).filter((f) => f.check === 'placeholder-evidence').map((f) => `${f.severity} ${f.field}`);
  assert.deepEqual(found.sort(), ['warning analysis.market.evidence', 'warning analysis.mrv.evidence.en']);
});

test('specific evidence in each dimension passes', () => {
  const policy = buildPolicy({
    analysis: { statutory: dim(70, 'Storage needs a permit under section 3.'), mrv: dim(60, 'Operators report injected volumes every year.') },
  });
  assert.deepEqual(auditPolicies([policy]).filter((f) => f.check === 'placeholder-evidence'), []);
  assert.equal(qualityGrade(recordFindings(policy)), 'good');
});
