import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { facilityPolicyLinks } from '../../src/analysis/facility-policy-links.ts';
import { buildFacility } from '../helpers/facilities.ts';
import { buildPolicy } from '../helpers/factories.ts';

describe('facility–policy links', () => {
  const storage = buildPolicy({ id: 'no-storage', country: 'NO', sectors: ['transport_storage'] });
  const tax = buildPolicy({ id: 'no-tax', country: 'NO', sectors: ['power'] });
  const named = buildPolicy({ id: 'no-named', country: 'NO', relatedFacilities: ['iea-1'] });
  const foreign = buildPolicy({ id: 'dk-fund', country: 'DK', sectors: ['transport_storage'] });

  test('type and confidence follow what links them: evidence, sector match, or country only', () => {
    const facility = buildFacility({
      id: 'iea-1',
      countries: ['NO'],
      sector: 'transport_storage',
      type: 'storage',
    });
    assert.deepEqual(
      facilityPolicyLinks(facility, [tax, foreign, storage, named]).map((l) => [
        l.policyId,
        l.type,
        l.confidence,
      ]),
      [
        ['no-named', 'evidence', 'high'],
        ['no-storage', 'sector-match', 'medium'],
        ['no-tax', 'same-country', 'low'],
      ],
    );
  });

  test('a policy cited by the facility record is evidence, with its citation, even from another country', () => {
    const facility = buildFacility({
      countries: ['NO'],
      policyLinks: [{ policyId: 'dk-fund', evidence: { text: 'Award letter, 2024' } }],
    });
    const [link] = facilityPolicyLinks(facility, [foreign]);
    assert.deepEqual(link, {
      policyId: 'dk-fund',
      type: 'evidence',
      confidence: 'high',
      evidence: { text: 'Award letter, 2024' },
    });
  });
});
