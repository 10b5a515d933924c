/**
 * Scenario validation catches, with the field path, what would otherwise only fail in the middle of a run.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseScenario, simulateScenario } from '../../src/schemes/index.ts';

test('a parameter override must name a parameter of the scheme and keep its type', () => {
  const r = parseScenario({ schemeParams: { jp: { supportYears: 'long', horizon: 3 }, 'us-45q': { rateUsdPerT: 100 } } });
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.errors, [
    'schemeParams.jp.supportYears: must be a number',
    'schemeParams.jp.horizon: unknown parameter; known: supportYears, referenceLagYears, clawback, ltdaCfThreshold, directTsShare',
  ]);
  const ok = simulateScenario({ schemes: ['us-45q'], schemeParams: { 'us-45q': { rateUsdPerT: 100 } }, monteCarlo: { paths: 0 } });
  assert.ok(ok.runs[0]!.figures.grossSupportCcy > 0);
});

test('a carbon-price series needs at least one year', () => {
  const r = parseScenario({ carbonPrice: { 'eu-ets': { kind: 'series', values: {} } } });
  assert.deepEqual(!r.ok && r.errors, ['carbonPrice.eu-ets.values: must give the price of at least one year']);
});
