import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  capacityTotals,
  cumulativeCapacityByYear,
  facilityCapacityMt,
  recordYear,
} from '../../src/analysis/capacity.ts';
import { parseAnnouncedCapacity } from '../../src/ingest/capacity-text.ts';
import { buildFacility } from '../helpers/facilities.ts';

describe('the one capacity rule', () => {
  test('estimated wins, then the announced midpoint, then the single bound, else unknown (never zero)', () => {
    assert.deepEqual(
      facilityCapacityMt({ capacity: { estimatedMt: 1.2, announcedLowMt: 1, announcedHighMt: 2 } }),
      { mt: 1.2, basis: 'estimated' },
    );
    assert.deepEqual(facilityCapacityMt({ capacity: { announcedLowMt: 0.5, announcedHighMt: 1 } }), {
      mt: 0.75,
      basis: 'announced-midpoint',
    });
    assert.deepEqual(facilityCapacityMt({ capacity: { announcedHighMt: 2 } }), {
      mt: 2,
      basis: 'announced-bound',
    });
    assert.deepEqual(facilityCapacityMt({ capacity: { announcedLowMt: 3 } }), {
      mt: 3,
      basis: 'announced-bound',
    });
    assert.deepEqual(facilityCapacityMt({ capacity: {} }), { mt: undefined, basis: 'unknown' });
  });

  test('pipeline and committed totals count unknown capacities separately (the doc-comment example)', () => {
    const totals = capacityTotals([
      buildFacility({ id: 'a', status: 'operational', capacity: { estimatedMt: 1 } }),
      buildFacility({ id: 'b', status: 'operational', capacity: {} }),
      buildFacility({ id: 'c', status: 'planned', capacity: { announcedLowMt: 0.5, announcedHighMt: 1 } }),
      buildFacility({ id: 'd', status: 'cancelled', capacity: { estimatedMt: 9 } }),
    ]);
    assert.deepEqual(totals.pipeline, { count: 3, unknownCount: 1, mt: 1.75 });
    assert.deepEqual(totals.committed, { count: 2, unknownCount: 1, mt: 1 });
    assert.deepEqual(totals.all, { count: 4, unknownCount: 1, mt: 10.75 });
    assert.equal(totals.byStatus.cancelled.mt, 9);
  });

  test('record year is operation, else FID, else announcement', () => {
    assert.deepEqual(recordYear({ dates: { announcementYear: 2021, operationYear: 2028 } }), {
      year: 2028,
      basis: 'operation',
    });
    assert.deepEqual(recordYear({ dates: { announcementYear: 2021, fidYear: 2024 } }), {
      year: 2024,
      basis: 'fid',
    });
    assert.deepEqual(recordYear({ dates: { announcementYear: 2021 } }), {
      year: 2021,
      basis: 'announcement',
    });
    assert.equal(recordYear({ dates: {} }), undefined);
  });

  test('the cumulative series ends at the dated pipeline total and reports undated projects', () => {
    const facilities = [
      buildFacility({
        id: 'a',
        status: 'operational',
        capacity: { estimatedMt: 1 },
        dates: { operationYear: 1996 },
      }),
      buildFacility({
        id: 'b',
        status: 'planned',
        capacity: { estimatedMt: 2 },
        dates: { operationYear: 2030 },
      }),
      buildFacility({ id: 'c', status: 'planned', capacity: { estimatedMt: 5 }, dates: {} }),
    ];
    const series = cumulativeCapacityByYear(facilities, 2000, 2040);
    assert.equal(series.undatedCount, 1);
    assert.equal(series.beforeWindowCount, 1);
    assert.deepEqual(series.points.at(0), {
      year: 2000,
      pipelineMt: 1,
      committedMt: 1,
      pipelineCount: 1,
      committedCount: 1,
    });
    assert.deepEqual(series.points.at(-1), {
      year: 2040,
      pipelineMt: 3,
      committedMt: 1,
      pipelineCount: 2,
      committedCount: 1,
    });
  });
});

describe('announced capacity text', () => {
  test('reads single values, ranges, open bounds and reversed ranges', () => {
    assert.deepEqual(parseAnnouncedCapacity('0.7'), { lowMt: 0.7, highMt: 0.7 });
    assert.deepEqual(parseAnnouncedCapacity('0.5-1'), { lowMt: 0.5, highMt: 1 });
    assert.deepEqual(parseAnnouncedCapacity('0.3 - 0.8'), { lowMt: 0.3, highMt: 0.8 });
    assert.deepEqual(parseAnnouncedCapacity('up to 2'), { highMt: 2 });
    assert.deepEqual(parseAnnouncedCapacity('>1'), { lowMt: 1 });
    assert.deepEqual(parseAnnouncedCapacity('5.0000000000000001E-3'), { lowMt: 0.005, highMt: 0.005 });
    assert.match(parseAnnouncedCapacity('1 - 0.9')!.note!, /reversed/);
    assert.equal(parseAnnouncedCapacity('lots'), undefined);
  });
});
