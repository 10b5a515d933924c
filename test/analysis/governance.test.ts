import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { governanceIndex, governanceSensitivity } from '../../src/analysis/governance.ts';
import { ANALYSIS_DIMENSIONS, type Policy } from '../../src/domain/policy.ts';

const policy = (scores: Partial<Record<(typeof ANALYSIS_DIMENSIONS)[number], number>>, status = 'Active') =>
  ({
    status,
    analysis: Object.fromEntries(Object.entries(scores).map(([d, s]) => [d, { score: s }])),
  }) as unknown as Pick<Policy, 'status' | 'analysis'>;

describe('governance index', () => {
  test('one strong policy does not saturate a country: depth and breadth count', () => {
    const one = [policy({ incentive: 95, statutory: 95, market: 95, strategic: 95, mrv: 95 })];
    const three = [one[0]!, one[0]!, one[0]!];
    const single = governanceIndex(one, 7).index;
    const deep = governanceIndex(three, 7).index;
    assert.ok(deep - single > 20, `${single} vs ${deep}`);
    // A per-dimension maximum would have given both the same score.
  });

  test('policies not in force are left out, and pillars without citations do not count', () => {
    assert.equal(governanceIndex([policy({ statutory: 90 }, 'Repealed')], 0).index, 0);
    assert.equal(governanceIndex([], 7).index, 40);
  });

  test('the sensitivity grid brackets the published index', () => {
    const policies = [policy({ statutory: 80 }), policy({ incentive: 60, mrv: 70 })];
    const { min, max, grid } = governanceSensitivity(policies, 3);
    const published = governanceIndex(policies, 3).index;
    assert.equal(grid.length, 9);
    assert.ok(min <= published && published <= max);
  });
});
